import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBeta } from '../../src/random/beta';
import { makeBetaBasisPoints } from '../../src/random/betaBasisPoints';
import { makeCategorical, makeEmpirical } from '../../src/random/categorical';
import { makeExponential } from '../../src/random/exponential';
import { gammaVariate, makeGamma } from '../../src/random/gamma';
import { makeLognormal } from '../../src/random/lognormal';
import { makeStream } from '../../src/random/makeStream';
import { makeNegativeBinomial } from '../../src/random/negativeBinomial';
import { makePoisson, poissonVariate } from '../../src/random/poisson';
import type { Rng } from '../../src/random/Rng';
import { makeNormal, standardNormal } from '../../src/random/standardNormal';
import { makeTriangular } from '../../src/random/triangular';
import { makeUniform } from '../../src/random/uniform';
import { countingRng } from './helpers';

const samplers: [string, (rng: Rng) => number][] = [
  ['uniform', makeUniform(1, 2)],
  ['standardNormal', standardNormal],
  ['normal', makeNormal(3, 2)],
  ['exponential', makeExponential(1.5)],
  ['gammaVariate', (rng) => gammaVariate(rng, 0.7)],
  ['gamma', makeGamma(3, 2)],
  ['beta', makeBeta(2, 3)],
  ['betaBasisPoints', makeBetaBasisPoints(2, 3)],
  ['poisson small', makePoisson(3)],
  ['poisson large', makePoisson(50)],
  ['poissonVariate', (rng) => poissonVariate(rng, 12.5)],
  ['negativeBinomial', makeNegativeBinomial(5, 2)],
  ['categorical', makeCategorical([1, 2, 3])],
  ['empirical', makeEmpirical([5, 6], [1, 1])],
  ['lognormal', makeLognormal(10, 1)],
  ['lognormal truncated', makeLognormal(10, 1, { min: 1000, max: 50_000 })],
  ['triangular', makeTriangular(0, 1, 3, { min: 0.5 })],
];

describe('samplers draw only from the rng they are given', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(samplers)('%s', (_name, sample) => {
    const spy = vi.spyOn(Math, 'random');
    const a = countingRng(makeStream('rng-only', _name));
    const b = countingRng(makeStream('rng-only', _name));
    const xs = Array.from({ length: 200 }, () => sample(a));
    const ys = Array.from({ length: 200 }, () => sample(b));
    expect(a.calls).toBeGreaterThanOrEqual(200);
    expect(b.calls).toBe(a.calls);
    expect(ys).toEqual(xs);
    expect(spy).not.toHaveBeenCalled();
  });
});
