import { makeGamma } from './gamma';
import type { Rng } from './Rng';

/**
 * A sampler of the beta law Beta(α, β) on [0, 1] (mean α/(α + β)).
 *
 * Method: X/(X + Y) for independent X ~ Gamma(α) and Y ~ Gamma(β) (Marsaglia–Tsang, see `gammaVariate`); a pair
 * with X + Y = 0 (possible only through underflow at tiny shapes) is drawn again.
 *
 * Source: L. Devroye, Non-Uniform Random Variate Generation (1986), §IX.4.1.
 *
 * @param alpha α, positive
 * @param beta β, positive
 * @returns `(rng) => x` with 0 ≤ x ≤ 1
 * @throws RangeError when α or β is not a positive finite number
 * @example makeBeta(2, 5)(makeStream(3)) // a draw with mean 2/7
 */
export function makeBeta(alpha: number, beta: number): (rng: Rng) => number {
  const gx = makeGamma(alpha);
  const gy = makeGamma(beta);
  return (rng) => {
    for (;;) {
      const x = gx(rng);
      const s = x + gy(rng);
      if (s > 0) return x / s;
    }
  };
}

/**
 * Beta parameters with the given mean and standard deviation: α = m·k, β = (1 − m)·k with k = m(1 − m)/sd² − 1.
 *
 * @param mean m, strictly between 0 and 1
 * @param sd positive, with sd² < m(1 − m) (a beta law cannot spread more)
 * @returns `{alpha, beta}`
 * @throws RangeError when no beta law has this mean and standard deviation
 * @example betaFromMeanSd(0.5, 0.25) // {alpha: 1.5, beta: 1.5}
 */
export function betaFromMeanSd(mean: number, sd: number): { alpha: number; beta: number } {
  if (!(mean > 0 && mean < 1)) throw new RangeError(`beta mean must be strictly between 0 and 1: ${mean}`);
  if (!(sd > 0 && sd * sd < mean * (1 - mean))) {
    throw new RangeError(`beta sd must be positive and below √(mean(1 − mean)) = ${Math.sqrt(mean * (1 - mean))}: ${sd}`);
  }
  const k = (mean * (1 - mean)) / (sd * sd) - 1;
  return { alpha: mean * k, beta: (1 - mean) * k };
}
