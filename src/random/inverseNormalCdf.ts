/* eslint-disable no-loss-of-precision -- coefficients kept digit for digit as published; each rounds to the nearest double. */
/**
 * Φ⁻¹(p), the quantile function of the standard normal distribution, to about 1 part in 10^16.
 *
 * Method: Wichura's algorithm AS241 (PPND16), three rational approximations of degree 7: one in (p − 0.5)² for
 * 0.075 ≤ p ≤ 0.925, and two in r = √(−ln min(p, 1 − p)) for the tails (r ≤ 5 and r > 5). The central region
 * needs no logarithm, which makes it cheap enough for sampling by inversion.
 *
 * Source: M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
 * Applied Statistics 37(3), 477–484 (1988).
 *
 * @param p a probability in [0, 1]
 * @returns the z with Φ(z) = p; −Infinity at 0 and +Infinity at 1
 * @throws RangeError when p is not in [0, 1] (NaN included)
 * @example inverseNormalCdf(0.975) // 1.959963984540054
 */
export function inverseNormalCdf(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1]: ${p}`);
  return inverseNormalCdfUnchecked(p);
}

/** `inverseNormalCdf` without the range check, for samplers whose input is a draw in [0, 1). */
export function inverseNormalCdfUnchecked(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
          133.14166789178437745) * r + 3.3871328727963666080)) /
      (((((((5226.4952788528545610 * r + 28729.085735721942674) * r + 39307.895800092710610) * r +
        21213.794301586595867) * r + 5394.1960214247511077) * r + 687.18700749205790830) * r +
        42.313330701600911252) * r + 1)
    );
  }
  return tail(p, q);
}

// The tails (p < 0.075 or p > 0.925) live apart, so that the central branch, the common case, stays small
// (docs/performance.md, inverseNormalCdf.ts).
function tail(p: number, q: number): number {
  let r = q < 0 ? p : 1 - p;
  if (r <= 0) return q < 0 ? -Infinity : Infinity;
  r = Math.sqrt(-Math.log(r));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z =
      (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r +
        1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.76949722146069140550) * r +
        4.63033784615654529590) * r + 1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r +
        1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940) * r +
        2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    z =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r +
        2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580) * r +
        5.46378491116411436990) * r + 6.65790464350110377720) /
      (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r +
        7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r +
        5.99832206555887937690e-1) * r + 1);
  }
  return q < 0 ? -z : z;
}
