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
import { exhaustionProbabilitySentence, formatShare } from '../../src/stats/headlines';
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
    // three significant figures, half up (by hand: 2,052.282485万元 → 2,050; 20.52282485 million → 20.5)
    expect(moneyInUnit(25_000_000_000, 'zh')).toBe('25,000');
    expect(moneyInUnit(25_000_000_000, 'en')).toBe('250');
    expect(moneyInUnit(1_005_000, 'zh')).toBe('1.01'); // 1.005万元, half up
    expect(moneyInUnit(2_052_282_485, 'zh')).toBe('2,050');
    expect(moneyInUnit(2_052_282_485, 'en')).toBe('20.5');
  });
});

/**
 * `summary` with scheme `id` as the engine records a scheme outside its validity window: a pool of 0 and no
 * request in every run, so its pool never "runs out" (the figures the outputs must not present as a pool's).
 */
function outOfForce(summary: Summary, id: string): Summary {
  const out = structuredClone(summary);
  for (const y of out.years) {
    const s = y.schemes.find((x) => x.id === id)!;
    const zero = { fen: 0, yuan: '0.00' };
    s.pool = { mean: zero, p5: zero, p25: zero, p50: zero, p75: zero, p95: zero };
    for (const k of ['mean', 'p5', 'p25', 'p50', 'p75', 'p95'] as const) s.applications.requested[k] = 0;
    const ex = s.exhaustion!;
    Object.assign(ex, { runsExhausted: 0, probabilityByYearEnd: 0, date: null, neverRuns: y.runs });
    ex.probabilityByMonthEnd = ex.probabilityByMonthEnd.map(() => 0);
    ex.lastsUntil = ex.lastsUntil.map((l) => ({ share: l.share, wholeYear: true, day: null }));
  }
  return out;
}

/** `summary` without scheme `id` (a scenario that does not have it). */
function without(summary: Summary, id: string): Summary {
  const out = structuredClone(summary);
  for (const y of out.years) y.schemes = y.schemes.filter((x) => x.id !== id);
  return out;
}

