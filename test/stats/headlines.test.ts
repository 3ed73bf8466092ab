import { describe, expect, it } from 'vitest';
import {
  exhaustionProbabilitySentence, formatShare, formatShortDate, poolLastsSentence, quarterExhaustionLines, whoPaysSentence,
} from '../../src/stats/headlines';
import { Accumulator } from '../../src/stats/Accumulator';
import { META, SHAPE, blankRecord, setScheme } from './fixtures';

/** Ten runs of the city scheme: exhausted on day 317 (14 Nov) in runs 0–2, day 100 in run 3, never in 4–9. */
function year() {
  const acc = new Accumulator(SHAPE, 10, META);
  for (let r = 0; r < 10; r++) {
    const rec = blankRecord();
    setScheme(rec, 0, 'poolFen', 25_000_000_000);
    setScheme(rec, 0, 'exhaustionDay', r < 3 ? 317 : r === 3 ? 100 : -1);
    setScheme(rec, 0, 'paidFen', 100);
    rec.byLevel[1] = 70;
    rec.byLevel[2] = 30;
    acc.add(r, rec);
  }
  return acc.toYearSummary();
}

describe('headline sentences', () => {
  const y = year();

  it('formats dates and shares', () => {
    expect(formatShortDate('2025-11-14', 'zh')).toBe('11月14日');
    expect(formatShortDate('2025-11-14', 'en')).toBe('14 Nov');
    expect([formatShare(0.371), formatShare(0.002), formatShare(0.999), formatShare(0), formatShare(1)]).toEqual([
      '37%', '<1%', '>99%', '0%', '100%',
    ]);
  });

  it('"runs out before year end in 40% of runs"', () => {
    expect(exhaustionProbabilitySentence(y, 0)).toEqual({
      zh: '40%的模拟中杭州算力券资金池在年底前用完',
      en: 'The Hangzhou compute voucher pool runs out before year end in 40% of runs',
    });
    expect(exhaustionProbabilitySentence(y, 'zj.compute')).toBeNull();
  });

  it('"in 90% of runs the pool lasts until 11 Apr", "in 50% … the whole year"', () => {
    // Sorted (never = after the year): 100 317 317 317 ∞ … → in 9 of 10 runs the pool is not exhausted before day 317.
    expect(poolLastsSentence(y, 0, 0.9)).toEqual({
      zh: '90%的模拟中杭州算力券资金池可支撑到11月14日',
      en: 'In 90% of runs the Hangzhou compute voucher pool lasts until 14 Nov',
    });
    expect(poolLastsSentence(y, 0, 0.95)!.en).toBe('In 95% of runs the Hangzhou compute voucher pool lasts until 11 Apr');
    expect(poolLastsSentence(y, 0, 0.5)!.zh).toBe('50%的模拟中杭州算力券资金池可支撑全年');
  });

  it('quarter lines and who pays', () => {
    expect(quarterExhaustionLines(y, 0).map((l) => l.en)).toEqual([
      'P(runs out by 31 Mar) = 0%', 'P(runs out by 30 Jun) = 10%', 'P(runs out by 30 Sep) = 10%', 'P(runs out by 31 Dec) = 40%',
    ]);
    expect(whoPaysSentence(y)).toEqual({ zh: '市级承担70%，区级30%', en: 'The city pays 70% of the money, districts 30%' });
  });
});
