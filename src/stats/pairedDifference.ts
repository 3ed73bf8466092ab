/**
 * The mean of paired differences a[i] − b[i] with a 95% interval by the normal approximation:
 * d̄ ± z₀.₉₇₅ · s_d / √n, where s_d is the sample standard deviation (n − 1). For scenarios run on the same
 * seeds (common random numbers): run i of each scenario saw the same random draws, so the pairs share their
 * noise and the interval is much narrower than one from two independent samples.
 */

/** z such that Φ(z) = 0.975. */
const Z975 = 1.959963984540054;

export interface PairedDifference {
  n: number;
  /** Mean of a − b. */
  mean: number;
  /** Sample standard deviation of a − b (n − 1 in the denominator); null when n < 2. */
  sd: number | null;
  /** Lower and upper ends of the 95% interval of the mean; null when n < 2. */
  lo: number | null;
  hi: number | null;
}

/**
 * Paired difference of per-run values (same length, same run order), summed in index order.
 * @throws Error when the lengths differ or there are no pairs
 * @example pairedDifference(Float64Array.of(3, 5, 7), Float64Array.of(1, 2, 3)) // mean 3, sd 1, 95% ≈ 3 ± 1.1316
 */
export function pairedDifference(a: Float64Array, b: Float64Array): PairedDifference {
  const n = a.length;
  if (n !== b.length) throw new Error(`paired values of different lengths: ${n} and ${b.length}`);
  if (n === 0) throw new Error('paired difference of no runs');
  let sum = 0;
  for (let i = 0; i < n; i++) sum += a[i]! - b[i]!;
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null, lo: null, hi: null };
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]! - mean;
    ss += d * d;
  }
  const sd = Math.sqrt(ss / (n - 1));
  const half = (Z975 * sd) / Math.sqrt(n);
  return { n, mean, sd, lo: mean - half, hi: mean + half };
}
