import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { summarize } from '../../src/stats/summarize';
import { summaryJsonSchema, summarySchema } from '../../src/stats/Summary';
import { makeRunRecord } from '../../src/record/RunRecord';
import { Accumulator } from '../../src/stats/Accumulator';
import { META, SHAPE, fixtureScenario, syntheticAccumulator, syntheticRecord } from './fixtures';

describe('summarize (synthetic runs)', () => {
  const runs = 40;
  const acc = syntheticAccumulator(runs);
  const summary = summarize(fixtureScenario(runs), [acc]);
  const y = summary.years[0]!;

  it('writes the header: version, scenario, seed, runs, options, allocation', () => {
    expect(summary.schemaVersion).toBe(1);
    expect(summary.quansim).toBe(pkg.version);
    expect(summary.scenario.id).toBe('stats-fixture');
    expect(summary.seed).toBe('fixture');
    expect(summary.runs).toBe(runs);
    expect(summary.options).toEqual([{ key: 'zhejiang-2025.compute-cap-scope', value: 'literal', isDefault: true }]);
    expect(summary.allocation.mechanism).toBe('fcfs-partial');
    expect(summary.methods.quantile).toMatch(/type 7/);
  });

  it('conforms to its own zod definition and JSON Schema', () => {
    expect(() => summarySchema.parse(summary)).not.toThrow();
    const schema = summaryJsonSchema();
    expect(schema.$schema).toMatch(/2020-12/);
    expect(JSON.stringify(schema)).toContain('Amount in fen');
  });

  it('holds the invariants of the records: shares add to 1, unmet = refused + scaled, money in yuan = fen / 100', () => {
    for (const dim of ['tier', 'voucher', 'district'] as const) {
      const total = y.groups[dim].reduce((t, g) => t + (g.shareOfPaid.pooled ?? 0), 0);
      expect(total).toBeCloseTo(1, 4);
    }
    const levels = y.levels.reduce((t, l) => t + (l.share.pooled ?? 0), 0);
    expect(levels).toBeCloseTo(1, 4);
    const m = y.total.money;
    expect(Math.abs(m.unmet.mean.fen - m.refused.mean.fen - m.scaled.mean.fen)).toBeLessThanOrEqual(1);
    expect(Math.abs(m.requested.mean.fen - m.paid.mean.fen - m.unmet.mean.fen)).toBeLessThanOrEqual(1);
    for (const s of y.schemes) expect(s.money.paid.p50.yuan).toBe((s.money.paid.p50.fen / 100).toFixed(2));
  });

  it('exhaustion figures agree with each other', () => {
    const ex = y.schemes[0]!.exhaustion!;
    expect(ex.runsExhausted + ex.neverRuns).toBe(runs);
    expect(ex.weekly.reduce((t, w) => t + w.runs, 0)).toBe(ex.runsExhausted);
    expect(ex.probabilityByMonthEnd[11]).toBe(ex.probabilityByYearEnd);
    for (let m = 1; m < 12; m++) expect(ex.probabilityByMonthEnd[m]!).toBeGreaterThanOrEqual(ex.probabilityByMonthEnd[m - 1]!);
    // The pool caps the band: no quantile of the cumulative payment rises above it.
    const pool = y.schemes[0]!.pool!.p50.fen;
    expect(Math.max(...y.schemes[0]!.cumulative.map((r) => r.p95.fen))).toBeLessThanOrEqual(pool);
    // Cumulative bands never fall from one day to the next.
    const med = y.total.cumulative.map((r) => r.p50.fen);
    for (let d = 1; d < med.length; d++) expect(med[d]!).toBeGreaterThanOrEqual(med[d - 1]!);
  });

  it('the year-end band agrees with the exact quantiles of money paid to within the histogram resolution', () => {
    for (const s of y.schemes) {
      const last = s.cumulative[s.cumulative.length - 1]!;
      for (const k of ['p25', 'p50', 'p75'] as const) {
        expect(Math.abs(last[k].fen - s.money.paid[k].fen)).toBeLessThanOrEqual(s.money.paid.p95.fen / 128 + 1);
      }
    }
  });

  it('refuses accumulators that do not match the scenario', () => {
    expect(() => summarize({ ...fixtureScenario(runs), years: [2025, 2026] }, [acc])).toThrow(/one accumulator per/);
  });
});

describe('summarize (two years)', () => {
  it('gives one YearSummary per year, in order, each from its own runs', () => {
    const shape2026 = { ...SHAPE, year: 2026 };
    const y25 = new Accumulator(SHAPE, 6, META);
    const y26 = new Accumulator(shape2026, 6, META);
    const rec = makeRunRecord(SHAPE, 512);
    for (let r = 0; r < 6; r++) {
      y25.add(r, syntheticRecord(r, rec));
      const rec26 = syntheticRecord(r + 100, makeRunRecord(shape2026, 512));
      y26.add(r, rec26);
    }
    const s = summarize({ ...fixtureScenario(6), years: [2025, 2026] }, [y25, y26]);
    expect(s.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(s.years[1]!.schemes[0]!.cumulative[0]!.date).toBe('2026-01-01');
    expect(s.years[0]!.total.money.paid.mean).not.toEqual(s.years[1]!.total.money.paid.mean);
    expect(() => summarize({ ...fixtureScenario(6), years: [2026, 2025] }, [y25, y26])).toThrow(/in order/);
  });
});
