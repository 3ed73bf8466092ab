import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasDraw, aliasDrawBranchless, buildAliasTable } from '../../src/random/aliasTable';
import { buildGuideTable, guideDraw, guideTableFromCdf } from '../../src/fast/draws/guideTable';
import { makeStream } from '../../src/random/makeStream';
import { poissonCdfTable } from '../../src/random/poisson';
import { chiSquare, chiSquareCritical } from './helpers';

/** Inversion by search from 0: the smallest k with u < cdf[k]. */
function invert(cdf: Float64Array, u: number): number {
  let k = 0;
  while (u >= cdf[k]!) k++;
  return k;
}

describe('guide tables', () => {
  it('draw exactly what inversion draws, for any cdf and u, also at cell edges and at the steps (property)', () => {
    const weights = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 100, noNaN: true })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(weights, fc.integer({ min: 1, max: 64 }), fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 20 }), (w, cells, us) => {
        if (!w.some((x) => x > 0)) w.push(1);
        const t = buildGuideTable(w, cells);
        const points = [...us, ...Array.from({ length: cells }, (_, g) => g / cells), ...Array.from(t.cdf).filter((c) => c < 1)];
        for (const u of points) {
          expect(guideDraw(t, u)).toBe(invert(t.cdf, u));
          expect(w[guideDraw(t, u)]!).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('draw the categorical law (χ² at 1e-4 over 200,000 draws) and never a zero weight', () => {
    const w = [3, 0, 1, 0.5, 0, 6, 2];
    const t = buildGuideTable(w);
    const rng = makeStream('guide-table');
    const n = 200_000;
    const counts = new Array<number>(w.length).fill(0);
    for (let i = 0; i < n; i++) counts[guideDraw(t, rng())]!++;
    expect(counts[1]).toBe(0);
    expect(counts[4]).toBe(0);
    const total = w.reduce((a, b) => a + b, 0);
    const kept = [0, 2, 3, 5, 6];
    const { stat, df } = chiSquare(kept.map((k) => counts[k]!), kept.map((k) => w[k]! / total), n);
    expect(stat).toBeLessThan(chiSquareCritical(Math.max(df, 3)));
  });

  it('add their offset (a Poisson count whose 0 counts as 1) and refuse a bad cdf or weights', () => {
    const cdf = poissonCdfTable(1.2);
    const t = guideTableFromCdf(cdf.subarray(1), 1);
    for (const u of [0, 0.1, Math.exp(-1.2) * 2.2 - 1e-12, 0.5, 0.9, 0.999_999]) expect(guideDraw(t, u)).toBe(Math.max(1, invert(cdf, u)));
    expect(() => guideTableFromCdf(Float64Array.of(0.5, 1))).toThrow(RangeError);
    expect(() => guideTableFromCdf(Float64Array.of(0.5, 0.4, Infinity))).toThrow(RangeError);
    expect(() => buildGuideTable([0, 0])).toThrow(RangeError);
    expect(() => buildGuideTable([1, -1])).toThrow(RangeError);
  });
});

describe('poissonCdfTable', () => {
  it('holds P(N ≤ k) as the inversion accumulates it, ends with +Infinity, and keeps at least two entries', () => {
    for (const mean of [1e-300, 0.3, 1.2, 4, 9.9]) {
      const cdf = poissonCdfTable(mean);
      expect(cdf.length).toBeGreaterThanOrEqual(2);
      expect(cdf[cdf.length - 1]).toBe(Infinity);
      expect(cdf[0]).toBe(Math.exp(-mean));
      let p = Math.exp(-mean);
      for (let k = 1; k < cdf.length - 1; k++) {
        p *= mean / k;
        expect(cdf[k]! - cdf[k - 1]!).toBeCloseTo(p, 15);
      }
      expect(cdf[cdf.length - 2]!).toBeGreaterThan(1 - 1e-15);
    }
    expect(() => poissonCdfTable(0)).toThrow(RangeError);
    expect(() => poissonCdfTable(10)).toThrow(RangeError);
  });
});

describe('aliasDrawBranchless', () => {
  it('draws the same index as aliasDraw for every multiple of 2^-32 tried (property over tables and draws)', () => {
    const weights = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 100, noNaN: true })), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(weights, fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 50 }), (w, ks) => {
        if (!w.some((x) => x > 0)) w.push(1);
        const t = buildAliasTable(w);
        // the draws right at and next to each column's coin threshold, plus random ones
        const us = ks.map((k) => k / 2 ** 32);
        for (let i = 0; i < t.n; i++) {
          const edge = Math.floor(((i + t.prob[i]!) / t.n) * 2 ** 32);
          for (const k of [edge - 1, edge, edge + 1]) if (k >= 0 && k < 2 ** 32) us.push(k / 2 ** 32);
        }
        for (const u of us) expect(aliasDrawBranchless(t, u)).toBe(aliasDraw(t, u));
      }),
      { numRuns: 200 },
    );
  });
});
