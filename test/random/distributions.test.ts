import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../src/random/aliasTable';
import { betaFromMeanSd, makeBeta } from '../../src/random/beta';
import { betaBasisPointTable, makeBetaBasisPoints } from '../../src/random/betaBasisPoints';
import { makeCategorical, makeEmpirical } from '../../src/random/categorical';
import { makeExponential } from '../../src/random/exponential';
import { gammaVariate, makeGamma } from '../../src/random/gamma';
import { logGamma } from '../../src/random/logGamma';
import { lognormalFromMedianP90, makeLognormal } from '../../src/random/lognormal';
import { makeStream } from '../../src/random/makeStream';
import { makeNegativeBinomial } from '../../src/random/negativeBinomial';
import { normalLowerTail } from '../../src/random/normalCdf';
import { makePoisson, poissonVariate } from '../../src/random/poisson';
import { regularizedBeta } from '../../src/random/regularizedBeta';
import { makeTriangular } from '../../src/random/triangular';
import { makeUniform } from '../../src/random/uniform';
import { chiSquare, chiSquareCritical, moments } from './helpers';

const N = 200_000;

/**
 * Mean and variance within k standard errors: SE(mean) = σ/√n, SE(variance) ≈ σ²·√((κ − 1)/n) with κ the
 * kurtosis (3 for a normal; the callers pass the law's kurtosis). Seeds are fixed: a pass is reproducible, and a
 * failure means the law is wrong, not bad luck (k = 5: a correct sampler fails with probability < 1e-6).
 */
function expectMoments(draw: () => number, mean: number, variance: number, kurtosis: number, n = N, k = 5): void {
  const m = moments(n, draw);
  expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual(k * Math.sqrt(variance / n));
  expect(Math.abs(m.variance - variance)).toBeLessThanOrEqual(k * variance * Math.sqrt((kurtosis - 1) / n));
}

describe('logGamma and regularizedBeta (known values)', () => {
  it('matches ln Γ at published points to 1e-14', () => {
    // ln(10!) = ln 3628800; ln Γ(½) = ln √π; ln Γ(100) = ln(99!) (Abramowitz & Stegun, table 6.1 / exact)
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 11);
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(() => logGamma(0)).toThrow(RangeError);
  });

  it('matches I_x(a, b) for closed forms', () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_0.3(2, 3) = P(Bin(4, 0.3) ≥ 2) = 0.3483
    expect(regularizedBeta(0.37, 1, 1)).toBeCloseTo(0.37, 14);
    expect(regularizedBeta(0.6, 3.5, 1)).toBeCloseTo(0.6 ** 3.5, 14);
    expect(regularizedBeta(0.3, 2, 3)).toBeCloseTo(0.3483, 14);
    expect(regularizedBeta(0.5, 2, 2)).toBeCloseTo(0.5, 14);
    expect(regularizedBeta(0, 2, 2)).toBe(0);
    expect(regularizedBeta(1, 2, 2)).toBe(1);
  });
});

describe('gamma (Marsaglia–Tsang)', () => {
  // Gamma(k, θ): mean kθ, variance kθ², kurtosis 3 + 6/k.
  it.each([0.3, 1, 2.5, 30])('shape %s has mean k and variance k', (k) => {
    const rng = makeStream('gamma', k);
    expectMoments(() => gammaVariate(rng, k), k, k, 3 + 6 / k);
  });

  it('makeGamma scales by θ and validates', () => {
    const g = makeGamma(2.5, 4);
    const rng = makeStream('gamma-scale');
    expectMoments(() => g(rng), 10, 40, 3 + 6 / 2.5);
    expect(() => makeGamma(0)).toThrow(RangeError);
    expect(() => makeGamma(1, -1)).toThrow(RangeError);
  });
});

