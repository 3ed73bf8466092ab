import { describe, expect, it } from 'vitest';
import { MAX_FEN } from '../../src/money/fen';
import { makeAmountSampler, planLognormalAmount } from '../../src/population/amountSampler';
import { makeStream } from '../../src/random/makeStream';
import { normalLowerTail } from '../../src/random/normalCdf';

describe('lognormal amounts (ziggurat with rejection, or inversion for narrow bounds)', () => {
  const mu = Math.log(300_000); // ln yuan: median 30万
  const sigma = 1.08;
  // [min, max] in fen, and whether the bounds keep at least half the probability (rejection)
  const cases: [string, number, number, boolean][] = [
    ['no truncation (MAX_FEN only)', 0, MAX_FEN, true],
    ['wide [1万, 2000万]', 1_000_000, 2_000_000_000, true],
    ['narrow [25万, 35万]', 25_000_000, 35_000_000, false],
    ['upper tail [500万, 1亿] (mirrored inversion)', 500_000_000, 10_000_000_000, false],
    ['lower part [1000, 10万]', 100_000, 10_000_000, false],
  ];

  it.each(cases)('%s: the truncated law (Kolmogorov–Smirnov at 1e-4, D < 2.23/√n), whole yuan within the bounds', (_name, minFen, maxFen, byRejection) => {
    expect(planLognormalAmount(mu, sigma, minFen, maxFen).byRejection).toBe(byRejection);
    const draw = makeAmountSampler({ law: 'lognormal', mu, sigma, truncate: { minFen, maxFen } });
    const rng = makeStream('lognormal-amount', minFen);
    const n = 50_000;
    const xs = Float64Array.from({ length: n }, () => draw(rng)).sort();
    // F of the law of yuan before rounding; rounding to a whole yuan moves F by at most the density × ½ yuan,
    // below 1e-5 at these amounts, far inside the tolerance (about 0.01).
    const F = (yuan: number): number => normalLowerTail((Math.log(yuan) - mu) / sigma);
    const lo = minFen > 0 ? F(minFen / 100) : 0;
    const width = F(maxFen / 100) - lo;
    let d = 0;
    let bad = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      if (x % 100 !== 0 || x < Math.max(100, minFen) || x > maxFen) bad++;
      const f = (F(x / 100) - lo) / width;
      d = Math.max(d, Math.abs(f - i / n), Math.abs(f - (i + 1) / n));
    }
    expect(bad).toBe(0);
    expect(d).toBeLessThan(2.23 / Math.sqrt(n));
  });

  it('uses about 2 draws per amount when the bounds keep most of the probability', () => {
    let calls = 0;
    const inner = makeStream('lognormal-draws');
    const rng = (): number => {
      calls++;
      return inner();
    };
    const draw = makeAmountSampler({ law: 'lognormal', mu, sigma, truncate: { minFen: 1_000_000, maxFen: 2_000_000_000 } });
    for (let i = 0; i < 10_000; i++) draw(rng);
    expect(calls / 10_000).toBeGreaterThan(2);
    expect(calls / 10_000).toBeLessThan(2.1);
  });
});
