import { inverseNormalCdf, inverseNormalCdfUnchecked } from './inverseNormalCdf';
import { normalLowerTail } from './normalCdf';
import type { Rng } from './Rng';

/** Φ⁻¹(0.9), the z of the 90th percentile. */
const Z90 = inverseNormalCdf(0.9);

/**
 * The parameters (μ, σ) of ln X for a lognormal X with the given median and 90th percentile:
 * μ = ln median, σ = ln(p90/median)/Φ⁻¹(0.9).
 *
 * @param median positive
 * @param p90 above the median
 * @returns `{mu, sigma}`
 * @throws RangeError when the median is not positive or p90 ≤ median
 * @example lognormalFromMedianP90(300_000, 1_200_000) // {mu: 12.6115…, sigma: 1.0817…} (ln 4 / 1.2816)
 */
export function lognormalFromMedianP90(median: number, p90: number): { mu: number; sigma: number } {
  if (!(median > 0 && Number.isFinite(median))) throw new RangeError(`lognormal median must be positive and finite: ${median}`);
  if (!(p90 > median && Number.isFinite(p90))) throw new RangeError(`lognormal p90 ${p90} must be above the median ${median}`);
  return { mu: Math.log(median), sigma: Math.log(p90 / median) / Z90 };
}

/**
 * A sampler of the lognormal law exp(μ + σZ), optionally truncated to [min, max].
 *
 * Method: inversion, exp(μ + σ·Φ⁻¹(u)) with Wichura's AS241 (`inverseNormalCdf`), one uniform per draw. With
 * bounds, u is mapped into [Φ(a), Φ(b)] for a = (ln min − μ)/σ and b = (ln max − μ)/σ, which samples the
 * truncated law exactly (no rejection); when both bounds lie above the median the mirrored interval
 * [Φ(−b), Φ(−a)] is used so that upper-tail bounds keep their precision. Results are clamped to the bounds
 * against rounding.
 *
 * Source: L. Devroye, Non-Uniform Random Variate Generation (1986), §II.2 (inversion, truncation by inversion).
 *
 * @param mu μ, the mean of ln X
 * @param sigma σ ≥ 0, the standard deviation of ln X (0 gives the constant e^μ)
 * @param bounds optional truncation, `min` ≥ 0 and `max` ≥ `min` (either may be left out)
 * @returns `(rng) => x`
 * @throws RangeError when μ or σ is invalid, the bounds are invalid, or the bounds hold no probability
 * @example makeLognormal(Math.log(300_000), 0.8)(rng) // contract amounts with median 300,000
 */
export function makeLognormal(mu: number, sigma: number, bounds: { min?: number; max?: number } = {}): (rng: Rng) => number {
  if (!Number.isFinite(mu)) throw new RangeError(`lognormal mu must be finite: ${mu}`);
  if (!(sigma >= 0 && Number.isFinite(sigma))) throw new RangeError(`lognormal sigma must be finite and at least 0: ${sigma}`);
  const min = bounds.min ?? 0;
  const max = bounds.max ?? Infinity;
  if (!(min >= 0) || !(max >= min) || Number.isNaN(max)) throw new RangeError(`bad lognormal bounds: [${min}, ${max}]`);
  if (sigma === 0) {
    const x = Math.exp(mu);
    if (x < min || x > max) throw new RangeError(`lognormal constant ${x} lies outside the bounds [${min}, ${max}]`);
    return () => x;
  }
  if (min === 0 && max === Infinity) return (rng) => Math.exp(mu + sigma * inverseNormalCdfUnchecked(rng()));
  const a = min > 0 ? (Math.log(min) - mu) / sigma : -Infinity;
  const b = max < Infinity ? (Math.log(max) - mu) / sigma : Infinity;
  const mirrored = a >= 0;
  const lo = mirrored ? normalLowerTail(-b) : normalLowerTail(a);
  const hi = mirrored ? normalLowerTail(-a) : normalLowerTail(b);
  const width = hi - lo;
  if (!(width > 0)) throw new RangeError(`lognormal bounds [${min}, ${max}] hold no probability (μ ${mu}, σ ${sigma})`);
  const sign = mirrored ? -1 : 1;
  return (rng) => {
    const x = Math.exp(mu + sign * sigma * inverseNormalCdfUnchecked(lo + width * rng()));
    return x < min ? min : x > max ? max : x;
  };
}
