import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRunRecord, type RunRecord } from '../../src/record/RunRecord';
import { Accumulator, type AccumulatorData } from '../../src/stats/Accumulator';
import { META, SHAPE, blankRecord, setGroup, setScheme, syntheticRecord } from './fixtures';

/**
 * Four hand-made runs with known answers:
 * scheme 0 (city, pool 1000 fen): requested 150 200 500 400, paid 100 200 300 400 (half on day 10, half on day 20),
 *   refused 50 0 100 0, scaled 0 0 100 0, exhausted on day 40, never, 100, 200;
 * scheme 1 (province, no pool): paid 10 20 30 40 on day 0;
 * tier micro: paid 11 22 33 44 of contracts 110 220 330 440, firms 2 4 0 4, at cap 1 1 0 0;
 * unmet in February refused 50·(r+1) with refused applications 1 0 1 0; March scaled 0 0 100 0 (tier large);
 * firms: (paid 10 of 10, micro), (0 of 5, micro), (5 of 10, large).
 */
function handRecord(r: number): RunRecord {
  const rec = blankRecord();
  const paid0 = [100, 200, 300, 400][r]!;
  setScheme(rec, 0, 'poolFen', 1000);
  setScheme(rec, 0, 'requestedFen', [150, 200, 500, 400][r]!);
  setScheme(rec, 0, 'paidFen', paid0);
  setScheme(rec, 0, 'refusedFen', [50, 0, 100, 0][r]!);
  setScheme(rec, 0, 'scaledFen', [0, 0, 100, 0][r]!);
  setScheme(rec, 0, 'appsRequested', 3);
  setScheme(rec, 0, 'exhaustionDay', [40, -1, 100, 200][r]!);
  rec.dailyPaid[10] = paid0 / 2;
  rec.dailyPaid[20] = paid0 / 2;
  const paid1 = [10, 20, 30, 40][r]!;
  setScheme(rec, 1, 'paidFen', paid1);
  setScheme(rec, 1, 'requestedFen', paid1);
  rec.dailyPaid[SHAPE.days] = paid1;
  rec.byLevel[1] = paid0;
  rec.byLevel[0] = paid1;
  setGroup(rec, 'tier', 0, 'paidFen', [11, 22, 33, 44][r]!);
  setGroup(rec, 'tier', 0, 'contractFen', [110, 220, 330, 440][r]!);
  setGroup(rec, 'tier', 0, 'firms', [2, 4, 0, 4][r]!);
  setGroup(rec, 'tier', 0, 'firmsAtCap', [1, 1, 0, 0][r]!);
  setGroup(rec, 'tier', 3, 'paidFen', [99, 198, 297, 396][r]!);
  rec.monthly[1 * 3] = 50 * (r + 1);
  rec.monthly[1 * 3 + 2] = [1, 0, 1, 0][r]!;
  rec.monthly[2 * 3 + 1] = [0, 0, 100, 0][r]!;
  rec.monthlyTier[(2 * 4 + 3) * 2 + 1] = [0, 0, 100, 0][r]!;
  rec.firmCount = 3;
  rec.firmPaid.set([10, 0, 5]);
  rec.firmRequested.set([10, 5, 10]);
  rec.firmTier.set([0, 0, 3]);
  rec.applications = 7 + r;
  return rec;
}

function handAccumulator(order = [0, 1, 2, 3]): Accumulator {
  const acc = new Accumulator(SHAPE, 4, META);
  for (const r of order) acc.add(r, handRecord(r));
  return acc;
}

const fen = (m: { fen: number }) => m.fen;

