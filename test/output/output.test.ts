import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BANDS_FIELDS, GROUPS_FIELDS, PER_RUN_FIELDS, bandsCsv, compareTable, csvText, formatSummaryText, groupsCsv, moneyInUnit,
  perRunCsv, perRunHeadlines, summaryJson, textTable, textWidth,
} from '../../src/output';
import { writeOutputs } from '../../src/output/writeOutputs';
import { summarize } from '../../src/stats/summarize';
import { exhaustionProbabilitySentence } from '../../src/stats/headlines';
import type { Summary } from '../../src/stats/Summary';
import { YI, fixtureScenario, syntheticAccumulator } from '../stats/fixtures';

const RUNS = 12;
const accA = syntheticAccumulator(RUNS);
const accB = syntheticAccumulator(RUNS, 2 * YI);
const a = summarize(fixtureScenario(RUNS), [accA]);
const b = summarize({ ...fixtureScenario(RUNS), id: 'small-pool', title: { zh: '市级资金池2亿元', en: 'City pool 200 million' } }, [accB]);
const parse = (csv: string) => Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;

describe('summaryJson', () => {
  it('is byte-identical for the same summary, in the schema\'s key order whatever the input order', () => {
    const text = summaryJson(a);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "quansim": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const shuffled = JSON.parse(text, (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as Summary;
    expect(Object.keys(shuffled)[0]).not.toBe('schemaVersion');
    expect(summaryJson(shuffled)).toBe(text);
  });

  it('refuses a summary that breaks its schema', () => {
    const bad = structuredClone(a);
    bad.years[0]!.total.money.paid.mean.yuan = '12.3';
    expect(() => summaryJson(bad)).toThrow();
  });
});

describe('CSV', () => {
  it('escapes text cells starting with = + - @ so spreadsheets do not run them; numbers stay numbers', () => {
    const csv = csvText(['a', 'b'], [['=SUM(A1:A9)', -5], ['+1', '@cmd'], ['-2', 'plain']]);
    expect(csv.split('\r\n')).toEqual(['a,b', `"'=SUM(A1:A9)",-5`, `"'+1","'@cmd"`, `"'-2",plain`]);
  });

  it('escapes a formula hidden in a scenario label', () => {
    const evil = structuredClone(a);
    evil.years[0]!.groups.tier[0]!.label = { zh: '=HYPERLINK("x")', en: '@SUM(1)' };
    const rows = parse(groupsCsv(evil));
    const micro = rows.find((r) => r[2] === 'micro')!;
    expect(micro[3]).toBe(`'=HYPERLINK("x")`);
    expect(micro[4]).toBe(`'@SUM(1)`);
  });

  it('per-run CSV: one row per run and scheme plus a total, fen and yuan agreeing with the accumulator', () => {
    const rows = parse(perRunCsv([accA]));
    expect(rows[0]).toEqual([...PER_RUN_FIELDS]);
    expect(rows).toHaveLength(1 + RUNS * 5);
    const paid = accA.schemeColumn(0, 'paidFen');
    const ci = PER_RUN_FIELDS.indexOf('paid_fen');
    const hz = rows.filter((r) => r[2] === 'hz.compute');
    expect(hz.map((r) => Number(r[ci]))).toEqual(Array.from(paid));
    for (const r of hz) expect(r[ci + 1]).toBe((Number(r[ci]) / 100).toFixed(2));
    const total = rows.filter((r) => r[2] === 'total');
    expect(total.map((r) => Number(r[ci]))).toEqual(Array.from(accA.totalColumn('paidFen')));
    for (const r of rows) expect(r).toHaveLength(PER_RUN_FIELDS.length);
    const zj = rows.find((r) => r[2] === 'zj.compute')!;
    expect(zj[PER_RUN_FIELDS.indexOf('pool_fen')]).toBe('');
  });

  it('bands and groups CSVs have every row complete', () => {
    const bands = parse(bandsCsv(a));
    expect(bands).toHaveLength(1 + 365 * 5);
    for (const r of bands) expect(r).toHaveLength(BANDS_FIELDS.length);
    const groups = parse(groupsCsv(a));
    for (const r of groups) expect(r).toHaveLength(GROUPS_FIELDS.length);
    expect(groups.filter((r) => r[1] === 'level').map((r) => r[2])).toEqual(['province', 'city', 'district']);
  });
});

describe('text tables', () => {
  it('counts CJK characters as two columns', () => {
    expect(textWidth('资金池 pool')).toBe(11);
    expect(textWidth('（无）')).toBe(6);
    expect(textWidth('abc')).toBe(3);
  });

  it('aligns columns by display width', () => {
    const t = textTable([{ header: '方案' }, { header: 'n', align: 'right' }], [['杭州算力券', '1'], ['ab', '22']]);
    expect(t).toBe(['方案         n', '----------  --', '杭州算力券   1', 'ab          22'].join('\n'));
  });

  it('the report aligns every table line to the same width, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = formatSummaryText(a, lang);
      expect(text).toContain(exhaustionProbabilitySentence(a.years[0]!, 0)![lang]);
      const blocks = text.trimEnd().split('\n\n').filter((blk) => blk.includes('\n--'));
      expect(blocks.length).toBeGreaterThanOrEqual(4);
      for (const blk of blocks) {
        const lines = blk.split('\n').slice(1); // after the table's caption
        const widths = new Set(lines.map(textWidth));
        expect(widths.size, blk).toBe(1);
      }
    }
  });

  it('money in the report unit', () => {
    expect(moneyInUnit(25_000_000_000, 'zh')).toBe('25,000.00');
    expect(moneyInUnit(25_000_000_000, 'en')).toBe('250.00');
    expect(moneyInUnit(1_005_000, 'zh')).toBe('1.01'); // 1.005万元, half up
  });
});

describe('compareTable', () => {
  it('shows paired differences with an interval when given per-run values, plain differences otherwise', () => {
    const paired = compareTable([a, b], 'en', [perRunHeadlines([accA]), perRunHeadlines([accB])]);
    expect(paired).toContain('small-pool − stats-fixture Difference (95% interval)');
    const line = paired.split('\n').find((l) => l.startsWith('Paid, mean'))!;
    expect(line).toMatch(/−[\d,.]+ \[−[\d,.]+, [−+][\d,.]+\]/); // a smaller pool pays less
    const plain = compareTable([a, b], 'zh');
    expect(plain).not.toContain('[');
    expect(plain).toContain('情景比较');
  });

  it('a scenario against itself differs by exactly zero', () => {
    const same = compareTable([a, a], 'en', [perRunHeadlines([accA]), perRunHeadlines([accA])]);
    const line = same.split('\n').find((l) => l.startsWith('Paid, mean'))!;
    expect(line.trim().endsWith('+0.00 [+0.00, +0.00]')).toBe(true);
  });

  it('needs two summaries', () => {
    expect(() => compareTable([a], 'en')).toThrow(/two/);
  });
});

describe('writeOutputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quansim-out-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the formats asked for', async () => {
    const files = await writeOutputs(dir, a, [accA], ['json', 'csv', 'text', 'schema']);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'summary.json', 'summary.schema.json', 'runs.csv', 'bands.csv', 'groups.csv', 'summary.zh.txt', 'summary.en.txt',
    ]);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe(summaryJson(a));
    const charts = await writeOutputs(join(dir, 'c'), a, null, ['charts']);
    expect(charts.filter((f) => f.endsWith('.svg'))).toHaveLength(16);
    expect(readFileSync(charts.find((f) => f.endsWith('budget-exhaustion.zh.svg'))!, 'utf8')).toMatch(/^<svg/);
  });
});
