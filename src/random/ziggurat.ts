import { normalLowerTail } from './normalCdf';
import type { Rng } from './Rng';

/** Layers of the ziggurat (a power of two: the layer is 7 bits of one draw, the sign the 8th). */
export const LAYER_BITS = 7;
export const LAYERS = 1 << LAYER_BITS;
/** 2^-24: the weight of a second draw appended below the 24 bits left of the first. */
export const TWO_M24 = 5.9604644775390625e-8;

/**
 * The ziggurat of the standard normal density's shape f(x) = e^(−x²/2) with 128 layers of equal area v:
 * layer 0 is [0, x₀) × [0, f(r)) with x₀ = v/f(r), whose part beyond r stands for the tail; layer i (1…127) is
 * [0, xᵢ) × [f(xᵢ), f(xᵢ₊₁)) with x₁ = r, x₁₂₈ = 0. `f[i]` = f(xᵢ).
 */
export interface ZigguratTables {
  r: number;
  v: number;
  x: Float64Array;
  f: Float64Array;
  /** |area of the top layer − v| / v, the one equation that fixes r (rounding only). */
  closure: number;
}

/**
 * The tables of `zigguratNormal`, with r solved to full double precision (bisection on the top layer's area, not
 * Marsaglia and Tsang's 13 printed digits, so that every layer has area v up to rounding).
 *
 * @returns the tables (computed once at load)
 * @example ZIGGURAT.r // 3.4426198558966…
 */
export const ZIGGURAT: ZigguratTables = buildZiggurat();

/**
 * One draw of the standard normal law N(0, 1) by the ziggurat method, exact up to floating point and to the
 * resolution of the draws.
 *
 * Method: Marsaglia and Tsang's ziggurat with 128 layers, with Doornik's correction (the layer and the abscissa
 * come from independent bits). A first draw gives its top 8 bits to the layer (7 bits) and the sign (1 bit) and
 * its other 24 bits to the top of the abscissa's uniform; a second draw gives the next 32 bits (so the abscissa
 * has 56 bits, like a double, rather than the 24 left in one draw). Split this way the parts are independent
 * and uniform because a draw is a uniform multiple of 2^-32 (Alea) and 256 divides 2^32. x = u·xᵢ is returned
 * at once when x < xᵢ₊₁ (98.8% of draws); otherwise layer 0 draws from the tail beyond r (Marsaglia's method,
 * two logarithms), and the other layers accept x when a point drawn uniformly in the layer's height falls under
 * f(x) (one more draw), and start again when not.
 *
 * Source: G. Marsaglia and W. W. Tsang, "The ziggurat method for generating random variables", Journal of
 * Statistical Software 5(8) (2000); J. A. Doornik, "An improved ziggurat method to generate normal random
 * samples" (2005); G. Marsaglia, "Generating a variable from the tail of the normal distribution",
 * Technometrics 6(1), 101–102 (1964).
 *
 * @param rng the stream to draw from (2 draws, 2.03 on average)
 * @returns a standard normal variate
 * @example zigguratNormal(makeStream(42, 0)) // a number, the same for the same stream
 */
export function zigguratNormal(rng: Rng): number {
  const x = ZIGGURAT.x;
  const d = rng() * 256;
  const j = d | 0;
  const i = j & (LAYERS - 1);
  const z = (d - j + rng() * TWO_M24) * x[i]!;
  if (z < x[i + 1]!) return j < LAYERS ? z : -z;
  // unary +: the slow path's result is a number like the fast path's (docs/performance.md, ziggurat.ts)
  return +zigguratSlow(rng, i, z, j >= LAYERS);
}

/**
 * The rare cases: the tail (layer 0 beyond r) and the wedges; a rejected wedge point starts over. Shared with the
 * block readers of src/fast/draws/zigguratBlock.ts.
 */
export function zigguratSlow(rng: Rng, layer: number, abscissa: number, negative: boolean): number {
  const { r, x, f } = ZIGGURAT;
  let i = layer;
  let z = abscissa;
  let neg = negative;
  for (;;) {
    if (i === 0) {
      // Marsaglia (1964): a = −ln U₁/r, b = −ln U₂ until 2b > a²; then r + a follows the tail beyond r.
      let a: number;
      let e: number;
      do {
        a = -Math.log(1 - rng()) / r;
        e = -Math.log(1 - rng());
      } while (e + e <= a * a);
      return neg ? -(r + a) : r + a;
    }
    if (f[i]! + rng() * (f[i + 1]! - f[i]!) < Math.exp(-0.5 * z * z)) return neg ? -z : z;
    const d = rng() * 256;
    const j = d | 0;
    i = j & (LAYERS - 1);
    neg = j >= LAYERS;
    z = (d - j + rng() * TWO_M24) * x[i]!;
    if (z < x[i + 1]!) return neg ? -z : z;
  }
}

function buildZiggurat(): ZigguratTables {
  // The top layer's area minus v for a given r: negative when the layers reach the top too early (r too small).
  const residual = (r: number): { g: number; x: Float64Array; f: Float64Array; v: number } => {
    const fr = Math.exp(-0.5 * r * r);
    const v = r * fr + Math.sqrt(2 * Math.PI) * normalLowerTail(-r);
    const x = new Float64Array(LAYERS + 1);
    const f = new Float64Array(LAYERS + 1);
    x[0] = v / fr;
    f[0] = 0;
    x[1] = r;
    f[1] = fr;
    for (let i = 1; i < LAYERS - 1; i++) {
      const next = f[i]! + v / x[i]!;
      if (!(next < 1)) return { g: -1, x, f, v };
      x[i + 1] = Math.sqrt(-2 * Math.log(next));
      f[i + 1] = next;
    }
    x[LAYERS] = 0;
    f[LAYERS] = 1;
    const top = x[LAYERS - 1]!;
    return { g: top * (1 - f[LAYERS - 1]!) - v, x, f, v };
  };
  let lo = 3;
  let hi = 4;
  for (let k = 0; k < 200 && hi - lo > 0; k++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (residual(mid).g < 0) lo = mid;
    else hi = mid;
  }
  const a = residual(lo);
  const b = residual(hi);
  const best = Math.abs(a.g) <= Math.abs(b.g) ? { ...a, r: lo } : { ...b, r: hi };
  return { r: best.r, v: best.v, x: best.x, f: best.f, closure: Math.abs(best.g) / best.v };
}