describe('Accumulator on hand-made runs', () => {
  const y = handAccumulator([2, 0, 3, 1]).toYearSummary();
  const s0 = y.schemes[0]!;

  it('money: mean and type-7 quantiles over runs, in fen and yuan', () => {
    const paid = s0.money.paid;
    expect([paid.mean, paid.p5, paid.p25, paid.p50, paid.p75, paid.p95].map(fen)).toEqual([250, 115, 175, 250, 325, 385]);
    expect(paid.p5).toEqual({ fen: 115, yuan: '1.15' });
    expect(s0.money.unmet.mean).toEqual({ fen: 63, yuan: '0.63' }); // (50 + 0 + 200 + 0) / 4 = 62.5, half up
  });

  it('exhaustion: probabilities by month end, date quantiles, weeks, "lasts until"', () => {
    const ex = s0.exhaustion!;
    expect(ex.runsExhausted).toBe(3);
    expect(ex.neverRuns).toBe(1);
    expect(ex.probabilityByYearEnd).toBe(0.75);
    // Day 40 = 10 Feb, 100 = 11 Apr, 200 = 20 Jul.
    expect(ex.probabilityByMonthEnd).toEqual([0, 0.25, 0.25, 0.5, 0.5, 0.5, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75]);
    expect(ex.date!.p50).toEqual({ dayOfYear: 100, date: '2025-04-11' });
    expect(['p5', 'p25', 'p75', 'p95'].map((k) => ex.date![k as 'p5'].dayOfYear)).toEqual([46, 70, 150, 190]);
    expect(ex.weekly.filter((w) => w.runs > 0).map((w) => [w.week, w.start, w.runs])).toEqual([
      [5, '2025-02-05', 1],
      [14, '2025-04-09', 1],
      [28, '2025-07-16', 1],
    ]);
    expect(ex.lastsUntil).toEqual([
      { share: 0.5, wholeYear: false, day: { dayOfYear: 200, date: '2025-07-20' } },
      { share: 0.9, wholeYear: false, day: { dayOfYear: 40, date: '2025-02-10' } },
      { share: 0.95, wholeYear: false, day: { dayOfYear: 40, date: '2025-02-10' } },
    ]);
    expect(y.schemes[1]!.exhaustion).toBeNull();
    expect(y.schemes[1]!.pool).toBeNull();
    expect(s0.pool!.p50.fen).toBe(1000);
  });

  it('cumulative bands: zero before the first payment, known quantiles after, total = sum of schemes', () => {
    expect(s0.cumulative[9]!.p95.fen).toBe(0);
    expect(s0.cumulative).toHaveLength(365);
    const mid = s0.cumulative[15]!; // 50 100 150 200 (histogram: within 1/128 of the exact 125)
    expect(Math.abs(mid.p50.fen - 125)).toBeLessThanOrEqual(1);
    const last = s0.cumulative[364]!;
    expect(last.p95.fen).toBeLessThanOrEqual(400);
    // Each value moves at most 1/128 of itself to its bin's midpoint, then rounding adds at most half a fen.
    expect(Math.abs(last.p50.fen - 250)).toBeLessThanOrEqual(250 / 128 + 0.5);
    // Small values (< 64 fen) come back exactly: 10 20 30 40 → 12 18 25 33 39 (R type 7, rounded half up).
    const p = y.schemes[1]!.cumulative[0]!;
    expect([p.p5, p.p25, p.p50, p.p75, p.p95].map(fen)).toEqual([12, 18, 25, 33, 39]);
    expect(y.total.cumulative[0]!.p50.fen).toBe(25);
    for (const row of s0.cumulative) {
      expect(row.p5.fen).toBeLessThanOrEqual(row.p25.fen);
      expect(row.p25.fen).toBeLessThanOrEqual(row.p50.fen);
      expect(row.p50.fen).toBeLessThanOrEqual(row.p75.fen);
      expect(row.p75.fen).toBeLessThanOrEqual(row.p95.fen);
    }
  });

  it('groups: share of the money, subsidy rate, share at cap (pooled and over runs), grant per firm', () => {
    const micro = y.groups.tier[0]!;
    expect(micro.shareOfPaid.pooled).toBe(0.1);
    expect(micro.shareOfPaid.p50).toBe(0.1);
    expect(y.groups.tier[3]!.shareOfPaid.pooled).toBe(0.9);
    expect(micro.subsidyRate.mean).toBe(0.1);
    // at cap: 1/2, 1/4, (no firms), 0/4 → pooled 2/10; over the 3 runs with firms: 0, 0.25, 0.5.
    expect(micro.atCapShare).toEqual({ pooled: 0.2, mean: 0.25, p5: 0.025, p25: 0.125, p50: 0.25, p75: 0.375, p95: 0.475, runs: 3 });
    expect(micro.firms.mean).toBe(2.5);
    // Grant per firm: mean Σpaid/Σfirms = 110/10; quantiles pooled over firms of the tier: 0 0 0 0 10 10 10 10.
    expect(micro.grantPerFirm!.mean.fen).toBe(11);
    expect(micro.grantPerFirm!.p50!.fen).toBe(5);
    expect(micro.grantPerFirm!.p25!.fen).toBe(0);
    expect(micro.grantPerFirm!.p95!.fen).toBe(10);
    expect(y.groups.tier[1]!.grantPerFirm).toBeNull(); // no firm in any run
    expect(y.groups.voucher[2]!.shareOfPaid.pooled).toBe(0);
    expect(y.groups.voucher[2]!.subsidyRate.pooled).toBeNull();
    expect(y.groups.category[0]!.grantPerFirm).toBeNull();
  });

  it('who pays, unmet by month and month × tier, firm totals, applications', () => {
    const city = y.levels.find((l) => l.level === 'city')!;
    expect(city.share.pooled).toBe(0.909091); // 1000 / 1100
    expect(city.paid.mean.fen).toBe(250);
    expect(y.unmetByMonth[1]).toEqual({ month: 2, refused: { fen: 125, yuan: '1.25' }, scaled: { fen: 0, yuan: '0.00' }, appsRefused: 0.5 });
    expect(y.unmetByMonth[2]!.scaled.fen).toBe(25);
    const marLarge = y.unmetByMonthTier.find((r) => r.month === 3 && r.tier === 'large')!;
    expect(marLarge.scaled.fen).toBe(25);
    expect(y.unmetByMonthTier).toHaveLength(48);
    expect(y.total.firms.requested.mean).toBe(3);
    expect([y.total.firms.funded.mean, y.total.firms.partial.mean, y.total.firms.refused.mean]).toEqual([1, 1, 1]);
    expect(y.applications.mean).toBe(8.5);
    expect(y.total.money.paid.mean.fen).toBe(275);
  });
});

