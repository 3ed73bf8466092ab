/**
 * Chunks of runs for workers: they cover [0, runs) exactly, in order, largest first, and end in single runs so
 * that workers finish together.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planChunks } from '../../src/engine/planChunks';

describe('planChunks', () => {
  it('covers every run once, in contiguous chunks that never grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 1, max: 64 }), (runs, workers) => {
        const chunks = planChunks(runs, workers);
        let at = 0;
        let last = Infinity;
        for (const [from, to] of chunks) {
          expect(from).toBe(at);
          expect(to).toBeGreaterThan(from);
          expect(to - from).toBeLessThanOrEqual(last);
          last = to - from;
          at = to;
        }
        expect(at).toBe(runs);
      }),
    );
  });

  it('gives each chunk at most a quarter of an even share of the runs left, ending with single runs', () => {
    const chunks = planChunks(2000, 2);
    expect(chunks[0]).toEqual([0, 250]);
    expect(chunks.at(-1)).toEqual([1999, 2000]);
    for (const [from, to] of chunks) expect(to - from).toBeLessThanOrEqual(Math.ceil((2000 - from) / 8));
    // far fewer chunks than runs: a message per chunk costs little
    expect(chunks.length).toBeLessThan(80);
  });

  it('gives one chunk of one run when there is one run', () => {
    expect(planChunks(1, 8)).toEqual([[0, 1]]);
    expect(planChunks(0, 2)).toEqual([]);
  });
});
