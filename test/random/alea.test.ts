import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { alea, aleaFill, aleaSkip, aleaStateOf } from '../../src/random/alea';
import { makeStream } from '../../src/random/makeStream';
import { UniformBlock } from '../../src/fast/draws/UniformBlock';

const draws = (rng: () => number, n: number): number[] => Array.from({ length: n }, () => rng());

describe('alea (port of seedrandom’s Alea)', () => {
  it('draws exactly seedrandom.alea’s numbers for any seed (property, 300 draws each)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (seed) => {
        expect(draws(alea(seed), 300)).toEqual(draws(seedrandom.alea(seed), 300));
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with seedrandom over a million draws, where the rare carry wrap happens (about 1 in 2,000 steps)', () => {
    const a = alea('long run');
    const s = seedrandom.alea('long run');
    let bad = 0;
    for (let i = 0; i < 1_000_000; i++) if (a() !== s()) bad++;
    expect(bad).toBe(0);
  });

  it('aleaFill gives the next n draws (any n, also not a multiple of 3) and leaves the stream after them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 700 }), (before, n) => {
        const a = makeStream('fill', before, n);
        const ref = makeStream('fill', before, n);
        draws(a, before);
        draws(ref, before);
        const out = new Float64Array(n);
        aleaFill(aleaStateOf(a)!, out, n);
        expect(Array.from(out)).toEqual(draws(ref, n));
        expect(draws(a, 5)).toEqual(draws(ref, 5));
      }),
      { numRuns: 100 },
    );
  });

  it('aleaSkip advances by n draws', () => {
    const a = makeStream('skip');
    const ref = makeStream('skip');
    aleaSkip(aleaStateOf(a)!, 1234);
    draws(ref, 1234);
    expect(draws(a, 10)).toEqual(draws(ref, 10));
  });

  it('has no state for other Rngs', () => {
    expect(aleaStateOf(() => 0.5)).toBeUndefined();
    expect(aleaStateOf(seedrandom.alea('x'))).toBeUndefined();
  });
});

describe('UniformBlock', () => {
  it('gives the Rng’s draws in order and leaves an Alea stream just after the last one given (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (n) => {
        const rng = makeStream('block', n);
        const ref = makeStream('block', n);
        const b = new UniformBlock();
        b.start(rng);
        const got = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? b.next() : b.rng()));
        b.finish();
        expect(got).toEqual(draws(ref, n));
        expect(draws(rng, 3)).toEqual(draws(ref, 3));
      }),
      { numRuns: 60 },
    );
  });

  it('reads any other Rng one call per draw, so it too ends just after the last draw given', () => {
    const inner = makeStream('foreign');
    let calls = 0;
    const rng = (): number => {
      calls++;
      return inner();
    };
    const b = new UniformBlock();
    b.start(rng);
    const got = draws(() => b.next(), 10);
    b.finish();
    expect(calls).toBe(10);
    expect(got).toEqual(draws(makeStream('foreign'), 10));
  });

  it('take(n) gives the next n draws, whether within the block or beyond it, for Alea and any other Rng (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 700 })), { maxLength: 6 }), fc.boolean(), (steps, foreign) => {
        const inner = makeStream('take', steps.length);
        const rng = foreign ? (): number => inner() : inner;
        const b = new UniformBlock();
        b.start(rng);
        const got: number[] = [];
        for (const [next, take] of steps) {
          for (let i = 0; i < next; i++) got.push(b.next());
          const out = new Float64Array(take + 1).fill(-1);
          b.take(out, take);
          got.push(...out.subarray(0, take));
          expect(out[take]).toBe(-1); // nothing written beyond n
        }
        b.finish();
        const ref = makeStream('take', steps.length);
        expect(got).toEqual(draws(ref, got.length));
        expect(draws(rng, 3)).toEqual(draws(ref, 3));
      }),
      { numRuns: 80 },
    );
  });

  it('is reusable and refuses to read before start', () => {
    const b = new UniformBlock();
    expect(() => b.next()).toThrow(/before start/);
    b.start(makeStream('one'));
    b.next();
    b.finish();
    b.start(makeStream('two'));
    expect(b.next()).toBe(makeStream('two')());
    b.finish();
  });
});
