import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareTable } from '../../src/output/compareTable';
import { perRunHeadlines } from '../../src/output/perRunHeadlines';
import { textTable } from '../../src/figures/textTable';
import { compareTables } from '../../src/report/compareTables';
import { reportMoney } from '../../src/report/reportMoney';
import { tableCsv, type ReportTable } from '../../src/report/ReportTable';
import { summaryTables } from '../../src/report/summaryTables';
import { summarize } from '../../src/stats/summarize';
import { YI, fixtureScenario, syntheticAccumulator } from '../stats/fixtures';

const RUNS = 12;
const accA = syntheticAccumulator(RUNS);
const accB = syntheticAccumulator(RUNS, 2 * YI);
const a = summarize(fixtureScenario(RUNS), [accA]);
const b = summarize({ ...fixtureScenario(RUNS), id: 'small-pool', title: { zh: '市级资金池2亿元', en: 'City pool 200 million' } }, [accB]);

describe('reportMoney', () => {
  it('writes three significant figures in 万元/亿元 and million yuan, rounded half up', () => {
    expect(reportMoney(21_634_512_345, 'zh')).toBe('2.16亿元');
    expect(reportMoney(21_634_512_345, 'en')).toBe('216 million yuan');
    expect(reportMoney(812_500_000, 'zh')).toBe('813万元');
    expect(reportMoney(150, 'en')).toBe('1.5 yuan');
    expect(reportMoney(149, 'en')).toBe('1.49 yuan');
    expect(reportMoney(0, 'zh')).toBe('0元');
  });
});

describe('compareTables', () => {
  it('holds quansim compare\'s table cell for cell, with the paired note when per-run values are given', () => {
    const paired = [perRunHeadlines([accA]), perRunHeadlines([accB])];
    for (const lang of ['zh', 'en'] as const) {
      const [t] = compareTables([a, b], lang, paired);
      const text = compareTable([a, b], lang, paired);
      expect(text).toContain(textTable(t!.columns, t!.rows));
      expect(t!.id).toBe('compare-2025');
      expect(t!.rows[0]![3]).toMatch(/\[/);
    }
    expect(compareTables([a, b], 'en')[0]!.note).toContain('differences of the summary figures');
  });
});

describe('summaryTables and tableCsv', () => {
  const tables = summaryTables(a, 'zh');
  it('gives four tables a year, every row as wide as its header, money with its unit', () => {
    expect(tables.map((t) => t.id)).toEqual(['schemes-2025', 'tiers-2025', 'levels-2025', 'unmet-by-month-2025']);
    for (const t of tables) for (const r of t.rows) expect(r).toHaveLength(t.columns.length);
    const schemes = tables[0]!;
    expect(schemes.rows.at(-1)![0]).toBe('合计');
    expect(schemes.rows[0]![2]).toMatch(/(万|亿)元$/);
    expect(tables[3]!.rows.map((r) => r[0])).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    expect(summaryTables(a, 'en', '2-x-')[0]!.id).toBe('2-x-schemes-2025');
  });

  it('writes the same cells as CSV, and refuses a ragged table', () => {
    const t = tables[1]!;
    const rows = Papa.parse<string[]>(tableCsv(t).trim()).data;
    expect(rows[0]).toEqual(t.columns.map((c) => c.header));
    expect(rows.slice(1)).toEqual(t.rows);
    const ragged: ReportTable = { ...t, rows: [['only one']] };
    expect(() => tableCsv(ragged)).toThrow('a row has 1 cells for 6 columns');
  });
});
