import { describe, expect, it } from 'vitest';
import {
  capShareSentence, disbursedSentence, exhaustionProbabilitySentence, formatShare, formatShortDate, headlines, notInForceSentence,
  poolLastsSentence, quarterExhaustionLines, quarterExhaustionSentence, tierShareSentence, whoPaysSentence,
} from '../../src/stats/headlines';
import { Accumulator } from '../../src/stats/Accumulator';
import { schemeInForce } from '../../src/stats/schemeInForce';
import type { Summary, YearSummary } from '../../src/stats/Summary';
import { META, SHAPE, blankRecord, setGroup, setScheme } from './fixtures';

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

  it('"in 90% of runs the pool lasts until 11 Apr", "in 50% … to the end of the year"', () => {
    // Sorted (never = after the year): 100 317 317 317 ∞ … → in 9 of 10 runs the pool is not exhausted before day 317.
    expect(poolLastsSentence(y, 0, 0.9)).toEqual({
      zh: '90%的模拟中杭州算力券资金池可支撑到11月14日',
      en: 'In 90% of runs the Hangzhou compute voucher pool lasts until 14 Nov',
    });
    expect(poolLastsSentence(y, 0, 0.95)!.en).toBe('In 95% of runs the Hangzhou compute voucher pool lasts until 11 Apr');
    // "to the end of the year", not "the whole year": a scheme that starts on 31 May was not there all year.
    expect(poolLastsSentence(y, 0, 0.5)).toEqual({
      zh: '50%的模拟中杭州算力券资金池可支撑到年底',
      en: 'In 50% of runs the Hangzhou compute voucher pool lasts to the end of the year',
    });
  });

  it('quarter lines and who pays', () => {
    expect(quarterExhaustionLines(y, 0).map((l) => l.en)).toEqual([
      'P(runs out by 31 Mar) = 0%', 'P(runs out by 30 Jun) = 10%', 'P(runs out by 30 Sep) = 10%', 'P(runs out by 31 Dec) = 40%',
    ]);
    expect(whoPaysSentence(y)).toEqual({ zh: '市级承担70%，区级30%', en: 'The city pays 70% of the money, the districts 30%' });
  });
});

/** Ten runs in which the levels pay `byLevel` (province, city, district) each run. */
function payingYear(byLevel: [number, number, number]): YearSummary {
  const acc = new Accumulator(SHAPE, 10, META);
  for (let r = 0; r < 10; r++) {
    const rec = blankRecord();
    setScheme(rec, 0, 'paidFen', byLevel[0] + byLevel[1] + byLevel[2]);
    byLevel.forEach((v, i) => (rec.byLevel[i] = v));
    acc.add(r, rec);
  }
  return acc.toYearSummary();
}

describe('who pays: the verb agrees with the level that leads', () => {
  it('"The districts pay …" (plural), "The province pays …", "The city pays …" (singular)', () => {
    expect(whoPaysSentence(payingYear([0, 47, 53]))).toEqual({
      zh: '区级承担53%，市级47%', en: 'The districts pay 53% of the money, the city 47%',
    });
    expect(whoPaysSentence(payingYear([60, 10, 30])).en).toBe('The province pays 60% of the money, the districts 30%, the city 10%');
    expect(whoPaysSentence(payingYear([0, 100, 0])).en).toBe('The city pays 100% of the money');
    expect(whoPaysSentence(payingYear([0, 0, 0])).en).toBe('Nothing is paid');
  });
});

/**
 * A year in which the Zhejiang compute voucher (scheme 1) is not in force: pool 0 and no request in every run, as
 * the engine records a scheme outside its validity window; the city scheme runs out in run 0 only.
 */
function yearWithSchemeOutOfForce(): YearSummary {
  const acc = new Accumulator(SHAPE, 10, META);
  for (let r = 0; r < 10; r++) {
    const rec = blankRecord();
    setScheme(rec, 0, 'poolFen', 25_000_000_000);
    setScheme(rec, 0, 'exhaustionDay', r === 0 ? 300 : -1);
    setScheme(rec, 0, 'appsRequested', 5);
    setScheme(rec, 0, 'paidFen', 100);
    setScheme(rec, 1, 'poolFen', 0);
    rec.byLevel[1] = 100;
    acc.add(r, rec);
  }
  return acc.toYearSummary();
}

describe('a scheme not in force that year', () => {
  const y = yearWithSchemeOutOfForce();

  it('is told from a scheme in force, with or without a pool limit', () => {
    expect(y.schemes.map(schemeInForce)).toEqual([true, false, true, true]);
  });

  it('says so, and no sentence pretends it has a pool that lasts', () => {
    expect(notInForceSentence(y, 1)).toEqual({
      zh: '浙江算力券2025年未施行（无资金池，无申请）',
      en: 'The Zhejiang compute voucher is not in force in 2025 (no pool, no applications)',
    });
    expect(notInForceSentence(y, 0)).toBeNull();
    expect(exhaustionProbabilitySentence(y, 1)).toBeNull();
    expect(poolLastsSentence(y, 1, 0.9)).toBeNull();
    expect(quarterExhaustionSentence(y, 1)).toBeNull();
    expect(quarterExhaustionLines(y, 1)).toEqual([]);
    expect(disbursedSentence(y, 1)).toBeNull();
    expect(exhaustionProbabilitySentence(y, 0)!.en).toBe('The Hangzhou compute voucher pool runs out before year end in 10% of runs');
  });

  it('headlines give it one line, "not in force", and its exhaustion lines to the schemes in force only', () => {
    const summary = { years: [y] } as unknown as Summary;
    const lines = headlines(summary).filter((h) => h.scheme === 'zj.compute').map((h) => h.text.en);
    expect(lines).toEqual(['The Zhejiang compute voucher is not in force in 2025 (no pool, no applications)']);
    const all = headlines(summary).map((h) => h.text.en).join('\n');
    expect(all).not.toMatch(/Zhejiang compute voucher pool/);
    expect(all).toContain('The Hangzhou compute voucher pool runs out before year end in 10% of runs');
  });
});

describe('tier sentences', () => {
  /** Ten runs in which only large firms apply and reach the cap; `label` is the tier's English label. */
  function capYear(label: string): YearSummary {
    const meta = structuredClone(META);
    meta.groups.tier[3]!.label = { zh: '大型企业', en: label };
    const acc = new Accumulator(SHAPE, 10, meta);
    for (let r = 0; r < 10; r++) {
      const rec = blankRecord();
      setGroup(rec, 'tier', 3, 'firms', 4);
      setGroup(rec, 'tier', 3, 'firmsAtCap', 1);
      setGroup(rec, 'tier', 3, 'paidFen', 1000);
      setGroup(rec, 'tier', 3, 'contractFen', 4000);
      rec.byLevel[1] = 1000;
      setScheme(rec, 0, 'paidFen', 1000);
      acc.add(r, rec);
    }
    return acc.toYearSummary();
  }

  it('say "firms" once, whether the tier label has it or not', () => {
    for (const label of ['large', 'large firms']) {
      const y = capYear(label);
      expect(capShareSentence(y)!.en).toBe('25% of large firms reach a yearly cap');
      expect(tierShareSentence(y)!.en).toBe('Large firms are 100% of the applicants and receive 100% of the money');
    }
  });
});
