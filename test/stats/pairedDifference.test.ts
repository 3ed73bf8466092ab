import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../src/stats/pairedDifference';

describe('pairedDifference', () => {
  it('d = (2, 3, 4): mean 3, sd 1, 95% interval 3 ± 1.959964/√3', () => {
    const r = pairedDifference(Float64Array.of(3, 5, 7), Float64Array.of(1, 2, 3));
    expect(r.n).toBe(3);
    expect(r.mean).toBe(3);
    expect(r.sd).toBeCloseTo(1, 12);
    expect(r.lo).toBeCloseTo(3 - 1.1315857, 6);
    expect(r.hi).toBeCloseTo(3 + 1.1315857, 6);
  });

  it('a constant difference has a zero-width interval; one pair has none', () => {
    const r = pairedDifference(Float64Array.of(10, 20, 30), Float64Array.of(5, 15, 25));
    expect([r.mean, r.sd, r.lo, r.hi]).toEqual([5, 0, 5, 5]);
    expect(pairedDifference(Float64Array.of(4), Float64Array.of(1))).toEqual({ n: 1, mean: 3, sd: null, lo: null, hi: null });
  });

  it('throws on unequal lengths or no pairs', () => {
    expect(() => pairedDifference(Float64Array.of(1), Float64Array.of(1, 2))).toThrow(/lengths/);
    expect(() => pairedDifference(new Float64Array(0), new Float64Array(0))).toThrow(/no runs/);
  });
});
