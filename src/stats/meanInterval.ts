import { mean as ssMean, sampleStandardDeviation } from 'simple-statistics';
import type { Estimate } from './Estimate';
import { Z95 } from './quantileInterval';

/**
 * The mean of per-run values with its standard error s/√n (s with n − 1) and the normal 95% interval
 * mean ± z₀.₉₇₅·s/√n; mean and s are simple-statistics' (compensated sums in index order, so the same runs give
 * the same digits).
 *
 * @param values one value per run, in run order
 * @returns se, lo and hi are null for a single run
 * @throws Error when there are no values
 * @example meanInterval(Float64Array.of(1, 2, 3, 4)) // value 2.5, se 0.6455, lo 1.2848, hi 3.7152
 */
export function meanInterval(values: ArrayLike<number>): Estimate {
  const n = values.length;
  if (n === 0) throw new Error('mean of no runs');
  const xs = values as unknown as number[];
  const mean = ssMean(xs);
  if (n < 2) return { value: mean, se: null, lo: null, hi: null };
  const se = sampleStandardDeviation(xs) / Math.sqrt(n);
  return { value: mean, se, lo: mean - Z95 * se, hi: mean + Z95 * se };
}
