/** The target grammar of `solve`, and the figures a target reads from a year's runs. */
import { describe, expect, it } from 'vitest';
import { dayOfYearOf } from '../../src/analysis/dayOfYearOf';
import { formatTarget } from '../../src/analysis/formatTarget';
import { parseMonthDay, parseTarget } from '../../src/analysis/parseTarget';
import { meetsTarget, targetEstimate } from '../../src/analysis/targetEstimate';
import { runRange } from '../../src/engine/runRange';
import { UserError } from '../../src/errors/UserError';
import { analyticScenario, GRANT, perRunN } from './analyticScenario';

function codeOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof UserError ? e.code : 'not a UserError';
  }
}

describe('parseTarget', () => {
  it('reads the three figures, in English and Chinese, with any spacing and comparison', () => {
    const p = { figure: 'exhausted', by: { month: 12, day: 31 }, op: '<=', bp: 1000 };
    expect(parseTarget('P(exhausted before 12-31) <= 10%')).toEqual(p);
    expect(parseTarget('p( exhausted by 12-31 )≤0.1')).toEqual(p);
    expect(parseTarget('P(runs out by 2025-12-31) =< 10 %')).toEqual(p);
    expect(parseTarget('P（12-31前用完） ≤ 10%')).toEqual(p);
    expect(parseTarget('median exhaustion >= 11-30')).toEqual({ figure: 'medianExhaustion', op: '>=', date: { month: 11, day: 30 } });
    expect(parseTarget('用完日期中位数 > 9-1')).toEqual({ figure: 'medianExhaustion', op: '>', date: { month: 9, day: 1 } });
    expect(parseTarget('unmet share < 5%')).toEqual({ figure: 'unmetShare', op: '<', bp: 500 });
    expect(parseTarget('未满足比例 <= 2.5%')).toEqual({ figure: 'unmetShare', op: '<=', bp: 250 });
  });

  it('says what is wrong with a bad target', () => {
    expect(codeOf(() => parseTarget('P(exhausted) <= 10%'))).toBe('target.unreadable');
    expect(codeOf(() => parseTarget('probability <= 10%'))).toBe('target.unreadable');
    expect(codeOf(() => parseTarget('P(exhausted before 13-01) <= 10%'))).toBe('target.date');
    expect(codeOf(() => parseTarget('P(exhausted before 02-30) <= 10%'))).toBe('target.date');
    expect(codeOf(() => parseTarget('P(exhausted before 12-31) <= 11-30'))).toBe('target.value');
    expect(codeOf(() => parseTarget('P(exhausted before 12-31) <= 120%'))).toBe('target.value');
    expect(codeOf(() => parseTarget('median exhaustion >= 50%'))).toBe('target.value');
    expect(codeOf(() => parseTarget('unmet share == 5%'))).toBe('target.unreadable');
  });

  it('formats targets for people in both languages', () => {
    expect(formatTarget(parseTarget('P(exhausted before 12-31) <= 10%'), 'en')).toBe('P(runs out by 31 Dec) ≤ 10%');
    expect(formatTarget(parseTarget('median exhaustion >= 11-30'), 'zh')).toBe('用完日期中位数 ≥ 11月30日');
  });
});

describe('days of the year', () => {
  it('places a month and day in common and leap years; 02-29 is the end of February', () => {
    expect(dayOfYearOf({ month: 12, day: 31 }, 2025)).toBe(364);
    expect(dayOfYearOf({ month: 12, day: 31 }, 2024)).toBe(365);
    expect(dayOfYearOf(parseMonthDay('02-29'), 2025)).toBe(58);
    expect(dayOfYearOf(parseMonthDay('03-01'), 2024)).toBe(60);
  });
});

describe('targetEstimate against the per-run figures', () => {
  const runs = 400;
  const acc = runRange(analyticScenario({ runs, lambda: 60 }), 0, runs).years[0]!;
  const days = acc.schemeColumn(0, 'exhaustionDay');

  it('P(exhausted by a day): the share of runs out by then, with the Wilson interval', () => {
    const by = dayOfYearOf({ month: 9, day: 30 }, 2025);
    const k = days.filter((d) => d >= 0 && d <= by).length;
    const e = targetEstimate(parseTarget('P(exhausted before 09-30) <= 10%'), acc, 0);
    expect(e.value).toBe(k / runs);
    expect(e.se).toBeCloseTo(Math.sqrt(((k / runs) * (1 - k / runs)) / runs), 15);
    expect(e.lo!).toBeLessThan(e.value);
  });

  it('median exhaustion: runs whose pool lasts the year count as after 31 December', () => {
    const all = Array.from(days, (d) => (d < 0 ? 365 : d)).sort((a, b) => a - b);
    const e = targetEstimate(parseTarget('median exhaustion >= 11-30'), acc, 0);
    expect(e.value).toBe(Math.floor((all[199]! + all[200]!) / 2 + 0.5));
  });

  it('unmet share: Σ unmet ÷ Σ requested = E[(N − 60)+] ÷ E[N] on these runs', () => {
    const n = perRunN(acc);
    let unmet = 0;
    let req = 0;
    for (const x of n) {
      unmet += Math.max(0, x - 60) * GRANT;
      req += x * GRANT;
    }
    const e = targetEstimate(parseTarget('unmet share <= 5%'), acc, 0);
    expect(e.value).toBeCloseTo(unmet / req, 12);
  });

  it('meetsTarget: the value, and the pessimistic and optimistic ends of the interval', () => {
    const t = parseTarget('P(exhausted before 12-31) <= 10%');
    expect(meetsTarget(t, { value: 0.09, se: 0.01, lo: 0.07, hi: 0.11 }, 2025)).toEqual({ value: true, pessimistic: false, optimistic: true });
    expect(meetsTarget(t, { value: 0.1, se: 0, lo: 0.1, hi: 0.1 }, 2025)).toEqual({ value: true, pessimistic: true, optimistic: true });
    const m = parseTarget('median exhaustion >= 11-30');
    expect(meetsTarget(m, { value: 340, se: null, lo: null, hi: 345 }, 2025)).toEqual({ value: true, pessimistic: false, optimistic: true });
  });
});
