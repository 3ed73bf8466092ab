import { quantileSorted } from './quantileSorted';
import type { Estimate } from './Estimate';
import { quantileInterval, Z95 } from './quantileInterval';

/**
 * A quantile of per-run values as the summary reports it (R type 7, see quantileSorted) with the distribution-free
 * 95% interval of quantileInterval and a standard error read off the interval, (hi − lo) / (2·z₀.₉₇₅), so that
 * every headline figure has one.
 *
 * @param sorted the values in ascending order (not modified)
 * @param p the quantile's probability
 * @param round applied to the reported value (e.g. half up to a whole fen or day), so that it matches the summary
 * @throws Error when the sample is empty
 * @example quantileEstimate([1, 2, …, 100], 0.5) // value 50.5, lo 40, hi 61, se 5.357
 */
export function quantileEstimate(sorted: ArrayLike<number>, p: number, round: (x: number) => number = (x) => x): Estimate {
  const value = round(quantileSorted(sorted, p));
  const { lo, hi } = quantileInterval(sorted, p);
  return { value, se: lo === null || hi === null ? null : (hi - lo) / (2 * Z95), lo, hi };
}
