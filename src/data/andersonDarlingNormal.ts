import { mean, sampleStandardDeviation } from 'simple-statistics';
import { normalCdf } from '../random/normalCdf';

/**
 * Anderson–Darling test that a sample is normal with mean and variance estimated from it (D'Agostino &
 * Stephens, "Goodness-of-Fit Techniques", 1986, table 4.9, case 3). A² is computed with the sample mean and the
 * sample standard deviation (n − 1); the modified A*² = A²(1 + 0.75/n + 2.25/n²) gives the p-value by
 * D'Agostino & Stephens' piecewise formula (as R's nortest::ad.test). Used on ln(amount) to test a lognormal.
 *
 * @param values at least 8 numbers, not all equal (not mutated)
 * @returns A², A*² and the p-value
 * @throws Error when there are fewer than 8 values or they are all equal (a bug upstream: callers check)
 * @example andersonDarlingNormal([...]).statistic // SciPy's scipy.stats.anderson(x).statistic
 */
export function andersonDarlingNormal(values: readonly number[]): { statistic: number; modified: number; pValue: number } {
  const n = values.length;
  if (n < 8) throw new Error(`Anderson–Darling needs at least 8 values, got ${n}`);
  const m = mean(values as number[]);
  const s = sampleStandardDeviation(values as number[]);
  if (!(s > 0)) throw new Error('Anderson–Darling needs values that are not all equal');
  const sorted = [...values].sort((a, b) => a - b);
  const tiny = 1e-300;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const lo = Math.max(normalCdf((sorted[i]! - m) / s), tiny);
    const hi = Math.max(1 - normalCdf((sorted[n - 1 - i]! - m) / s), tiny);
    sum += (2 * i + 1) * (Math.log(lo) + Math.log(hi));
  }
  const statistic = -n - sum / n;
  const a = statistic * (1 + 0.75 / n + 2.25 / (n * n));
  let pValue: number;
  if (a >= 0.6) pValue = Math.exp(1.2937 - 5.709 * a + 0.0186 * a * a);
  else if (a >= 0.34) pValue = Math.exp(0.9177 - 4.279 * a - 1.38 * a * a);
  else if (a >= 0.2) pValue = 1 - Math.exp(-8.318 + 42.796 * a - 59.938 * a * a);
  else pValue = 1 - Math.exp(-13.436 + 101.14 * a - 223.73 * a * a);
  return { statistic, modified: a, pValue: Math.min(1, Math.max(0, pValue)) };
}
