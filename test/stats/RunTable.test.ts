import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packBlock, RunTable } from '../../src/stats/RunTable';

/** A value of the kinds the engine writes: -1 flags, counts, fen up to 2^53, and (never written) fractions. */
const value = fc.oneof(
  fc.constant(-1), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 70_000 }),
  fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(2 ** 53 - 1, 2 ** 48, 2 ** 32, 2 ** 32 - 1, 0.5, -0.25, 1e300),
);

describe('RunTable', () => {
  it('gives back every value exactly, in run-index order, however rows were added, packed and merged (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 3 }),
      fc.infiniteStream(value), fc.infiniteStream(fc.nat()),
      (L, runs, blockRows, parts, values, picks) => {
        const rowOf = Array.from({ length: runs }, () => Array.from({ length: L }, () => values.next().value as number));
        // a random order of runs, split between `parts` tables that are merged at the end
        const order = Array.from({ length: runs }, (_, i) => i);
        for (let i = runs - 1; i > 0; i--) {
          const j = (picks.next().value as number) % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const tables = Array.from({ length: parts }, () => new RunTable(L, runs, blockRows));
        order.forEach((run, k) => {
          const t = tables[k % parts]!;
          const { buffer, at } = t.append(run);
          buffer.set(rowOf[run]!, at);
        });
        const [main, ...rest] = tables;
        for (const t of rest) main!.adopt(structuredClone(t.toData()));
        expect(main!.count).toBe(runs);
        expect(Array.from(main!.runIndices())).toEqual(order.slice().sort((a, b) => a - b));
        for (let c = 0; c < L; c++) expect(Array.from(main!.column(c))).toEqual(rowOf.map((r) => r[c]));
        expect(Array.from(main!.rows(0, runs))).toEqual(rowOf.flat());
        const mid = Math.floor(runs / 2);
        expect(Array.from(main!.rows(mid, runs))).toEqual(rowOf.slice(mid).flat());
      },
    ), { numRuns: 200 });
  });

  it('packs each column in the fewest bytes that hold its spread', () => {
    const rows = new Float64Array([
      // const, u8 (-1..200), u16, u32, 48-bit, float
      7, -1, 0, 25_000_000_000, 0, 0.5,
      7, 200, 60_000, 25_000_000_000 + 4_000_000_000, 2 ** 47, 1,
    ]);
    const b = packBlock(rows, new Uint32Array([0, 1]), 2, 6);
    expect(Array.from(b.widths)).toEqual([0, 1, 2, 4, 6, 8]);
    expect(Array.from(b.bases)).toEqual([7, -1, 0, 25_000_000_000, 0, 0]);
  });

  it('uses a few hundred bytes a row where Float64 rows used 8 a number', () => {
    const L = 143;
    const runs = 20_000;
    const t = new RunTable(L, runs);
    for (let r = 0; r < runs; r++) {
      const { buffer, at } = t.append(r);
      for (let c = 0; c < L; c++) buffer[at + c] = c < 40 ? 0 : c < 100 ? (r * 7919 + c) % 300 : 24_000_000_000 + ((r * 104_729 + c) % 3_000_000_000);
    }
    t.toData();
    // per run: 40 constant columns (0 bytes), 60 spreads below 2^16 (2 bytes), 43 below 2^32 (4 bytes), its index (4);
    // fixed: the column headers of 5 blocks (8 + 1 + 4 bytes each) and the pending block of 4,096 Float64 rows
    const perRun = 60 * 2 + 43 * 4 + 4;
    expect(perRun).toBe(296);
    expect(t.byteSize()).toBe(runs * perRun + 5 * L * 13 + 4096 * (L * 8 + 4));
    expect(runs * perRun).toBeLessThan((L * 8 * runs) / 3.8);
  });

  it('refuses a run added twice, directly or through a merge, and more rows than runs', () => {
    const a = new RunTable(1, 3, 2);
    a.append(0);
    expect(() => a.append(0)).toThrow(/twice/);
    const b = new RunTable(1, 3, 2);
    b.append(0);
    a.adopt(b.toData());
    expect(() => a.runIndices()).toThrow(/run 0 was added twice/);
    const c = new RunTable(1, 1);
    c.append(0);
    expect(() => c.append(1)).toThrow(/more rows than the 1 runs/);
  });
});
