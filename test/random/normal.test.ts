/* eslint-disable no-loss-of-precision -- reference values are written with the 17 digits they were computed to. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inverseNormalCdf } from '../../src/random/inverseNormalCdf';
import { makeStream } from '../../src/random/makeStream';
import { normalCdf, normalLowerTail } from '../../src/random/normalCdf';
import { makeNormalCdfGrid, uniformBelowNormalCdf } from '../../src/fast/draws/normalCdfGrid';
import { makeNormal, standardNormal } from '../../src/random/standardNormal';
import { moments } from './helpers';

const close = (x: number, y: number, rel: number): void => {
  expect(Math.abs(x - y)).toBeLessThanOrEqual(rel * Math.abs(y));
};

describe('inverseNormalCdf (AS241)', () => {
  // Reference values computed with mpmath at 50 digits (bisection on ncdf), rounded to 17 digits; the first and
  // the 1e-10 case are the published values the brief quotes (1.959963984540054, -6.361340902404056).
  it.each([
    [0.975, 1.9599639845400542],
    [0.025, -1.9599639845400542],
    [0.9, 1.2815515655446005],
    [0.5, 0],
    [0.841344746068543, 1.0000000000000002],
    [1e-10, -6.3613409024040562],
    [1e-300, -37.047096299361199],
    [0.999, 3.0902323061678135],
  ])('Φ⁻¹(%s) = %s to 2e-15 relative', (p, z) => {
    if (z === 0) expect(inverseNormalCdf(p)).toBe(0);
    else close(inverseNormalCdf(p), z, 2e-15);
  });

  it('gives ±Infinity at 0 and 1 and rejects probabilities outside [0, 1]', () => {
    expect(inverseNormalCdf(0)).toBe(-Infinity);
    expect(inverseNormalCdf(1)).toBe(Infinity);
    expect(() => inverseNormalCdf(-0.1)).toThrow(RangeError);
    expect(() => inverseNormalCdf(1.1)).toThrow(RangeError);
    expect(() => inverseNormalCdf(NaN)).toThrow(RangeError);
  });

  it('is odd: Φ⁻¹(1 − p) = −Φ⁻¹(p) (p ≥ 1e-8, where 1 − p keeps its digits)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-8, max: 0.5, noNaN: true }), (p) => {
        const a = inverseNormalCdf(p);
        const b = inverseNormalCdf(1 - p);
        // 1 − p is rounded: its relative error carries into z through φ(z), hence the tolerance.
        expect(Math.abs(a + b)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(a)));
      }),
    );
  });

  // d ln Φ / dz ≈ |z| in the tail and z itself carries a few ulps (≈ 1e-16·|z|), so the round trip's relative
  // error grows like z²·1e-16: the tolerance is 1e-15·(4 + z²), i.e. 4e-15 near the median, 1.4e-12 at 1e-300.
  it('inverts normalCdf in the lower tail to 1e-15·(4 + z²) relative (property over p in [1e-300, 0.5])', () => {
    fc.assert(
      fc.property(fc.double({ min: -690, max: Math.log(0.5), noNaN: true }), (lnP) => {
        const p = Math.exp(lnP);
        const z = inverseNormalCdf(p);
        const back = normalLowerTail(z);
        expect(Math.abs(back - p)).toBeLessThanOrEqual(1e-15 * (4 + z * z) * p);
      }),
    );
  });
});

describe('normalCdf (Cody)', () => {
  // Reference values computed with mpmath at 50 digits (ncdf), rounded to 17 digits.
  it.each([
    [0, 0.5],
    [-1, 0.15865525393145705],
    [1.959963984540054, 0.975],
    [-10, 7.6198530241605261e-24],
    [-37, 5.7255712225245768e-300],
    [3, 0.99865010196836991],
    [0.5, 0.6914624612740131],
  ])('Φ(%s) = %s to 1e-14 relative', (x, p) => {
    close(normalCdf(x), p, 1e-14);
  });

  it('is 0 and 1 far in the tails and monotone', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    let prev = 0;
    for (let x = -38; x <= 9; x += 0.01) {
      const p = normalCdf(x);
      expect(p).toBeGreaterThanOrEqual(prev);
      prev = p;
    }
  });
});

describe('standardNormal (ziggurat)', () => {
  // n = 400,000: SE of the mean 1/√n = 0.0016, of the variance √(2/n) = 0.0022; tolerance 5 SE.
  it('has mean 0 and variance 1, and the normal share within 1.96', () => {
    const rng = makeStream('normal', 1);
    const { mean, variance } = moments(400_000, () => standardNormal(rng));
    expect(Math.abs(mean)).toBeLessThan(0.008);
    expect(Math.abs(variance - 1)).toBeLessThan(0.011);
    const rng2 = makeStream('normal', 2);
    let inside = 0;
    for (let i = 0; i < 400_000; i++) if (Math.abs(standardNormal(rng2)) < 1.959963984540054) inside++;
    // SE of a share of 0.95 over 400,000: 0.00034; tolerance 5 SE.
    expect(Math.abs(inside / 400_000 - 0.95)).toBeLessThan(0.0017);
  });

  it('makeNormal shifts and scales, and validates', () => {
    const rng = makeStream('normal', 3);
    const { mean, variance } = moments(200_000, () => makeNormal(100, 15)(rng));
    expect(Math.abs(mean - 100)).toBeLessThan(5 * 15 / Math.sqrt(200_000));
    expect(Math.abs(variance / 225 - 1)).toBeLessThan(5 * Math.sqrt(2 / 200_000));
    expect(() => makeNormal(0, -1)).toThrow(RangeError);
    expect(() => makeNormal(NaN, 1)).toThrow(RangeError);
  });
});

describe('uniformBelowNormalCdf (tabulated squeeze)', () => {
  const grid = makeNormalCdfGrid();

  it('decides u < Φ(s) exactly as the direct comparison (property, including off-grid and infinite s)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.oneof(fc.double({ min: -12, max: 12, noNaN: true }), fc.constantFrom(-Infinity, Infinity, -8.5, 8.5, 0)),
        (u, s) => uniformBelowNormalCdf(grid, u, s) === u < normalCdf(s),
      ),
      { numRuns: 20_000 },
    );
  });

  it('agrees at u = Φ(s) itself and next to it, where only the fallback can decide', () => {
    for (const s of [-3.21, -0.5, 0.004, 1.2345, 5]) {
      const p = normalCdf(s);
      expect(uniformBelowNormalCdf(grid, p, s)).toBe(false);
      expect(uniformBelowNormalCdf(grid, p - 1e-16, s)).toBe(p - 1e-16 < p);
    }
  });

  it('tabulates Φ on [−8.5, 8.5] with 100 points per unit', () => {
    expect(grid.values.length).toBe(1701);
    expect(grid.values[850]).toBe(0.5);
    expect(() => makeNormalCdfGrid(1, 0)).toThrow(RangeError);
  });
});