describe('beta', () => {
  // Beta(a, b): mean a/(a+b), variance ab/((a+b)²(a+b+1)); the kurtosis passed is a safe upper bound for these.
  it.each([
    [2, 5],
    [0.5, 0.5],
    [85, 15],
  ])('Beta(%s, %s) by two gammas has the analytic mean and variance', (a, b) => {
    const rng = makeStream('beta', a, b);
    const draw = makeBeta(a, b);
    const mean = a / (a + b);
    const variance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expectMoments(() => draw(rng), mean, variance, 4);
  });

  it('betaFromMeanSd inverts the moments and rejects impossible ones', () => {
    const { alpha, beta } = betaFromMeanSd(0.85, 0.1);
    expect(alpha / (alpha + beta)).toBeCloseTo(0.85, 14);
    expect(Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)))).toBeCloseTo(0.1, 14);
    expect(() => betaFromMeanSd(0.5, 0.5)).toThrow(RangeError);
    expect(() => betaFromMeanSd(1, 0.1)).toThrow(RangeError);
  });

  it('the basis-point table is the law of round(10,000·X) exactly (closed forms)', () => {
    // Beta(1, 1): each inner bp has probability 1e-4, the two ends 0.5e-4. Beta(2, 1): F(x) = x².
    const probs = (a: number, b: number): Float64Array => {
      const { n, prob, alias } = betaBasisPointTable(a, b);
      const p = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        p[i] = p[i]! + prob[i]! / n;
        p[alias[i]!] = p[alias[i]!]! + (1 - prob[i]!) / n;
      }
      return p;
    };
    const u = probs(1, 1);
    expect(u[0]).toBeCloseTo(0.5e-4, 15);
    expect(u[5000]).toBeCloseTo(1e-4, 15);
    expect(u[10_000]).toBeCloseTo(0.5e-4, 15);
    const t = probs(2, 1);
    for (const k of [1, 777, 9999]) expect(t[k]).toBeCloseTo(((k + 0.5) / 1e4) ** 2 - ((k - 0.5) / 1e4) ** 2, 14);
    expect(t.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('draws whole basis points with the beta mean (and agrees with rounded two-gamma draws)', () => {
    const rng = makeStream('beta-bp');
    const bp = makeBetaBasisPoints(9.9875, 1.7625); // mean 85%, sd 10%
    let allWhole = true;
    const m = moments(N, () => {
      const x = bp(rng);
      if (!Number.isInteger(x) || x < 0 || x > 10_000) allWhole = false;
      return x;
    });
    expect(allWhole).toBe(true);
    // SE of the mean: 1000 bp/√N ≈ 2.2 bp; tolerance 5 SE. Rounding adds variance 1/12 bp², negligible here.
    expect(Math.abs(m.mean - 8500)).toBeLessThan(5 * 1000 / Math.sqrt(N));
    expect(Math.abs(Math.sqrt(m.variance) - 1000)).toBeLessThan(15);
    // χ² of 100-bp bins against rounded draws of makeBeta (both are the same law): two-sample homogeneity.
    const g = makeBeta(9.9875, 1.7625);
    const rng2 = makeStream('beta-bp', 2);
    const a = new Array<number>(101).fill(0);
    const b = new Array<number>(101).fill(0);
    for (let i = 0; i < N; i++) {
      a[Math.floor(bp(rng) / 100)]! += 1;
      b[Math.floor(Math.round(g(rng2) * 10_000) / 100)]! += 1;
    }
    let stat = 0;
    let df = -1;
    for (let i = 0; i <= 100; i++) {
      if (a[i]! + b[i]! < 10) continue;
      stat += (a[i]! - b[i]!) ** 2 / (a[i]! + b[i]!);
      df++;
    }
    expect(stat).toBeLessThan(chiSquareCritical(df));
  });
});

