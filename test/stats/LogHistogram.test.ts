import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogHistogram, SUB_BINS, logBin, logBinMid } from '../../src/stats/LogHistogram';
import { quantileSorted } from '../../src/stats/quantileSorted';

const SUB_BITS_FOR_TEST = 6; // logBin reads this many mantissa bits
const lower = (b: number) => {
  const e = Math.floor(b / SUB_BINS);
  return 2 ** e * (1 + (b - e * SUB_BINS) / SUB_BINS);
};

describe('logBin', () => {
  it('puts powers of two at the start of their octave and splits it in 64', () => {
    expect(logBin(1)).toBe(0);
    expect(logBin(2)).toBe(64);
    expect(logBin(3)).toBe(96);
    expect(logBin(2 ** 40)).toBe(40 * 64);
    expect(logBin(2 ** 40 - 1)).toBe(40 * 64 - 1);
    expect(logBin(0.5)).toBe(-64);
    expect(2 ** SUB_BITS_FOR_TEST).toBe(SUB_BINS);
    // Subnormal numbers have no implicit leading bit: the slow path still bins them between their edges.
    for (const v of [1e-315, 1e-310]) {
      expect(lower(logBin(v))).toBeLessThanOrEqual(v);
      expect(v).toBeLessThan(lower(logBin(v) + 1));
    }
    expect(() => logBin(0)).toThrow();
    expect(() => logBin(-1)).toThrow();
  });

  it('bins every value between its bin edges, bins at most 1/64 wide (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 900_000_000_000 }), fc.double({ min: 1e-6, max: 1e15, noNaN: true })), (v) => {
        const b = logBin(v);
        expect(lower(b)).toBeLessThanOrEqual(v);
        expect(v).toBeLessThan(lower(b + 1));
        expect((lower(b + 1) - lower(b)) / lower(b)).toBeLessThanOrEqual(1 / SUB_BINS + 1e-15);
        expect(logBinMid(b)).toBeGreaterThan(lower(b));
      }),
    );
  });
});

describe('LogHistogram', () => {
  it('keeps zeros exactly and reports quantiles within the stated resolution (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000_000_000 })), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const h = new LogHistogram();
          for (const v of values) h.add(v);
          const sorted = [...values].sort((a, b) => a - b);
          const exact = quantileSorted(sorted, p);
          const got = h.quantile(p);
          const k = Math.floor((sorted.length - 1) * p);
          const scale = Math.max(sorted[k]!, sorted[Math.min(k + 1, sorted.length - 1)]!);
          expect(Math.abs(got - exact)).toBeLessThanOrEqual(scale / (2 * SUB_BINS) + 1e-6);
          expect(got).toBeGreaterThanOrEqual(sorted[0]!);
          expect(got).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
        },
      ),
    );
  });

  it('gives exact 0 when most values are zero and the exact maximum at p = 1', () => {
    const h = new LogHistogram();
    h.add(0, 9);
    h.add(250_000_000_00);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.quantile(1)).toBe(25_000_000_000);
    expect(h.total()).toBe(10);
  });

  it('small integers (< 64) come back exactly once rounded', () => {
    const h = new LogHistogram();
    for (const v of [10, 20, 30, 40]) h.add(v);
    expect([0.05, 0.25, 0.5, 0.75, 0.95].map((p) => Math.floor(h.quantile(p) + 0.5))).toEqual([12, 18, 25, 33, 39]);
  });

  it('merges to the same data in any order and split (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e12 }), { maxLength: 100 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 100, maxLength: 100 }),
        (values, parts) => {
          const whole = new LogHistogram();
          for (const v of values) whole.add(v);
          const split = [0, 1, 2, 3].map(() => new LogHistogram());
          values.forEach((v, i) => split[parts[i]!]!.add(v));
          const merged = new LogHistogram();
          for (const s of [split[2]!, split[0]!, split[3]!, split[1]!]) merged.merge(s.toData());
          expect(merged.toData()).toEqual(whole.toData());
        },
      ),
    );
  });

  it('throws on negative values and on quantiles of nothing', () => {
    const h = new LogHistogram();
    expect(() => h.add(-1)).toThrow(/non-negative/);
    expect(() => h.quantile(0.5)).toThrow(/empty/);
    expect(h.total()).toBe(0);
  });
});
