/**
 * The interval helpers behind the Monte Carlo errors, against published tables and SciPy 1.17
 * (`scipy.stats.binom.ppf`), plus coverage checks by simulation with a seeded stream.
 */
import { describe, expect, it } from 'vitest';
import { binomialQuantile } from '../../src/stats/binomialQuantile';
import { meanInterval } from '../../src/stats/meanInterval';
import { proportionInterval } from '../../src/stats/proportionInterval';
import { quantileEstimate } from '../../src/stats/quantileEstimate';
import { quantileInterval } from '../../src/stats/quantileInterval';
import { ratioOfMeansInterval } from '../../src/analysis/ratioOfMeansInterval';
import { makeStream } from '../../src/random/makeStream';

describe('binomialQuantile', () => {
  it('agrees with scipy.stats.binom.ppf', () => {
    // [n, p, q, binom.ppf(q, n, p)]
    const table: Array<[number, number, number, number]> = [
      [100, 0.5, 0.025, 40], [100, 0.5, 0.975, 60], [1000, 0.05, 0.025, 37], [1000, 0.05, 0.975, 64],
      [2000, 0.95, 0.025, 1880], [20000, 0.3, 0.975, 6127], [7, 0.3, 0.5, 2], [30, 0.1, 0.025, 0],
      [1, 0.5, 0.975, 1], [5000, 0.001, 0.975, 10],
    ];
    for (const [n, p, q, k] of table) expect(binomialQuantile(n, p, q), `${n} ${p} ${q}`).toBe(k);
  });

  it('handles the degenerate laws and refuses bad arguments', () => {
    expect(binomialQuantile(10, 0, 0.9)).toBe(0);
    expect(binomialQuantile(10, 1, 0.1)).toBe(10);
    expect(binomialQuantile(0, 0.5, 0.5)).toBe(0);
    expect(() => binomialQuantile(-1, 0.5, 0.5)).toThrow();
    expect(() => binomialQuantile(10, 1.5, 0.5)).toThrow();
    expect(() => binomialQuantile(10, 0.5, 2)).toThrow();
  });
});

describe('proportionInterval (Wilson)', () => {
  it('reproduces Newcombe (1998), method 3, to 4 decimals', () => {
    const table: Array<[number, number, number, number]> = [
      [81, 263, 0.2553, 0.3662], [15, 148, 0.0624, 0.1605], [0, 20, 0, 0.1611], [1, 29, 0.0061, 0.1718], [29, 29, 0.883, 1],
    ];
    for (const [k, n, lo, hi] of table) {
      const e = proportionInterval(k, n);
      expect(e.lo).toBeCloseTo(lo, 4);
      expect(e.hi).toBeCloseTo(hi, 4);
    }
  });

  it('has the binomial standard error √(p(1 − p)/n)', () => {
    const e = proportionInterval(30, 200);
    expect(e.value).toBe(0.15);
    expect(e.se).toBeCloseTo(Math.sqrt((0.15 * 0.85) / 200), 15);
  });

  it('refuses counts outside 0 … n', () => {
    expect(() => proportionInterval(5, 4)).toThrow();
    expect(() => proportionInterval(0, 0)).toThrow();
  });
});

describe('quantileInterval (order statistics)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('gives X(40) and X(61) for the median of 100 values (Conover 1999, §3.2)', () => {
    expect(quantileInterval(hundred, 0.5)).toEqual({ lo: 40, hi: 61 });
  });

  it('leaves an end open when the sample is too small to bound it', () => {
    expect(quantileInterval([1, 2, 3, 4, 5], 0.5)).toEqual({ lo: null, hi: null }); // P(B ≤ 0) = 1/32 > 2.5%
    expect(quantileInterval(Array.from({ length: 30 }, (_, i) => i), 0.05).lo).toBeNull();
  });

  it('covers the true median of an exponential law in about 95% of seeded samples (at least 95% by construction)', () => {
    const rng = makeStream('coverage', 1);
    const median = Math.LN2;
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      const x = Array.from({ length: 50 }, () => -Math.log(1 - rng())).sort((a, b) => a - b);
      const { lo, hi } = quantileInterval(x, 0.5);
      if (lo !== null && hi !== null && lo <= median && median <= hi) covered++;
    }
    // Exact coverage for m = 50 is P(18 ≤ B ≤ 32) = 0.9672; 4 binomial standard errors of 2000 trials ≈ 0.016.
    expect(Math.abs(covered / trials - 0.9672)).toBeLessThan(0.016);
  });

  it('does not modify its input', () => {
    const x = Object.freeze([3, 1, 2].sort((a, b) => a - b));
    expect(() => quantileInterval(x, 0.5)).not.toThrow();
  });
});

describe('quantileEstimate, meanInterval, ratioOfMeansInterval', () => {
  it('reports the type-7 quantile with the order-statistic interval and se = (hi − lo)/(2·1.96)', () => {
    const e = quantileEstimate(Array.from({ length: 100 }, (_, i) => i + 1), 0.5);
    expect(e.value).toBe(50.5);
    expect(e.lo).toBe(40);
    expect(e.hi).toBe(61);
    expect(e.se).toBeCloseTo(21 / (2 * 1.959963984540054), 12);
  });

  it('mean: s/√n and the normal interval (NumPy: std(ddof=1)/2 = 0.6454972)', () => {
    const e = meanInterval(Float64Array.of(1, 2, 3, 4));
    expect(e.value).toBe(2.5);
    expect(e.se).toBeCloseTo(0.6454972243679028, 14);
    expect(meanInterval([7]).se).toBeNull();
  });

  it('ratio of means: Σa/Σb with the delta-method standard error', () => {
    const e = ratioOfMeansInterval(Float64Array.of(1, 2, 3), Float64Array.of(10, 10, 10))!;
    expect(e.value).toBeCloseTo(0.2, 15);
    // residuals −1, 0, 1: √(2 / (3·2)) / 10
    expect(e.se).toBeCloseTo(Math.sqrt(2 / 6) / 10, 15);
    expect(ratioOfMeansInterval([1], [0])).toBeNull();
  });
});
