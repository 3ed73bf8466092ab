/**
 * ln Γ(x) for x > 0, to about 1e-15 relative.
 *
 * Method: Stirling's series with ten Bernoulli terms, B₂ₖ / (2k(2k − 1) x^(2k−1)), applied at x + n ≥ 7 and
 * brought back with ln Γ(x) = ln Γ(x + n) − ln(x(x + 1)…(x + n − 1)). Γ(1) = Γ(2) = 1 exactly.
 *
 * Source: M. Abramowitz and I. A. Stegun, Handbook of Mathematical Functions (1964), 6.1.40; the same scheme as
 * NumPy's `random_loggam`.
 *
 * @param x a positive number
 * @returns ln Γ(x); ln(k!) is logGamma(k + 1)
 * @throws RangeError when x is not a positive finite number
 * @example logGamma(11) // ln(10!) = 15.104412573075516
 */
export function logGamma(x: number): number {
  if (!(x > 0 && Number.isFinite(x))) throw new RangeError(`logGamma needs a positive finite number: ${x}`);
  return logGammaUnchecked(x);
}

// B₂ₖ / (2k(2k − 1)) for k = 1…10.
const STIRLING = [
  1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400, 43867 / 244188,
  -174611 / 125400,
];
const HALF_LN_2PI = 0.9189385332046727;

/** `logGamma` without the argument check, for hot loops whose argument is known to be positive. */
export function logGammaUnchecked(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.floor(7 - x) : 0;
  let x0 = x + n;
  const x2 = 1 / (x0 * x0);
  let series = STIRLING[9]!;
  for (let k = 8; k >= 0; k--) series = series * x2 + STIRLING[k]!;
  let gl = series / x0 + HALF_LN_2PI + (x0 - 0.5) * Math.log(x0) - x0;
  for (let k = 0; k < n; k++) {
    x0 -= 1;
    gl -= Math.log(x0);
  }
  return gl;
}
