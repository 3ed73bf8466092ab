import type { Rng } from './Rng';

/**
 * One draw of the standard normal law N(0, 1), exact up to floating point.
 *
 * Method: Marsaglia's polar method. Points (u, v) uniform in the square [−1, 1)² are rejected until they fall
 * inside the unit disc (probability π/4), then u·√(−2 ln s / s) with s = u² + v² is normal. The method yields a
 * second, independent normal (v·√(…)); it is discarded on purpose, because keeping it between calls would make
 * a draw depend on which stream the previous call used.
 *
 * Source: G. Marsaglia and T. A. Bray, "A convenient method for generating normal variables", SIAM Review 6(3),
 * 260–264 (1964); L. Devroye, Non-Uniform Random Variate Generation (1986), §V.4.
 *
 * @param rng the stream to draw from
 * @returns a standard normal variate
 * @example standardNormal(makeStream(42, 0)) // a number, the same for the same stream
 */
export function standardNormal(rng: Rng): number {
  let u: number;
  let s: number;
  do {
    u = 2 * rng() - 1;
    const v = 2 * rng() - 1;
    s = u * u + v * v;
  } while (s >= 1 || s === 0);
  return u * Math.sqrt((-2 * Math.log(s)) / s);
}

/**
 * A sampler of the normal law N(mean, sd²), by `standardNormal`.
 *
 * @param mean the mean
 * @param sd the standard deviation, at least 0
 * @returns `(rng) => x`
 * @throws RangeError when mean or sd is not finite or sd < 0
 * @example makeNormal(100, 15)(makeStream(1)) // a draw from N(100, 15²)
 */
export function makeNormal(mean: number, sd: number): (rng: Rng) => number {
  if (!Number.isFinite(mean) || !Number.isFinite(sd) || sd < 0) throw new RangeError(`bad normal parameters: mean ${mean}, sd ${sd}`);
  return (rng) => mean + sd * standardNormal(rng);
}
