import { describe, expect, it } from 'vitest';
import { tableCsv, type Table } from '../../src/web/tables';

describe('tableCsv', () => {
  it('writes raw values under the header of the language and escapes cells a spreadsheet would run', () => {
    const t: Table = {
      id: 't',
      title: { zh: '表', en: 'table' },
      columns: [{ zh: '情景', en: 'Scenario' }, { zh: '支出', en: 'Paid' }, { zh: '比例', en: 'Share' }],
      rows: [
        [{ text: '=HYPERLINK("x")', raw: '=HYPERLINK("x")' }, { text: '2.5亿元', raw: '250000000.00' }, { text: '50%', raw: 0.5 }],
        [{ text: '+1', raw: '+1' }, { text: '—', raw: null }, { text: '-3', raw: -3 }],
        [{ text: '@SUM', raw: '@SUM(A1)' }, { text: '-x', raw: '-x' }, { text: 'a,b', raw: 'a,b' }],
      ],
    };
    expect(tableCsv(t, 'zh').split('\r\n')).toEqual([
      '情景,支出,比例',
      `"'=HYPERLINK(""x"")",250000000.00,0.5`,
      `"'+1",,-3`,
      `"'@SUM(A1)","'-x","a,b"`,
    ]);
    expect(tableCsv(t, 'en').split('\r\n')[0]).toBe('Scenario,Paid,Share');
  });
});

describe('pageTables: the tier table', () => {
  it('ends each scenario with a total row whose firm count is the sum of its tier rows (the cards\' count)', async () => {
    const { pageTables } = await import('../../src/web/tables');
    const { summarize } = await import('../../src/stats/summarize');
    const { fixtureScenario, syntheticAccumulator } = await import('../stats/fixtures');
    const s = summarize(fixtureScenario(12), [syntheticAccumulator(12)]);
    const tiers = pageTables([s], ['a'], s.years[0]!.year, 'en').find((t) => t.id === 'tiers')!;
    const body = tiers.rows.slice(0, -1);
    const total = tiers.rows.at(-1)!;
    expect(total[0]!.text).toBe('Total');
    // the independent sum: the tier rows' firm counts added here, not by applicantFirms
    const sum = body.reduce((t, r) => t + (r[1]!.raw as number), 0);
    expect(body).toHaveLength(s.years[0]!.groups.tier.length);
    expect(total[1]!.raw).toBeCloseTo(sum, 9);
    expect(total).toHaveLength(tiers.columns.length);
  });
});
