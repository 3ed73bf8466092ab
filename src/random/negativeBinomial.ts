import { makeGamma } from './gamma';
import { poissonVariate } from './poisson';
import type { Rng } from './Rng';

/**
 * A sampler of the negative binomial law with the given mean μ and size (dispersion) r: variance μ + μ²/r, so
 * a small r means strong over-dispersion and r → ∞ tends to Poisson(μ). P(0) = (r/(r + μ))^r.
 *
 * Method: the gamma–Poisson mixture: λ ~ Gamma(shape r, scale μ/r), then N ~ Poisson(λ) (`makeGamma`,
 * `poissonVariate`), which is exact for any real r > 0.
 *
 * Source: L. Devroye, Non-Uniform Random Variate Generation (1986), §X.4.
 *
 * @param mean μ, a finite number ≥ 0
 * @param size r, a positive finite number
 * @returns `(rng) => k`
 * @throws RangeError when μ or r is out of range
 * @example makeNegativeBinomial(4, 2)(makeStream(5)) // a draw with mean 4 and variance 12
 */
export function makeNegativeBinomial(mean: number, size: number): (rng: Rng) => number {
  if (!(mean >= 0 && Number.isFinite(mean))) throw new RangeError(`negative binomial mean must be finite and at least 0: ${mean}`);
  if (!(size > 0 && Number.isFinite(size))) throw new RangeError(`negative binomial size must be positive and finite: ${size}`);
  if (mean === 0) return () => 0;
  const lambda = makeGamma(size, mean / size);
  return (rng) => poissonVariate(rng, lambda(rng));
}
