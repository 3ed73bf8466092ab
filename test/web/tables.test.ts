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
