import type { Rng } from './Rng';

/**
 * A sampler of the continuous uniform law on [min, max).
 *
 * Method: min + (max − min)·u for one draw u of the rng.
 *
 * @param min lower bound
 * @param max upper bound, at least `min` (equal bounds give a constant)
 * @returns `(rng) => x`
 * @throws RangeError when a bound is not finite or max < min
 * @example makeUniform(10, 20)(() => 0.25) // 12.5
 */
export function makeUniform(min: number, max: number): (rng: Rng) => number {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`uniform bounds must be finite: ${min}, ${max}`);
  if (max < min) throw new RangeError(`uniform max ${max} is below min ${min}`);
  const width = max - min;
  return (rng) => min + width * rng();
}
