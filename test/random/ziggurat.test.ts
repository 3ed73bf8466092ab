import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeStream } from '../../src/random/makeStream';
import { normalCdf } from '../../src/random/normalCdf';
import { UniformBlock } from '../../src/fast/draws/UniformBlock';
import { zigguratFill, zigguratNormalFrom } from '../../src/fast/draws/zigguratBlock';
import { ZIGGURAT, zigguratNormal } from '../../src/random/ziggurat';
import { chiSquare, chiSquareCritical, countingRng } from './helpers';

const N = 2_000_000;
/** N draws of one fixed stream, shared by the statistical checks below (each a 5-standard-error or 1e-4 test). */
const zs = ((): Float64Array => {
  const rng = makeStream('ziggurat', 'moments');
  return Float64Array.from({ length: N }, () => zigguratNormal(rng));
})();

describe('ziggurat tables', () => {
  it('solve r to full precision: Marsaglia and Tsang’s 3.442619855899 to 12 digits, every layer of area v', () => {
    const { r, v, x, f, closure } = ZIGGURAT;
    expect(Math.abs(r - 3.442619855899)).toBeLessThan(1e-11);
    expect(closure).toBeLessThan(1e-12);
    const phi = (t: number): number => Math.exp(-0.5 * t * t);
    // layer 0: the rectangle under f(r) plus the tail beyond r, √(2π)(1 − Φ(r))
    expect(Math.abs(x[0]! * f[1]! - v) / v).toBeLessThan(1e-15);
    expect(Math.abs(r * phi(r) + Math.sqrt(2 * Math.PI) * normalCdf(-r) - v) / v).toBeLessThan(1e-15);
    for (let i = 1; i < 128; i++) {
      expect(f[i]!).toBeCloseTo(phi(x[i]!), 15);
      expect(Math.abs(x[i]! * (f[i + 1]! - f[i]!) - v) / v).toBeLessThan(1e-12);
    }
    expect(x[128]).toBe(0);
    expect(f[128]).toBe(1);
  });
});

describe('zigguratNormal (N = 2,000,000 draws, fixed seed)', () => {
  it('has the normal moments: mean 0, variance 1, skewness 0, kurtosis 3 (5 standard errors)', () => {
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (const z of zs) {
      const z2 = z * z;
      m1 += z;
      m2 += z2;
      m3 += z2 * z;
      m4 += z2 * z2;
    }
    expect(Math.abs(m1 / N)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(m2 / N - 1)).toBeLessThan(5 * Math.sqrt(2 / N));
    expect(Math.abs(m3 / N)).toBeLessThan(5 * Math.sqrt(15 / N));
    expect(Math.abs(m4 / N - 3)).toBeLessThan(5 * Math.sqrt(96 / N));
  });

  it('has the normal tail probabilities beyond ±2, ±3, ±r (where the tail method starts) and ±4 (5 SE)', () => {
    for (const t of [2, 3, ZIGGURAT.r, 4]) {
      const p = normalCdf(-t);
      let above = 0;
      let below = 0;
      for (const z of zs) {
        if (z > t) above++;
        else if (z < -t) below++;
      }
      const se = Math.sqrt((p * (1 - p)) / N);
      expect(Math.abs(above / N - p)).toBeLessThan(5 * se);
      expect(Math.abs(below / N - p)).toBeLessThan(5 * se);
    }
  });

  it('follows Φ in 400 bins of width 0.025 over [−5, 5] (χ² at 1e-4), where a wrong layer or wedge would show', () => {
    const bins = 400;
    const counts = new Array<number>(bins + 2).fill(0);
    const probs: number[] = [normalCdf(-5)];
    for (let k = 0; k < bins; k++) probs.push(normalCdf(-5 + (k + 1) / 40) - normalCdf(-5 + k / 40));
    probs.push(normalCdf(-5));
    for (const z of zs) counts[z < -5 ? 0 : z >= 5 ? bins + 1 : 1 + Math.floor((z + 5) * 40)]!++;
    const { stat, df } = chiSquare(counts, probs, N);
    expect(stat).toBeLessThan(chiSquareCritical(df));
  });

  it('draws 2 uniforms per normal, about 2.03 on average with the rare wedge and tail draws', () => {
    const rng = countingRng(makeStream('ziggurat', 'count'));
    for (let i = 0; i < 100_000; i++) zigguratNormal(rng);
    expect(rng.calls / 100_000).toBeGreaterThan(2);
    expect(rng.calls / 100_000).toBeLessThan(2.1);
  });

  it('zigguratNormalFrom and zigguratFill give the same numbers as zigguratNormal, and leave the stream alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 9 }), (n, seed) => {
        const ref = makeStream('ziggurat-fill', seed);
        const expected = Float64Array.from({ length: n + 1 }, () => zigguratNormal(ref));
        const rng = makeStream('ziggurat-fill', seed);
        const b = new UniformBlock();
        b.start(rng);
        const out = new Float64Array(n + 1);
        b.pos = zigguratFill(b, out, n);
        out[n] = zigguratNormalFrom(b);
        b.finish();
        expect(out).toEqual(expected);
        expect(rng()).toBe(ref());
      }),
      { numRuns: 40 },
    );
  });
});
