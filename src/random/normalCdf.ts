/* eslint-disable no-loss-of-precision -- coefficients kept digit for digit as published; each rounds to the nearest double. */
/**
 * Φ(x), the distribution function of the standard normal, with full double precision in the lower tail
 * (down to x ≈ −37.5, where Φ underflows) and to about 1e-16 absolute in the upper tail.
 *
 * Method: Cody's rational Chebyshev approximations (the ANORM routine of CALGO 715, as used in R's `pnorm`):
 * one for |x| ≤ 0.66291, one for |x| ≤ √32, and an asymptotic one beyond; exp(−x²/2) is split so that its
 * rounding does not spoil the tail.
 *
 * Source: W. J. Cody, "Rational Chebyshev approximations for the error function", Mathematics of Computation
 * 23(107), 631–637 (1969); W. J. Cody, "Algorithm 715", ACM TOMS 19(1), 22–32 (1993).
 *
 * @param x any number
 * @returns P(Z ≤ x) for a standard normal Z
 * @throws RangeError when x is NaN
 * @example normalCdf(1.959963984540054) // 0.975
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('normalCdf of NaN');
  return x <= 0 ? normalLowerTail(x) : 1 - normalLowerTail(-x);
}

/** Φ(x) for x ≤ 0 (or any x, less precisely above 0): the accurate side of Cody's approximation. */
export function normalLowerTail(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.66291) {
    const xsq = x * x;
    let num = 0.065682337918207449113 * xsq;
    let den = xsq;
    num = (num + 2.2352520354606839287) * xsq;
    den = (den + 47.20258190468824187) * xsq;
    num = (num + 161.02823106855587881) * xsq;
    den = (den + 976.09855173777669322) * xsq;
    num = (num + 1067.6894854603709582) * xsq;
    den = (den + 10260.932208618978205) * xsq;
    return 0.5 + (x * (num + 18154.981253343561249)) / (den + 45507.789335026729956);
  }
  let tail: number;
  if (y <= 5.656854249492380195) {
    let num = 1.0765576773720192317e-8 * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    tail = splitExp(y, (num + 9842.7148383839780218) / (den + 19685.429676859990727));
  } else if (y < 37.5193) {
    const xsq = 1 / (x * x);
    let num = 0.02307344176494017303 * xsq;
    let den = xsq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]!) * xsq;
      den = (den + Q[i]!) * xsq;
    }
    const r = (xsq * (num + 2.9112874951168792e-5)) / (den + 7.29751555083966205e-5);
    tail = splitExp(y, (0.398942280401432677939946059934 - r) / y);
  } else {
    tail = 0;
  }
  return x > 0 ? 1 - tail : tail;
}

const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411,
];
const P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244];

/** exp(−y²/2)·factor with y² split into an exact part (y rounded down to 1/16) and a small remainder. */
function splitExp(y: number, factor: number): number {
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return Math.exp(-ysq * ysq * 0.5) * Math.exp(-del * 0.5) * factor;
}