describe('Accumulator: firms paid nothing', () => {
  /** `rec` with firms paid nothing counted by tier (as the engine books them) instead of listed. */
  function counted(rec: RunRecord): RunRecord {
    const c = makeRunRecord(SHAPE, 512);
    for (const key of ['scheme', 'dailyPaid', 'byLevel', 'group', 'monthly', 'monthlyTier'] as const) c[key].set(rec[key]);
    c.applications = rec.applications;
    for (let k = 0; k < rec.firmCount; k++) {
      const [paid, req, tier] = [rec.firmPaid[k]!, rec.firmRequested[k]!, rec.firmTier[k]!];
      if (paid > 0) {
        c.firmPaid[c.firmCount] = paid;
        c.firmRequested[c.firmCount] = req;
        c.firmTier[c.firmCount++] = tier;
      } else {
        c.unpaidFirms[tier * 2]! += 1;
        c.unpaidFirms[tier * 2 + 1]! += req > 0 ? 1 : 0;
      }
    }
    return c;
  }

  it('count the same whether the record lists them or counts them by tier', () => {
    const listed = new Accumulator(SHAPE, 4, META);
    const byTier = new Accumulator(SHAPE, 4, META);
    for (let r = 0; r < 4; r++) {
      const rec = handRecord(r);
      // besides the micro firm refused 5 fen, a small firm that requested nothing in runs 1 and 3
      if (r % 2 === 1) {
        rec.firmPaid[rec.firmCount] = 0;
        rec.firmRequested[rec.firmCount] = 0;
        rec.firmTier[rec.firmCount++] = 1;
      }
      const c = counted(rec);
      expect(c.firmCount).toBe(2);
      expect(Array.from(c.unpaidFirms)).toEqual(r % 2 === 1 ? [1, 1, 1, 0, 0, 0, 0, 0] : [1, 1, 0, 0, 0, 0, 0, 0]);
      listed.add(r, rec);
      byTier.add(r, c);
    }
    const y = byTier.toYearSummary();
    expect(JSON.stringify(y)).toBe(JSON.stringify(listed.toYearSummary()));
    expect(plain(byTier)).toEqual(plain(listed));
    expect([y.total.firms.requested.mean, y.total.firms.refused.mean]).toEqual([3, 1]);
  });
});

