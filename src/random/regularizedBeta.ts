import { logGammaUnchecked } from './logGamma';

/**
 * I_x(a, b), the regularized incomplete beta function: the distribution function of Beta(a, b) at x, to about
 * 1e-14 absolute for moderate a and b.
 *
 * Method: the continued fraction for I_x(a, b) evaluated by the modified Lentz algorithm, on x itself when
 * x < (a + 1)/(a + b + 2) and through I_x(a, b) = 1 − I_{1−x}(b, a) otherwise, where it converges fastest.
 *
 * Source: W. H. Press et al., Numerical Recipes, 3rd ed. (2007), §6.4 (`betai`, `betacf`); the continued
 * fraction is Abramowitz and Stegun 26.5.8.
 *
 * @param x a point in [0, 1]
 * @param a positive
 * @param b positive
 * @returns P(X ≤ x) for X ~ Beta(a, b)
 * @throws RangeError when x is outside [0, 1], a or b is not a positive finite number, or the fraction fails to
 *   converge (only for extreme parameters)
 * @example regularizedBeta(0.5, 2, 2) // 0.5
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (!(x >= 0 && x <= 1)) throw new RangeError(`regularizedBeta needs x in [0, 1]: ${x}`);
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) throw new RangeError(`bad beta parameters: ${a}, ${b}`);
  if (x === 0) return 0;
  if (x === 1) return 1;
  const lnFront =
    logGammaUnchecked(a + b) - logGammaUnchecked(a) - logGammaUnchecked(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(lnFront);
  if (x < (a + 1) / (a + b + 2)) return (front * continuedFraction(x, a, b)) / a;
  return 1 - (front * continuedFraction(1 - x, b, a)) / b;
}

const TINY = 1e-300;
const EPS = 1e-16;
const MAX_ITERATIONS = 100_000;

function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) <= EPS) return h;
  }
  throw new RangeError(`incomplete beta did not converge for x=${x}, a=${a}, b=${b}`);
}