/** The lines of the first table of a text (from its header to the next blank line). */
function firstTable(text: string, header: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${header} `));
  const end = lines.findIndex((l, i) => i > start && l === '');
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('a scheme not in force that year, in the text report', () => {
  const off = outOfForce(a, 'sc.topup');

  it('says "not in force" in the pool column and gives no exhaustion figure; the headlines say so too', () => {
    const en = formatSummaryText(off, 'en');
    const row = en.split('\n').find((l) => l.startsWith('Shangcheng top-up'))!;
    expect(row).toContain('not in force');
    expect(row).not.toContain('%');
    expect(row.trimEnd().endsWith('—')).toBe(true);
    expect(en).toContain('The Shangcheng top-up is not in force in 2025 (no pool, no applications)');
    expect(en).not.toMatch(/Shangcheng top-up pool (never runs out|lasts)/);
    const zh = formatSummaryText(off, 'zh');
    expect(zh.split('\n').find((l) => l.startsWith('上城区配套'))).toContain('未施行');
    for (const lang of ['zh', 'en'] as const) {
      const table = firstTable(formatSummaryText(off, lang), lang === 'zh' ? '方案' : 'Scheme');
      expect(new Set(table.map(textWidth)).size, table.join('\n')).toBe(1);
    }
  });
});

describe('compareTable', () => {
  const pairs = [perRunHeadlines([accA]), perRunHeadlines([accB])];

  it('shows paired differences with an interval when given per-run values, plain differences otherwise', () => {
    const paired = compareTable([a, b], 'en', pairs);
    const line = paired.split('\n').find((l) => l.startsWith('Paid, mean'))!;
    expect(line).toMatch(/−[\d,.]+ \[−[\d,.]+, [−+][\d,.]+\]/); // a smaller pool pays less
    expect(paired).toContain('Differences are means of the paired per-run differences');
    const plain = compareTable([a, b], 'zh');
    expect(plain).not.toContain('[');
    expect(plain).toContain('情景比较');
  });

  it('heads the difference column "Difference vs <baseline> [95% interval]", not two labels run together', () => {
    const header = (text: string) => text.split('\n').find((l) => l.startsWith('Figure') || l.startsWith('指标'))!;
    expect(header(compareTable([a, b], 'en', pairs))).toMatch(/small-pool {2,}Difference vs stats-fixture \[95% interval\]$/);
    expect(header(compareTable([a, b], 'zh', pairs))).toMatch(/small-pool {2,}与 stats-fixture 之差 \[95%区间\]$/);
    expect(header(compareTable([a, b], 'en'))).toMatch(/ Difference vs stats-fixture$/);
    expect(compareTable([a, b], 'en', pairs)).not.toMatch(/small-pool − stats-fixture|Difference \(95% interval\)/);
  });

  it('keeps every line of a table the same display width in Chinese (CJK labels and headers)', () => {
    const text = compareTable([a, b, outOfForce(b, 'sc.topup')], 'zh', [...pairs, pairs[1]!]);
    const table = firstTable(text, '指标');
    expect(table.length).toBeGreaterThan(10);
    expect(new Set(table.map(textWidth)).size, table.join('\n')).toBe(1);
  });

  it('shows the pool rows of every scheme of any scenario, with "—" where a scenario lacks it', () => {
    // The baseline has no Shangcheng top-up: its rows come from the second scenario.
    const base = without(a, 'sc.topup');
    const text = compareTable([base, a, b], 'en', [perRunHeadlines([accA]), ...pairs]);
    const row = (label: string) => text.split('\n').find((l) => l.startsWith(label))?.trim().split(/ {2,}/);
    const pool = row('Shangcheng top-up: pool (million yuan)')!;
    expect(pool).toEqual(['Shangcheng top-up: pool (million yuan)', '—', '50', '—', '50', '—']);
    const p = row('Shangcheng top-up: P(runs out)')!;
    expect(p[1]).toBe('—');
    expect(p[3]).toBe('—');
    expect(p[2]).toBe(formatShare(a.years[0]!.schemes[3]!.exhaustion!.probabilityByYearEnd));
    expect(row('Hangzhou compute voucher: pool (million yuan)')).toEqual([
      'Hangzhou compute voucher: pool (million yuan)', '250', '250', '+0', '200', '−50',
    ]);
    // A scheme without a pool limit in every scenario has no pool rows.
    expect(text).not.toContain('Zhejiang compute voucher: pool');
  });

  it('gives a scheme not in force in a scenario "not in force" and no exhaustion figure or difference', () => {
    const text = compareTable([a, outOfForce(a, 'sc.topup')], 'en', [perRunHeadlines([accA]), perRunHeadlines([accA])]);
    const row = (label: string) => text.split('\n').find((l) => l.startsWith(label))!.trim().split(/ {2,}/);
    expect(row('Shangcheng top-up: pool (million yuan)')).toEqual(['Shangcheng top-up: pool (million yuan)', '50', 'not in force', '—']);
    expect(row('Shangcheng top-up: P(runs out)').slice(2)).toEqual(['—', '—']);
    expect(row('Shangcheng top-up: median date it runs out').slice(2)).toEqual(['—', '—']);
  });

  it('a scenario against itself differs by exactly zero', () => {
    const same = compareTable([a, a], 'en', [perRunHeadlines([accA]), perRunHeadlines([accA])]);
    const line = same.split('\n').find((l) => l.startsWith('Paid, mean'))!;
    expect(line.trim().endsWith('+0 [+0, +0]')).toBe(true);
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

  it('puts the provenance line in every CSV and under every chart', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const line = `Scenario: ${a.scenario.title.en} · ${a.runs} runs · seed ${a.seed} · quansim ${a.quansim} · `;
    for (const name of ['runs.csv', 'bands.csv', 'groups.csv']) {
      const first = readFileSync(join(dir, name), 'utf8').split('\r\n')[0]!;
      expect(first.startsWith(`# ${line}`), `${name}: ${first}`).toBe(true);
      expect(first).toContain('population: illustrative');
      // the data still reads with a comment-aware parser: the header row first
      expect(Papa.parse<string[]>(readFileSync(join(dir, name), 'utf8'), { comments: '#' }).data[0]!.length).toBeGreaterThan(1);
    }
    for (const lang of ['zh', 'en'] as const) {
      const svg = readFileSync(join(dir, 'c', 'charts', `who-pays.${lang}.svg`), 'utf8');
      // the footer's lines (wrapped at spaces), joined again
      const text = [...svg.slice(svg.indexOf('quansim-provenance')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      const words = lang === 'zh' ? ['情景：', `${a.runs}次模拟`, `种子 ${a.seed}`, '申请企业：示意性假设'] : ['Scenario:', `${a.runs} runs`, `seed ${a.seed}`, 'population: illustrative'];
      for (const w of [...words, `quansim ${a.quansim}`, today]) expect(text, `${lang}: ${text}`).toContain(w);
      // the picture grew to hold the footer: its height and its viewBox agree
      const h = Number(/height="([\d.]+)"/.exec(svg)![1]);
      expect(svg).toMatch(new RegExp(`viewBox="0 0 [\\d.]+ ${h}"`));
    }
  });

  it('draws the charts of every year of a multi-year summary', async () => {
    const y = a.years[0]!;
    const twoYears: Summary = { ...a, years: [y, { ...y, year: y.year + 1 }] };
    const charts = await writeOutputs(join(dir, 'two'), twoYears, null, ['charts']);
    const svgs = charts.filter((f) => f.endsWith('.svg')).map((f) => f.slice(dir.length + 1));
    expect(svgs).toHaveLength(32);
    expect(svgs).toContain(`two/charts/budget-exhaustion.${y.year + 1}.en.svg`);
    expect(readFileSync(join(dir, 'two', 'charts', `budget-exhaustion.${y.year + 1}.en.vl.json`), 'utf8')).toContain(String(y.year + 1));
  });
});
