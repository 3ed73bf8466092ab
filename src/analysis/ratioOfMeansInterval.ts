import type { Estimate } from '../stats/Estimate';
import { Z95 } from '../stats/quantileInterval';

/**
 * The pooled ratio R = Σ aᵢ / Σ bᵢ over runs (e.g. unmet ÷ requested) with its delta-method standard error
 * √(Σ (aᵢ − R·bᵢ)² / (n(n − 1))) / b̄ and the normal 95% interval R ± z₀.₉₇₅·se.
 *
 * Source: W. G. Cochran, Sampling Techniques, 3rd ed. (1977), §6.3–6.4 (variance of the ratio estimate).
 *
 * @param a numerators per run
 * @param b denominators per run (same length and order)
 * @returns null when Σ b = 0 (the ratio is undefined); se, lo and hi are null for a single run
 * @throws Error when the lengths differ or there are no runs
 * @example ratioOfMeansInterval(Float64Array.of(1, 2, 3), Float64Array.of(10, 10, 10)) // value 0.2, se 0.0577…
 */
export function ratioOfMeansInterval(a: ArrayLike<number>, b: ArrayLike<number>): Estimate | null {
  const n = a.length;
  if (n !== b.length) throw new Error(`ratio of runs of different lengths: ${n} and ${b.length}`);
  if (n === 0) throw new Error('ratio of no runs');
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < n; i++) {
    sa += a[i]!;
    sb += b[i]!;
  }
  if (sb === 0) return null;
  const r = sa / sb;
  if (n < 2) return { value: r, se: null, lo: null, hi: null };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (a[i]! - r * b[i]!) ** 2;
  const se = Math.sqrt(ss / (n * (n - 1))) / (sb / n);
  return { value: r, se, lo: r - Z95 * se, hi: r + Z95 * se };
}
