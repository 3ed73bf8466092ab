import { binomialQuantile } from './binomialQuantile';

/** z₀.₉₇₅: half-widths of 95% intervals are this many standard errors. */
export const Z95 = 1.959963984540054;

/** A two-sided interval of a quantile; an end is null when the sample is too small to bound that side. */
export interface QuantileInterval {
  lo: number | null;
  hi: number | null;
}

/**
 * A distribution-free 95% interval for the p-quantile of the law behind a sample, from two of its order
 * statistics: [X₍ₗ₎, X₍ᵤ₎] (1-based) with l = the binomial α/2-quantile of Binomial(m, p) and u = the
 * (1 − α/2)-quantile plus one. Whatever the law, the interval covers the true quantile with probability at least
 * 1 − α (for a continuous law; ties only widen it), because the number of observations below the true quantile is
 * Binomial(m, p).
 *
 * Source: W. J. Conover, Practical Nonparametric Statistics, 3rd ed. (1999), §3.2 (confidence interval for a
 * quantile); for m = 100 and the median it gives X₍₄₀₎ and X₍₆₁₎.
 *
 * @param sorted the sample in ascending order (not modified)
 * @param p the quantile's probability in [0, 1]
 * @param alpha 1 − the confidence level; 0.05 by default
 * @returns the interval; an end is null when l < 1 or u > m (too few observations for that side)
 * @throws Error when the sample is empty or p or alpha are out of range
 * @example quantileInterval(Array.from({length: 100}, (_, i) => i + 1), 0.5) // {lo: 40, hi: 61}
 */
export function quantileInterval(sorted: ArrayLike<number>, p: number, alpha = 0.05): QuantileInterval {
  const m = sorted.length;
  if (m === 0) throw new Error('quantile interval of an empty sample');
  if (!(p >= 0 && p <= 1)) throw new Error(`quantile probability outside [0, 1]: ${p}`);
  if (!(alpha > 0 && alpha < 1)) throw new Error(`alpha outside (0, 1): ${alpha}`);
  const l = binomialQuantile(m, p, alpha / 2);
  const u = binomialQuantile(m, p, 1 - alpha / 2) + 1;
  return { lo: l >= 1 ? sorted[l - 1]! : null, hi: u <= m ? sorted[u - 1]! : null };
}