describe('Poisson (inversion below 10, PTRS from 10)', () => {
  const pmf = (mean: number, kmax: number): number[] => {
    const p = [Math.exp(-mean)];
    for (let k = 1; k <= kmax; k++) p.push(Math.exp(-mean + k * Math.log(mean) - logGamma(k + 1)));
    return p;
  };

  // Poisson(λ): mean λ, variance λ, kurtosis 3 + 1/λ; and a χ² test of the whole pmf (critical value at 1e-4), which
  // a normal approximation or a wrong PTRS constant fails.
  it.each([0.5, 3.2, 9.99, 10, 25, 300])('mean %s: moments and the pmf', (mean) => {
    const rng = makeStream('poisson', mean);
    const draw = makePoisson(mean);
    const counts: number[] = [];
    const m = moments(N, () => {
      const k = draw(rng);
      counts[k] = (counts[k] ?? 0) + 1;
      return k;
    });
    expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual(5 * Math.sqrt(mean / N));
    expect(Math.abs(m.variance - mean)).toBeLessThanOrEqual(5 * mean * Math.sqrt((2 + 1 / mean) / N));
    const kmax = Math.ceil(mean + 12 * Math.sqrt(mean) + 12);
    const { stat, df } = chiSquare(counts, pmf(mean, kmax), N);
    expect(stat).toBeLessThan(chiSquareCritical(df));
  });

  it('poissonVariate agrees in law with makePoisson, gives 0 for mean 0, and a huge mean works', () => {
    const rng = makeStream('poisson-variate');
    expectMoments(() => poissonVariate(rng, 4.5), 4.5, 4.5, 3 + 1 / 4.5);
    expectMoments(() => poissonVariate(rng, 1e6), 1e6, 1e6, 3, 50_000);
    expect(makePoisson(0)(rng)).toBe(0);
    expect(poissonVariate(rng, 0)).toBe(0);
    expect(() => makePoisson(-1)).toThrow(RangeError);
  });
});

describe('negative binomial (gamma–Poisson)', () => {
  // NB(μ, r): variance μ + μ²/r, P(0) = (r/(r + μ))^r. Kurtosis bound 3 + 6/r + 1/μ-ish; 12 is safe here.
  it.each([
    [4, 2],
    [1.5, 0.5],
    [50, 10],
  ])('mean %s, dispersion %s', (mean, r) => {
    const rng = makeStream('nb', mean, r);
    const draw = makeNegativeBinomial(mean, r);
    let zeros = 0;
    expectMoments(
      () => {
        const k = draw(rng);
        if (k === 0) zeros++;
        return k;
      },
      mean,
      mean + (mean * mean) / r,
      12,
    );
    const p0 = (r / (r + mean)) ** r;
    expect(Math.abs(zeros / N - p0)).toBeLessThanOrEqual(5 * Math.sqrt((p0 * (1 - p0)) / N));
  });
});

describe('continuous laws', () => {
  it('uniform and exponential have their means and variances', () => {
    const rng = makeStream('continuous');
    const u = makeUniform(10, 20);
    expectMoments(() => u(rng), 15, 100 / 12, 1.8);
    const e = makeExponential(2);
    expectMoments(() => e(rng), 0.5, 0.25, 9);
    expect(() => makeUniform(2, 1)).toThrow(RangeError);
    expect(() => makeExponential(0)).toThrow(RangeError);
  });

  it('lognormal from {median, p90} recovers its median and 90th percentile', () => {
    const { mu, sigma } = lognormalFromMedianP90(300_000, 1_200_000);
    expect(Math.exp(mu)).toBeCloseTo(300_000, 6);
    const draw = makeLognormal(mu, sigma);
    const rng = makeStream('lognormal');
    const xs = Float64Array.from({ length: N }, () => draw(rng)).sort();
    // The share of draws below the median and below p90 (binomial SE √(p(1−p)/N) ≈ 0.0011 and 0.0007): 5 SE.
    const below = (x: number): number => {
      let lo = 0;
      let hi = xs.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (xs[m]! < x) lo = m + 1;
        else hi = m;
      }
      return lo / xs.length;
    };
    expect(Math.abs(below(300_000) - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / N));
    expect(Math.abs(below(1_200_000) - 0.9)).toBeLessThan(5 * Math.sqrt(0.09 / N));
    expect(() => lognormalFromMedianP90(100, 100)).toThrow(RangeError);
    expect(() => makeLognormal(0, -1)).toThrow(RangeError);
  });

  it('truncated lognormal follows the truncated law (Kolmogorov–Smirnov at 1e-4: D < 2.23/√n)', () => {
    const mu = Math.log(300_000);
    const sigma = 1;
    for (const [min, max] of [[100_000, 500_000], [2_000_000, 3_000_000], [0, 50_000], [10_000_000, 1e12]] as const) {
      const draw = makeLognormal(mu, sigma, { min, max });
      const rng = makeStream('lognormal-trunc', min);
      const n = 50_000;
      const xs = Float64Array.from({ length: n }, () => draw(rng)).sort();
      const F = (x: number): number => normalLowerTail((Math.log(x) - mu) / sigma);
      const lo = min > 0 ? F(min) : 0;
      const width = F(max) - lo;
      let d = 0;
      for (let i = 0; i < n; i++) {
        const f = (F(xs[i]!) - lo) / width;
        d = Math.max(d, Math.abs(f - i / n), Math.abs(f - (i + 1) / n));
      }
      expect(xs[0]!).toBeGreaterThanOrEqual(min);
      expect(xs[n - 1]!).toBeLessThanOrEqual(max);
      expect(d).toBeLessThan(2.23 / Math.sqrt(n));
    }
  });

  it('triangular has mean (a + b + c)/3 and variance (a² + b² + c² − ab − ac − bc)/18', () => {
    const rng = makeStream('triangular');
    const [a, c, b] = [50_000, 200_000, 1_000_000];
    const draw = makeTriangular(a, c, b);
    expectMoments(() => draw(rng), (a + b + c) / 3, (a * a + b * b + c * c - a * b - a * c - b * c) / 18, 2.4);
    expect(() => makeTriangular(1, 3, 2)).toThrow(RangeError);
    expect(() => makeTriangular(1, 1, 1)).toThrow(RangeError);
  });

  it('truncation is always respected (property: any law parameters and bounds with probability)', () => {
    const rng = makeStream('truncation-property');
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        (mu, sigma, za, span) => {
          const min = Math.exp(mu + za * sigma);
          const max = Math.exp(mu + (za + span) * sigma);
          const ln = makeLognormal(mu, sigma, { min, max });
          const tri = makeTriangular(min / 2, min, max * 2, { min, max });
          for (let i = 0; i < 200; i++) {
            const x = ln(rng);
            const y = tri(rng);
            if (!(x >= min && x <= max && y >= min && y <= max)) return false;
          }
          return true;
        },
      ),
    );
  });
});

