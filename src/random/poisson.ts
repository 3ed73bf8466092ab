import { logGammaUnchecked } from './logGamma';
import type { Rng } from './Rng';

/** Means from this one on use PTRS; below it, inversion (its expected cost is mean + 1 steps). */
const PTRS_FROM = 10;

/**
 * One draw of the Poisson law with the given mean, exact up to floating point (no normal approximation).
 *
 * Method: for mean < 10, inversion by sequential search from 0 (one uniform draw; P(0) = e^−mean, then
 * P(k) = P(k − 1)·mean/k); for mean ≥ 10, Hörmann's transformed rejection with squeeze (PTRS), whose acceptance
 * test uses ln k! from `logGamma`.
 *
 * Source: L. Devroye, Non-Uniform Random Variate Generation (1986), §X.3 (inversion); W. Hörmann, "The
 * transformed rejection method for generating Poisson random variables", Insurance: Mathematics and Economics
 * 12(1), 39–45 (1993) (PTRS).
 *
 * @param rng the stream to draw from
 * @param mean the mean, at least 0 (not checked: use `makePoisson` for validated parameters)
 * @returns a whole number ≥ 0
 * @example poissonVariate(makeStream(42, 0), 3.2) // a draw with mean and variance 3.2
 */
export function poissonVariate(rng: Rng, mean: number): number {
  if (mean < PTRS_FROM) return mean > 0 ? inversion(rng, mean, Math.exp(-mean)) : 0;
  return ptrs(rng, mean, makePtrsConstants(mean));
}

function inversion(rng: Rng, mean: number, p0: number): number {
  const u = rng();
  let k = 0;
  let p = p0;
  let cdf = p0;
  // The cdf reaches 1 − 1e-15 long before k = 1000 for means below 10, and draws stay below 1 − 2^-32.
  while (u >= cdf && k < 1000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

/**
 * The distribution function of the Poisson law with a small mean, for inversion by a search from 0 (or from 1 for
 * a count that turns 0 into 1): `cdf[k]` = P(N ≤ k), accumulated as in `poissonVariate` (P(0) = e^−mean,
 * P(k) = P(k − 1)·mean/k), and ended with +Infinity once it no longer grows below 1 (or at k = 1000), so that a
 * search `while (u >= cdf[k]) k++` always stops: the last finite entry is within rounding of 1, above any draw.
 *
 * @param mean the mean, positive and below 10 (`poissonVariate` uses PTRS from 10 on)
 * @returns P(N ≤ k) for k = 0, 1, … and a final +Infinity (at least two entries)
 * @throws RangeError when the mean is not in (0, 10)
 * @example poissonCdfTable(1)[0] // e^−1 = 0.36787944117144233
 */
export function poissonCdfTable(mean: number): Float64Array {
  if (!(mean > 0 && mean < PTRS_FROM)) throw new RangeError(`poissonCdfTable needs a mean in (0, ${PTRS_FROM}): ${mean}`);
  let p = Math.exp(-mean);
  let c = p;
  const cdf = [c];
  for (let k = 1; k < 1000 && c < 1; k++) {
    p *= mean / k;
    const next = c + p;
    if (!(next > c)) break;
    c = next;
    cdf.push(c);
  }
  cdf.push(Infinity);
  return Float64Array.from(cdf);
}

interface PtrsConstants {
  logMean: number;
  a: number;
  b: number;
  logInvAlpha: number;
  vr: number;
}

function makePtrsConstants(mean: number): PtrsConstants {
  const b = 0.931 + 2.53 * Math.sqrt(mean);
  return {
    logMean: Math.log(mean),
    a: -0.059 + 0.02483 * b,
    b,
    logInvAlpha: Math.log(1.1239 + 1.1328 / (b - 3.4)),
    vr: 0.9277 - 3.6224 / (b - 2),
  };
}

function ptrs(rng: Rng, mean: number, k: PtrsConstants): number {
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const n = Math.floor(((2 * k.a) / us + k.b) * u + mean + 0.43);
    if (us >= 0.07 && v <= k.vr) return n;
    if (n < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + k.logInvAlpha - Math.log(k.a / (us * us) + k.b) <= -mean + n * k.logMean - logGammaUnchecked(n + 1)) {
      return n;
    }
  }
}

/**
 * A sampler of the Poisson law with a fixed mean, its constants computed once (see `poissonVariate` for the
 * method: inversion below mean 10, PTRS from 10 on).
 *
 * @param mean the mean, a finite number ≥ 0
 * @returns `(rng) => k`
 * @throws RangeError when mean is negative or not finite
 * @example makePoisson(0)(makeStream(1)) // 0
 */
export function makePoisson(mean: number): (rng: Rng) => number {
  if (!(mean >= 0 && Number.isFinite(mean))) throw new RangeError(`Poisson mean must be finite and at least 0: ${mean}`);
  if (mean === 0) return () => 0;
  if (mean < PTRS_FROM) {
    const cdf = poissonCdfTable(mean);
    return (rng) => {
      const u = rng();
      let k = 0;
      while (u >= cdf[k]!) k++;
      return k;
    };
  }
  const k = makePtrsConstants(mean);
  return (rng) => ptrs(rng, mean, k);
}
