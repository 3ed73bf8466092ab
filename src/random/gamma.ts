import type { Rng } from './Rng';
import { standardNormal } from './standardNormal';

/**
 * One draw of the gamma law with the given shape and scale 1, exact up to floating point.
 *
 * Method: Marsaglia and Tsang's squeeze–rejection method for shape ≥ 1 (d = shape − 1/3, c = 1/√(9d); accept
 * d·(1 + c·x)³ for a normal x with the squeeze u < 1 − 0.0331x⁴ or the full test ln u < x²/2 + d(1 − v + ln v)),
 * and for shape < 1 the boost Gamma(shape) = Gamma(shape + 1)·u^(1/shape). Normals come from `standardNormal`.
 *
 * Source: G. Marsaglia and W. W. Tsang, "A simple method for generating gamma variables", ACM Transactions on
 * Mathematical Software 26(3), 363–372 (2000).
 *
 * @param rng the stream to draw from
 * @param shape the shape, positive (not checked: use `makeGamma` for validated parameters)
 * @returns a gamma variate with mean `shape`
 * @example gammaVariate(makeStream(42, 0), 2.5) // a draw with mean 2.5 and variance 2.5
 */
export function gammaVariate(rng: Rng, shape: number): number {
  if (shape < 1) {
    const g = gammaVariate(rng, shape + 1);
    // u = 0 would give 0, a valid (if measure-zero) value; u^(1/shape) underflows gracefully.
    return g * Math.pow(rng(), 1 / shape);
  }
  const d = shape - 1 / 3;
  return marsagliaTsang(rng, d, 1 / Math.sqrt(9 * d));
}

function marsagliaTsang(rng: Rng, d: number, c: number): number {
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A sampler of the gamma law with the given shape k and scale θ (mean kθ, variance kθ²), by `gammaVariate`
 * with its constants computed once.
 *
 * @param shape k, positive
 * @param scale θ, positive (default 1)
 * @returns `(rng) => x`, x ≥ 0
 * @throws RangeError when shape or scale is not a positive finite number
 * @example makeGamma(2, 3)(makeStream(7)) // a draw with mean 6 and variance 18
 */
export function makeGamma(shape: number, scale = 1): (rng: Rng) => number {
  if (!(shape > 0 && Number.isFinite(shape))) throw new RangeError(`gamma shape must be positive and finite: ${shape}`);
  if (!(scale > 0 && Number.isFinite(scale))) throw new RangeError(`gamma scale must be positive and finite: ${scale}`);
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const invShape = 1 / shape;
  if (boosted) return (rng) => scale * marsagliaTsang(rng, d, c) * Math.pow(rng(), invShape);
  return (rng) => scale * marsagliaTsang(rng, d, c);
}
