import type { Estimate } from './Estimate';
import { Z95 } from './quantileInterval';

/** A proportion estimated from runs: k/n, its binomial standard error √(p̂(1 − p̂)/n) and the Wilson interval. */
export interface ProportionEstimate extends Estimate {
  se: number;
  lo: number;
  hi: number;
}

/**
 * The share k/n of runs, its binomial standard error √(p̂(1 − p̂)/n) and the 95% Wilson score interval
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). Wilson rather than p̂ ± z·se: it stays inside [0, 1] and does
 * not collapse to a point when no run (or every run) shows the event, so "0 of 500 runs" still says
 * "below 0.77%".
 *
 * Source: E. B. Wilson, JASA 22 (1927) 209–212; R. G. Newcombe, Statistics in Medicine 17 (1998) 857–872,
 * method 3 (e.g. 81 of 263: 0.2553–0.3662).
 *
 * @param k runs with the event, 0 … n
 * @param n runs, at least 1
 * @param z the normal quantile of the interval; z₀.₉₇₅ by default
 * @throws Error when k or n are not whole numbers with 0 ≤ k ≤ n, n ≥ 1
 * @example proportionInterval(81, 263) // value 0.30798, se 0.02847, lo 0.25529, hi 0.36621
 */
export function proportionInterval(k: number, n: number, z = Z95): ProportionEstimate {
  if (!(Number.isSafeInteger(n) && n >= 1 && Number.isSafeInteger(k) && k >= 0 && k <= n)) {
    throw new Error(`proportion needs whole numbers 0 ≤ k ≤ n, n ≥ 1: ${k} of ${n}`);
  }
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 (or n) the end is exactly 0 (or 1); keep it so rather than a rounding error away.
  return {
    value: p,
    se: Math.sqrt((p * (1 - p)) / n),
    lo: k === 0 ? 0 : Math.max(0, centre - half),
    hi: k === n ? 1 : Math.min(1, centre + half),
  };
}