describe('Accumulator determinism', () => {
  const recs = Array.from({ length: 8 }, (_, r) => syntheticRecord(r, makeRunRecord(SHAPE, 512)));
  const sequential = new Accumulator(SHAPE, 8, META);
  recs.forEach((rec, r) => sequential.add(r, rec));
  const want = JSON.stringify(sequential.toYearSummary());

  it('gives byte-identical summaries and data whatever the split over workers and the order of merges (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
        fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
        (worker, addOrder, mergeOrder) => {
          const workers = [0, 1, 2, 3].map(() => new Accumulator(SHAPE, 8, META));
          for (const r of addOrder) workers[worker[r]!]!.add(r, recs[r]!);
          // Through plain data and structuredClone, as postMessage would carry it.
          const posted = workers.map((w) => structuredClone(w.toJSON()));
          const main = Accumulator.fromJSON(posted[mergeOrder[0]!]!);
          for (const i of mergeOrder.slice(1)) main.merge(posted[i]!);
          expect(JSON.stringify(main.toYearSummary())).toBe(want);
          expect(plain(main)).toEqual(plain(sequential));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is not fooled by a changed record: a different run gives a different summary', () => {
    const other = new Accumulator(SHAPE, 8, META);
    recs.forEach((rec, r) => other.add(r, r === 3 ? syntheticRecord(99) : rec));
    expect(JSON.stringify(other.toYearSummary())).not.toBe(want);
  });

  it('per-run columns come in run-index order', () => {
    const rev = new Accumulator(SHAPE, 8, META);
    for (let r = 7; r >= 0; r--) rev.add(r, recs[r]!);
    expect(Array.from(rev.schemeColumn(0, 'paidFen'))).toEqual(Array.from(sequential.schemeColumn(0, 'paidFen')));
    expect(Array.from(rev.runIndices())).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const paid = recs.map((r) => r.scheme[1]! /* requestedFen of scheme 0 */);
    expect(Array.from(rev.schemeColumn(0, 'requestedFen'))).toEqual(paid);
  });
});

describe('Accumulator with one scheme (the total per day is the scheme\'s)', () => {
  const shape = { ...SHAPE, schemeIds: ['hz.compute'] };
  const meta = { ...META, schemes: META.schemes.slice(0, 1) };
  const record = (r: number): RunRecord => {
    const rec = blankRecord(shape);
    rec.dailyPaid[3 + r] = 1000 * (r + 1);
    rec.dailyPaid[200] = 7 + r;
    return rec;
  };

  it('holds the total per day, and merges worker data as if the runs had been added in one place', () => {
    const one = new Accumulator(shape, 6, meta);
    for (let r = 0; r < 6; r++) one.add(r, record(r));
    const days = shape.days;
    for (const d of [0, 3, 5, 8, 199, 200, 364]) {
      const scheme = one.cumulative[d]!.toData();
      const total = one.cumulative[days + d]!.toData();
      expect({ ...scheme, counts: [...scheme.counts] }).toEqual({ ...total, counts: [...total.counts] });
      expect(total.n).toBe(6);
    }
    expect(one.cumulative[days + 364]!.quantile(0)).toBe(1000 + 7);
    const workers = [new Accumulator(shape, 6, meta), new Accumulator(shape, 6, meta)];
    for (let r = 0; r < 6; r++) workers[r % 2]!.add(r, record(r));
    const main = Accumulator.fromJSON(structuredClone(workers[1]!.toJSON()));
    main.merge(structuredClone(workers[0]!.toJSON()));
    expect(plain(main)).toEqual(plain(one));
    expect(main.cumulative[days + 364]!.total()).toBe(6);
  });
});

describe('Accumulator errors', () => {
  it('refuses a run added twice (directly or through a merge), an index out of range and a foreign shape', () => {
    const a = handAccumulator([0, 1]);
    expect(() => a.add(1, handRecord(1))).toThrow(/twice/);
    const b = handAccumulator([1, 2]);
    expect(() => b.merge(handAccumulator([2]))).toThrow(/twice/);
    expect(() => a.add(4, handRecord(0))).toThrow(/outside/);
    expect(() => a.add(-1, handRecord(0))).toThrow(/outside/);
    const small = { ...SHAPE, schemeIds: ['hz.compute'] };
    expect(() => a.add(2, blankRecord(small))).toThrow(/shape/);
    expect(() => new Accumulator(SHAPE, 0, META)).toThrow(/runs/);
    expect(() => new Accumulator(SHAPE, 4, META).toYearSummary()).toThrow(/no runs/);
  });
});

/** What an accumulator holds, as plain data that does not depend on how its rows are packed or were merged. */
function plain(acc: Accumulator): unknown {
  const { table: _table, ...rest } = acc.toJSON() satisfies AccumulatorData;
  const d = { ...rest, runIndex: acc.runIndices(), rows: acc.rows(0, acc.count) };
  return JSON.parse(JSON.stringify(d, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)));
}