describe('alias tables and categorical draws', () => {
  it('encode exactly the normalised weights (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }), (w) => {
        fc.pre(w.some((x) => x > 0));
        const weights = Object.freeze([...w]);
        const { n, prob, alias } = buildAliasTable(weights);
        const p = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          p[i] = p[i]! + prob[i]! / n;
          p[alias[i]!] = p[alias[i]!]! + (1 - prob[i]!) / n;
        }
        const total = weights.reduce((s, x) => s + x, 0);
        weights.forEach((x, i) => {
          expect(Math.abs(p[i]! - x / total)).toBeLessThan(1e-12);
          if (x === 0) expect(p[i]).toBe(0);
        });
      }),
    );
  });

  it('draws indices with their probabilities and never a zero weight', () => {
    const w = [5, 0, 3, 2, 0, 10];
    const draw = makeCategorical(w);
    const rng = makeStream('categorical');
    const counts = new Array<number>(w.length).fill(0);
    for (let i = 0; i < N; i++) counts[draw(rng)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[4]).toBe(0);
    const { stat, df } = chiSquare([counts[0]!, counts[2]!, counts[3]!, counts[5]!], [0.25, 0.15, 0.1, 0.5], N);
    expect(stat).toBeLessThan(chiSquareCritical(Math.max(df, 3)));
  });

  it('empirical draws only the given values, in proportion to the weights', () => {
    const draw = makeEmpirical([10, 20, 30], [1, 0, 3]);
    const rng = makeStream('empirical');
    let tens = 0;
    for (let i = 0; i < N; i++) {
      const x = draw(rng);
      expect(x === 10 || x === 30).toBe(true);
      if (x === 10) tens++;
    }
    expect(Math.abs(tens / N - 0.25)).toBeLessThan(5 * Math.sqrt(0.1875 / N));
    expect(() => makeEmpirical([], [])).toThrow(RangeError);
    expect(() => makeEmpirical([1, 2], [1])).toThrow(RangeError);
    expect(() => makeCategorical([0, 0])).toThrow(RangeError);
    expect(() => makeCategorical([1, -1])).toThrow(RangeError);
  });
});
