import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../src/stats/quantileSorted';

describe('quantileSorted (R type 7)', () => {
  it('matches R quantile(1:4, c(.05, .25, .5, .75, .95)) = 1.15 1.75 2.50 3.25 3.85', () => {
    const x = Object.freeze([1, 2, 3, 4]);
    expect([0.05, 0.25, 0.5, 0.75, 0.95].map((p) => quantileSorted(x, p))).toEqual([
      expect.closeTo(1.15, 12), expect.closeTo(1.75, 12), 2.5, expect.closeTo(3.25, 12), expect.closeTo(3.85, 12),
    ]);
    expect(x).toEqual([1, 2, 3, 4]);
  });

  it('matches R quantile(c(2, 4, 4, 5, 7, 9, 10), c(.1, .9)) = 3.2 9.4 and quantile(c(10, 20, 40, 80, 160), .3) = 24', () => {
    const x = [2, 4, 4, 5, 7, 9, 10];
    expect(quantileSorted(x, 0.1)).toBeCloseTo(3.2, 12);
    expect(quantileSorted(x, 0.9)).toBeCloseTo(9.4, 12);
    expect(quantileSorted([10, 20, 40, 80, 160], 0.3)).toBeCloseTo(24, 12);
  });

  it('gives the extremes at p = 0 and 1 and the only value of a single sample', () => {
    expect(quantileSorted(Float64Array.of(3, 8), 0)).toBe(3);
    expect(quantileSorted(Float64Array.of(3, 8), 1)).toBe(8);
    expect(quantileSorted([7], 0.95)).toBe(7);
  });

  it('throws on an empty sample or p outside [0, 1]', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(/empty/);
    expect(() => quantileSorted([1], 1.5)).toThrow(/outside/);
    expect(() => quantileSorted([1], Number.NaN)).toThrow(/outside/);
  });
});
