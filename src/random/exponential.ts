import type { Rng } from './Rng';

/**
 * A sampler of the exponential law with the given rate (mean 1/rate).
 *
 * Method: inversion, −ln(1 − u)/rate; 1 − u lies in (0, 1] because u < 1, so the logarithm is finite.
 *
 * Source: L. Devroye, Non-Uniform Random Variate Generation (1986), §II.2.
 *
 * @param rate events per unit, positive
 * @returns `(rng) => x`, x ≥ 0
 * @throws RangeError when rate is not a positive finite number
 * @example makeExponential(2)(() => 0.5) // ln 2 / 2 = 0.34657359027997264
 */
export function makeExponential(rate: number): (rng: Rng) => number {
  if (!(rate > 0 && Number.isFinite(rate))) throw new RangeError(`exponential rate must be positive and finite: ${rate}`);
  const inv = 1 / rate;
  return (rng) => -Math.log(1 - rng()) * inv;
}
