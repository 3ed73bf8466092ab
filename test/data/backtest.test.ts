import { describe, expect, it } from 'vitest';
import { backtest, midRank } from '../../src/analysis/backtest';
import { parsePayments } from '../../src/data/parsePayments';
import { UserErrors } from '../../src/errors/UserError';
import { simulateAcc as simulate } from '../helpers/simulateAcc';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import { summarize } from '../../src/stats/summarize';

describe('midRank', () => {
  it('counts ties as half (by hand: 2 below, 1 equal of 4 → 0.625)', () => {
    expect(midRank([1, 2, 3, 4], 3).value).toBe(0.625);
    expect(midRank([5, 5], 1).value).toBe(0);
  });
});

describe('parsePayments', () => {
  it('reads days and months (a month counts at its last day) and reports every bad cell', () => {
    expect(parsePayments('date,paid\n2024-02,1万\n2024-03-05,500\n', 'p.csv')).toEqual([
      { year: 2024, month: 2, day: 29, paidFen: 1_000_000, line: 2 },
      { year: 2024, month: 3, day: 5, paidFen: 50_000, line: 3 },
    ]);
    try {
      parsePayments('date,paid\n2024-13,1\n2024-01,x\n', 'p.csv');
      expect.unreachable();
    } catch (e) {
      expect((e as UserErrors).errors.map((u) => `${u.where.line}:${u.where.field}`)).toEqual(['2:date', '3:paid']);
    }
  });
});

describe('backtest', () => {
  const scenario = { ...loadScenarioFile('data/synthetic/scenario.yaml'), runs: 200 };
  const run = (async () => {
    const acc = await simulate(scenario, { workers: 1 });
    return { acc, summary: summarize(scenario, acc.years) };
  })();

  it('puts the simulated median path inside the band every month, near the middle', async () => {
    const { acc, summary } = await run;
    const bands = summary.years[0]!.total.cumulative;
    const monthEnd = (m: number): number => Math.round((Date.UTC(2025, m, 0) - Date.UTC(2025, 0, 1)) / 86_400_000);
    let before = 0;
    const csv = ['date,paid'];
    for (let m = 1; m <= 12; m++) {
      const at = bands[monthEnd(m)]!.p50.fen;
      csv.push(`2025-${String(m).padStart(2, '0')},${(at - before) / 100}`);
      before = at;
    }
    const bt = backtest(summary, acc.years, parsePayments(csv.join('\n'), 'p.csv'), 'p.csv');
    const s = bt.series[0]!;
    expect(bt.simulatedYear).toBe(2025);
    expect(s.insideShare).toBe(1);
    expect(s.months.map((m) => m.observedFen)).toEqual(s.months.map((m) => m.p50));
    // The median of the runs' totals: between the 40% and 60% quantile by mid-rank (band quantiles come from histograms).
    expect(s.quantile.from).toBe('runs');
    expect(Math.abs(s.quantile.value - 0.5)).toBeLessThan(0.1);
  });

  it('says a path far above every run is above them all, outside the band every month, and refuses unknown schemes', async () => {
    const { acc, summary } = await run;
    const high = parsePayments('date,paid\n2025-01,10亿\n2025-06,10亿\n', 'p.csv');
    const s = backtest(summary, acc.years, high, 'p.csv').series[0]!;
    expect(s.insideShare).toBe(0);
    expect(s.quantile).toEqual({ value: 0.95, from: 'band', beyond: 'above' });
    const wrong = parsePayments('date,paid,scheme\n2025-01,1万,nope\n', 'p.csv');
    expect(() => backtest(summary, acc.years, wrong, 'p.csv')).toThrow(/nope/);
    const twoYears = parsePayments('date,paid\n2024-01,1万\n2025-01,1万\n', 'p.csv');
    expect(() => backtest(summary, acc.years, twoYears, 'p.csv')).toThrow(/several years/);
  });
});
