/**
 * The analysis in the reports: the Monte Carlo precision of the headline figures (equal to the summary's error
 * fields, in both languages, absent from older summaries), `--runs auto` stopping where `quansim run --runs auto`
 * does, and the sensitivity, goal-seek and sweep sections giving the answers of their own commands, whose printed
 * commands reproduce them. On the closed-form scenario of the analysis tests (fast: one contract per firm), in
 * this thread (--workers 1), with small run counts.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/analysis/parseTarget';
import type { SensitivityResult } from '../../src/analysis/sensitivity';
import type { SolveResult } from '../../src/analysis/solve';
import type { SweepResult } from '../../src/analysis/sweep';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { messages } from '../../src/i18n/messages';
import { REPORT_CHARTS } from '../../src/report/reportCharts';
import { precisionReading } from '../../src/report/precisionBlocks';
import { reportMoney } from '../../src/report/reportMoney';
import { reportWords } from '../../src/i18n/reportWords';
import { sensitivityReading } from '../../src/report/sensitivityBlocks';
import { solveReading } from '../../src/report/solveBlocks';
import { sweepReading } from '../../src/report/sweepBlocks';
import { formatShortDate } from '../../src/stats/headlines';
import { summarySchema, type Summary } from '../../src/stats/Summary';
import { scenarioText } from '../engine/scenarioText';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'quansim-report-analysis-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// N ~ Poisson(60) firms, one 100万 contract each paid 20万 (000 （三）): a pool of 1200万 is 60 grants.
const FILE = join(tmp, 'analytic.yaml');
writeFileSync(FILE, scenarioText({
  firms: '{law: poisson, mean: 60}', pool: '1200万', runs: 100, seed: 'report',
  policies: [join(ROOT, 'scenarios/policies/hangzhou-2024.yaml')],
}));
const SOLVE = 'P(exhausted before 12-31) <= 10%';
const SWEEP: [string, string] = ['pool=800万..1600万:3', 'ratio=80%..100%:2'];

async function cli(...argv: string[]) {
  const io = memoryIo(ROOT);
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
/** A CSV's cells, the formula escape of quansim's CSVs (a quote before a leading + - = @) undone. */
const csv = (dir: string, name: string) => Papa.parse<string[]>(read(dir, name).trim(), { comments: '#' }).data.map((r) => r.map((c) => c.replace(/^'(?=[=+\-@])/, '')));
/** The lines of a Markdown section, from its heading to the next heading of the same level. */
function section(md: string, heading: string): string {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l === `## ${heading}` || l.startsWith(`## ${heading}：`) || l.startsWith(`## ${heading}: `));
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}
/** The last paragraph of a section (its reading sentence), Markdown escapes removed. */
const lastParagraph = (text: string) => text.split('\n\n').at(-1)!.replace(/\\([\\`*[\]<])/g, '$1');
/** The command in a section's code block, split as a POSIX shell splits it. */
function commandIn(text: string): string[] {
  const m = /```sh\n(.+)\n```/.exec(text);
  if (!m) throw new Error('no command');
  const words: string[] = [];
  let cur = '';
  let quoted = false;
  let word = false;
  const line = m[1]!;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '\'') quoted = false;
      else cur += c;
    } else if (c === '\'') {
      quoted = true;
      word = true;
    } else if (c === '\\') {
      cur += line[++i];
      word = true;
    } else if (c === ' ') {
      if (word) words.push(cur);
      cur = '';
      word = false;
    } else {
      cur += c;
      word = true;
    }
  }
  if (word) words.push(cur);
  return words;
}
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

describe('a report with every analysis (en)', () => {
  const out = join(tmp, 'all');
  let result: Awaited<ReturnType<typeof cli>>;
  let md: string;
  let summary: Summary;
  beforeAll(async () => {
    result = await cli(
      'report', FILE, '--runs', '100', '--workers', '1', '--out', out,
      '--sensitivity', '--inputs', 'pool,firms,caps,seasonality',
      '--solve', SOLVE, '--find', 'pool', '--range', '1万..3000万',
      '--sweep', ...SWEEP,
    );
    md = read(out, 'report.md');
    summary = summarySchema.parse(JSON.parse(read(out, 'summary.json')));
  }, 600_000);

  it('runs, says each analysis on stderr and writes the analyses\' data beside the report', () => {
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain('sensitivity: 9 variants × 100 runs');
    expect(result.err).toContain('goal seek: P(runs out by 31 Dec) ≤ 10%, 100 runs per evaluation');
    expect(result.err).toContain('sweep: 3 × 2 cells × 100 runs');
    const files = readdirSync(out);
    for (const f of ['sensitivity.json', 'solve.json', 'sweep.json', 'sweep.csv', 'table-precision-2025.csv', 'table-sensitivity-2025.csv', 'table-solve-2025.csv', 'table-sweep-2025.csv']) {
      expect(files).toContain(f);
    }
    expect(section(md, 'Data files')).toContain('- sensitivity.json');
  });

  it('states the Monte Carlo error beside the headline figure and in a precision table equal to the summary\'s fields', () => {
    const y = summary.years[0]!;
    const s = y.schemes[0]!;
    const ex = s.exhaustion!;
    const e = ex.probabilityError!;
    expect(section(md, 'Headlines')).toContain(`of runs (${pct(ex.probabilityByYearEnd)} ± ${(e.se * 100).toFixed(1)} pp; 95%: ${pct(e.lo)}–${pct(e.hi)})`);
    const rows = csv(out, 'table-precision-2025.csv');
    expect(rows[0]).toEqual(['Figure', 'Estimate', '± standard error', '95% interval']);
    const row = (figure: string) => rows.find((r) => r[0] === figure)!.slice(1);
    expect(row(`${s.label.en}: P(runs out by 31 Dec)`)).toEqual([pct(ex.probabilityByYearEnd), `± ${(e.se * 100).toFixed(1)} pp`, `${pct(e.lo)}–${pct(e.hi)}`]);
    // read back as numbers: the cells are the summary's, rounded for display only
    expect(Math.abs(parseFloat(row(`${s.label.en}: P(runs out by 31 Dec)`)[0]!) - ex.probabilityByYearEnd * 100)).toBeLessThanOrEqual(0.05);
    const d = ex.medianDateError!;
    expect(row(`${s.label.en}: median date it runs out (runs where it does)`)).toEqual([
      formatShortDate(ex.date!.p50.date, 'en'), `± ${d.se!.toFixed(1)} d`, `${formatShortDate(d.lo!.date, 'en')}–${formatShortDate(d.hi!.date, 'en')}`,
    ]);
    const paid = y.total.money.paid;
    const pe = y.total.paidError!;
    for (const [name, v, err] of [['mean', paid.mean, pe.mean], ['5th percentile', paid.p5, pe.p5], ['95th percentile', paid.p95, pe.p95]] as const) {
      expect(row(`Money paid in the year (all schemes): ${name}`)).toEqual([
        reportMoney(v.fen, 'en'), `± ${reportMoney(err.se!.fen, 'en')}`, `${reportMoney(err.lo!.fen, 'en')} – ${reportMoney(err.hi!.fen, 'en')}`,
      ]);
    }
    const p = section(md, 'Monte Carlo precision');
    expect(p).toContain('How precisely the 100 runs (seed report) pin down each headline figure');
    expect(p).toContain(`> ${summary.methods.monteCarlo!.slice(0, 40)}`);
    expect(lastParagraph(p)).toBe(`With 100 runs, the chance that the ${s.label.en} pool runs out by 31 Dec is ${pct(ex.probabilityByYearEnd)} ± ${(e.se * 100).toFixed(1)} pp (95%: ${pct(e.lo)}–${pct(e.hi)}); the standard error falls with the square root of the runs, so 400 runs would halve it.`);
  });

  it('adds the sensitivity of `quansim sensitivity`: tornado SVG/PNG with marks, the table of paired effects, a reading', async () => {
    const r = JSON.parse(read(out, 'sensitivity.json')) as SensitivityResult;
    const alone = await cli('sensitivity', FILE, '--inputs', 'pool,firms,caps,seasonality', '--runs', '100', '--workers', '1', '--json');
    expect(alone.code).toBe(0);
    expect(r).toEqual(JSON.parse(alone.out));
    const applicable = r.rows.filter((x) => x.applicable);
    expect(applicable).toHaveLength(4);
    for (const metric of ['exhausted', 'paid'] as const) {
      const svg = read(out, `tornado-${metric}-2025.svg`);
      // two bars per input that applies and moves this measure in some run (−20%, +20%), each with its interval as
      // a rule; an input that cannot move it is named in the subtitle instead (the tornado's rule)
      const moves = applicable.filter((x) => [x.down!, x.up!].some((e) => e[metric].difference.mean !== 0 || (e[metric].difference.lo ?? 0) !== 0 || (e[metric].difference.hi ?? 0) !== 0));
      const bars = [...svg.matchAll(/aria-label="value: ([^;]+); key: ([^|]+)\|([^;]+);[^"]*" role="graphics-symbol" aria-roledescription="bar"/g)];
      const drawnLabels = new Set(bars.flatMap((b) => b[2]!.split(' = ')));
      expect(drawnLabels, metric).toEqual(new Set(moves.map((x) => x.label.en)));
      expect(bars.length % 2).toBe(0);
      expect(svg.match(/aria-roledescription="rule mark"/g)!.length).toBeGreaterThanOrEqual(bars.length);
      expect(svg).not.toMatch(/NaN|undefined/);
      if (metric === 'exhausted') {
        const up = bars.find((b) => b[2] === 'number of firms' && b[3] === '+20%')!;
        expect(Number(up[1]!.replace('−', '-'))).toBeCloseTo(r.rows.find((x) => x.input === 'firms')!.up!.exhausted.difference.mean * 100, 1);
      }
      const png = readFileSync(join(out, `tornado-${metric}-2025.png`));
      expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      expect(png.readUInt32BE(16)).toBe(2 * Number(/width="(\d+)"/.exec(svg)![1]));
    }
    const rows = csv(out, 'table-sensitivity-2025.csv');
    expect(rows[0]).toEqual(['Input', 'What moves', '−20%: ΔP (pp)', '+20%: ΔP (pp)', '−20%: Δ money paid, mean', '+20%: Δ money paid, mean']);
    const firms = r.rows.find((x) => x.input === 'firms')!;
    const diff = firms.up!.exhausted.difference;
    const sign = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}`;
    expect(rows.find((x) => x[0] === 'number of firms')![3]).toBe(`${sign(diff.mean)}\n[${sign(diff.lo!)}, ${sign(diff.hi!)}]`);
    expect(rows.map((x) => x[0]).slice(1)).toEqual(r.rows.map((x) => x.label.en));
    const text = section(md, 'Sensitivity');
    expect(text.startsWith('Method: each input below is moved by −20% and by +20% alone')).toBe(true);
    expect(text).toContain('](tornado-exhausted-2025.png)');
    const reading = lastParagraph(text);
    expect(reading).toMatch(/^Baseline: the Hangzhou compute voucher pool runs out by 31 Dec in \d+\.\d% \(95%: /);
    // moving a pool of 60 grants by ±20% moves P(N ≥ 61) the most; Q4 arrivals change no run's outcome by 31 Dec
    expect(reading).toContain(`${r.rows[0]!.label.en.replace(/^./, (c) => c.toUpperCase())} moves that chance the most`);
    // a cap of 800万 never binds grants of 20万, moved or not
    expect(reading).toContain('Caps, Q4 seasonality: whether the pool runs out by 31 Dec is the same as in the baseline in every run (an effect of exactly 0).');
    // the printed command gives the same result
    const again = await cli(...commandIn(text).slice(2), '--workers', '1', '--json');
    expect(JSON.parse(again.out)).toEqual(r);
  });

  it('adds the goal seek with the answer of `quansim solve` on the same seed and runs, and the command that reproduces it', async () => {
    const r = JSON.parse(read(out, 'solve.json')) as SolveResult;
    const alone = await cli('solve', FILE, '--find', 'pool', '--target', SOLVE, '--range', '1万..3000万', '--runs', '100', '--seed', 'report', '--workers', '1', '--json');
    expect(alone.code).toBe(0);
    expect(r).toEqual(JSON.parse(alone.out));
    expect(r.status).toBe('found');
    // a whole number of 20万 grants
    expect(r.answer! % 20_0000_00).toBe(0);
    const text = section(md, 'Goal seek');
    const again = await cli(...commandIn(text).slice(2), '--workers', '1', '--json');
    expect(JSON.parse(again.out)).toEqual(r);
    const answer = (r.answer! / 1e8).toLocaleString('en-US');
    expect(lastParagraph(text)).toMatch(new RegExp(`^Answer: ${answer} million yuan \\(\\d+\\.\\d% \\[[\\d.]+%, [\\d.]+%\\]\\) is the smallest pool such that P\\(runs out by 31 Dec\\) ≤ 10%`));
    expect(lastParagraph(text)).toContain('cannot be told apart from the answer');
    const rows = csv(out, 'table-solve-2025.csv');
    expect(rows.slice(1)).toHaveLength(r.points.length);
    expect(rows.filter((x) => x[2] === 'yes (answer)')).toHaveLength(1);
  });

  it('adds the sweep with the grid of `quansim sweep` and its heatmap', async () => {
    const r = JSON.parse(read(out, 'sweep.json')) as SweepResult;
    const dir = join(tmp, 'sweep-alone');
    const alone = await cli('sweep', FILE, '--x', SWEEP[0], '--y', SWEEP[1], '--runs', '100', '--workers', '1', '--out', dir);
    expect(alone.code).toBe(0);
    expect(read(out, 'sweep.csv')).toBe(read(dir, 'sweep.csv'));
    const svg = read(out, 'heatmap-2025.svg');
    // one coloured cell and one label per cell of the grid
    expect(svg.match(/aria-roledescription="rect mark"/g)).toHaveLength(r.cells.length);
    expect(svg.match(/aria-roledescription="text mark"/g)).toHaveLength(r.cells.length);
    expect(readFileSync(join(out, 'heatmap-2025.png')).subarray(1, 4).toString()).toBe('PNG');
    const rows = csv(out, 'table-sweep-2025.csv');
    expect(rows).toHaveLength(1 + 2);
    expect(rows[0]).toEqual(['ratio scale \\ pool', '8 million yuan', '12 million yuan', '16 million yuan']);
    const top = r.cells.find((c) => c.x === r.x.values[0] && c.y === r.y.values[1])!.exhausted;
    expect(rows[1]![1]).toBe(`${pct(top.value)}\n[${pct(top.lo)}, ${pct(top.hi)}]`);
    const text = section(md, 'Sweep');
    expect(text.startsWith('Method: the chance that the pool of Hangzhou compute voucher (hangzhou-2024.compute) runs out by 31 December 2025')).toBe(true);
    expect(lastParagraph(text)).toMatch(/^The chance it runs out by 31 Dec goes from [\d.]+% \(.+\) to [\d.]+% \(.+\)\. Raising the pool from 8 million yuan to 16 million yuan changes it by −[\d.]+ pp/);
    const again = await cli(...commandIn(text).slice(2), '--workers', '1', '--json');
    expect(JSON.parse(again.out)).toEqual(r);
  });

  it('puts every analysis chart in the HTML and the whole request in the command that makes the report again', () => {
    const html = read(out, 'report.html');
    expect(html.match(/<svg\b/g)).toHaveLength(REPORT_CHARTS.length + 3);
    for (const id of ['precision', 'sensitivity', 'solve', 'sweep']) expect(html).toContain(`<section id="${id}"`);
    const again = commandIn(section(md, 'Reproduce'));
    expect(again.slice(1)).toEqual([
      'quansim', 'report', FILE, '--runs', '100', '--seed', 'report', '--sensitivity', '--inputs', 'pool,firms,caps,seasonality',
      '--solve', SOLVE, '--find', 'pool', '--range', '1万..3000万', '--sweep', ...SWEEP, '--lang', 'en', '--out', out,
    ]);
  });
});

describe('precision from a summary.json', () => {
  const base = join(tmp, 'base');
  beforeAll(async () => {
    const r = await cli('report', FILE, '--runs', '100', '--workers', '1', '--lang', 'zh', '--out', base);
    expect(r.code, r.err).toBe(0);
  }, 600_000);

  it('gives the precision in Chinese', () => {
    const s = summarySchema.parse(JSON.parse(read(base, 'summary.json')));
    const ex = s.years[0]!.schemes[0]!.exhaustion!;
    const e = ex.probabilityError!;
    const md = read(base, 'report.md');
    expect(section(md, '要点')).toContain(`（${pct(ex.probabilityByYearEnd)} ± ${(e.se * 100).toFixed(1)} 个百分点，95% 区间 ${pct(e.lo)}–${pct(e.hi)}）`);
    const rows = csv(base, 'table-precision-2025.csv');
    expect(rows[0]).toEqual(['数字', '估计值', '± 标准误', '95% 区间']);
    expect(rows[1]).toEqual(['杭州市算力券：12月31日前用完的概率', pct(ex.probabilityByYearEnd), `± ${(e.se * 100).toFixed(1)} 个百分点`, `${pct(e.lo)}–${pct(e.hi)}`]);
    expect(rows[2]![1]).toBe(formatShortDate(ex.date!.p50.date, 'zh'));
    expect(rows[3]![0]).toBe('全年支付（所有方案）：均值');
    expect(section(md, '蒙特卡洛精度')).toContain('100 次模拟（随机种子 report）对每个要点数字的确定程度');
  });

  it('reads the least precise chance of several pools, and the pools that never ran out (standard error 0, interval not)', () => {
    const s = summarySchema.parse(JSON.parse(read(base, 'summary.json')));
    const y = s.years[0]!;
    const a = y.schemes[0]!;
    const ex = a.exhaustion!;
    const other = (id: string, p: number, e: { se: number; lo: number; hi: number }) => ({
      ...a, id, label: { zh: id, en: id }, exhaustion: { ...ex, probabilityByYearEnd: p, probabilityError: e },
    });
    const wide = { se: 0.05, lo: 0.2, hi: 0.4 };
    const year = { ...y, schemes: [a, other('B', 0.3, wide), other('C', 0, { se: 0, lo: 0, hi: 0.037 }), other('D', 0, { se: 0, lo: 0, hi: 0.037 })] };
    const text = precisionReading(year, 100)!;
    expect(text.en).toBe('With 100 runs, the chance that the B pool runs out by 31 Dec is 30.0% ± 5.0 pp (95%: 20.0%–40.0%), the least precise of these chances; the standard error falls with the square root of the runs, so 400 runs would halve it. The C, D pools never ran out in the 100 runs: the standard error is 0, but the 95% interval still allows a chance of up to 3.7%.');
    expect(text.zh).toContain('C、D资金池在 100 次模拟中从未用完：标准误为 0，但 95% 区间仍容许高达 3.7%的用完概率。');
    expect(precisionReading({ ...y, schemes: [{ ...a, exhaustion: null }] }, 100)).toBeNull();
  });

  it('says the errors are absent from an older summary, and guesses none', async () => {
    const s = JSON.parse(read(base, 'summary.json')) as Summary;
    delete s.methods.monteCarlo;
    for (const y of s.years) {
      delete y.total.paidError;
      for (const sc of y.schemes) {
        if (!sc.exhaustion) continue;
        delete sc.exhaustion.probabilityError;
        delete sc.exhaustion.medianDateError;
      }
    }
    const file = join(tmp, 'old-summary.json');
    writeFileSync(file, JSON.stringify(s));
    const out = join(tmp, 'old');
    const r = await cli('report', file, '--lang', 'zh', '--out', out);
    expect(r.code, r.err).toBe(0);
    const md = read(out, 'report.md');
    expect(section(md, '蒙特卡洛精度')).toBe(reportWords.precisionAbsent.zh);
    expect(section(md, '要点')).not.toContain('±');
    expect(existsSync(join(out, 'table-precision-2025.csv'))).toBe(false);
    expect((await cli('report', file, '--out', join(tmp, 'old-en'))).code).toBe(0);
    expect(section(read(join(tmp, 'old-en'), 'report.md'), 'Monte Carlo precision')).toBe(reportWords.precisionAbsent.en);
  });

  it('refuses an analysis or --runs auto on a summary.json (exit 2)', async () => {
    const sens = await cli('report', join(base, 'summary.json'), '--sensitivity', '--out', join(tmp, 'x'));
    expect(sens.code).toBe(2);
    expect(sens.err).toContain(messages.reportAnalysisOfSummary(['--sensitivity']).en);
    const auto = await cli('report', join(base, 'summary.json'), '--runs', 'auto', '--out', join(tmp, 'x'));
    expect(auto.code).toBe(2);
    expect(auto.err).toContain('--runs auto differs from the summary.json\'s 100');
    expect(existsSync(join(tmp, 'x'))).toBe(false);
  });
});

describe('quansim report --runs auto', () => {
  it('stops where quansim run --runs auto stops, and says how it chose the runs', async () => {
    const auto = ['--runs', 'auto', '--tolerance', 'p=5%,date=10,paid=5%', '--batch', '100', '--workers', '1'];
    const run = await cli('run', FILE, ...auto, '--format', 'json');
    expect(run.code, run.err).toBe(0);
    const expected = JSON.parse(run.out) as Summary;
    const out = join(tmp, 'auto');
    const r = await cli('report', FILE, ...auto, '--out', out);
    expect(r.code, r.err).toBe(0);
    const s = summarySchema.parse(JSON.parse(read(out, 'summary.json')));
    expect(s.runs).toBe(expected.runs);
    expect(s.convergence).toEqual(expected.convergence);
    expect(s.years).toEqual(expected.years);
    const c = s.convergence!;
    expect(c.converged).toBe(true);
    const md = read(out, 'report.md');
    expect(section(md, 'Monte Carlo precision')).toContain(
      `The number of runs was chosen by --runs auto: batches of 100 runs were added until it converged after ${c.runs} runs (${c.history.length} batches), with the 95% interval of every headline figure within its tolerance (probability ±5 pp, median exhaustion date ±10 d`,
    );
    const reproduce = section(md, 'Reproduce');
    expect(reproduce).toContain(`report ${FILE} --runs auto --tolerance p=5%,date=10,paid=5% --batch 100 --seed report --lang en`);
    expect(reproduce).toContain(`run ${FILE} --runs auto --tolerance p=5%,date=10,paid=5% --batch 100 --seed report`);
    expect(r.err).toMatch(/runs 100: \d of \d headline figures outside tolerance/);
  });

  it('says when it stopped at the maximum, naming the figures still outside', async () => {
    const out = join(tmp, 'auto-max');
    const r = await cli('report', FILE, '--runs', 'auto', '--tolerance', 'p=0.1%', '--batch', '50', '--max-runs', '100', '--workers', '1', '--lang', 'zh', '--out', out);
    expect(r.code, r.err).toBe(0);
    const s = summarySchema.parse(JSON.parse(read(out, 'summary.json')));
    expect(s.runs).toBe(100);
    expect(s.convergence!.converged).toBe(false);
    const text = section(read(out, 'report.md'), '蒙特卡洛精度');
    expect(text).toContain('模拟次数由 --runs auto 决定：按每批 50 次追加，已达上限 100 次仍未收敛');
    expect(text).toMatch(/仍超出容差的数字：杭州市算力券12月31日前用完的概率 2025（半宽 [\d.]+ 个百分点）/);
  });
});

describe('quansim report with analysis flags it cannot read', () => {
  it('exits 2 with the target parser\'s message, before running anything', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const out = join(tmp, `bad-${lang}`);
      const r = await cli('report', FILE, '--solve', 'P(exhausted) <= 10%', '--find', 'pool', '--lang', lang, '--workers', '1', '--out', out);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--solve${lang === 'zh' ? '：' : ': '}${messages.targetUnreadable('P(exhausted) <= 10%')[lang]}`);
      expect(r.err).not.toMatch(/running|运行/);
      expect(existsSync(out)).toBe(false);
    }
    const date = await cli('report', FILE, '--solve', 'P(exhausted before 13-01) <= 10%', '--find', 'pool', '--out', join(tmp, 'bad'));
    expect(date.code).toBe(2);
    expect(date.err).toContain(messages.targetDate('13-01').en);
  });

  it('exits 2 on a flag without its analysis, a sweep that is not two axes, a bad delta or axis', async () => {
    const o = ['--workers', '1', '--out', join(tmp, 'bad')];
    const cases: Array<[string[], string]> = [
      [['--solve', SOLVE], messages.reportFlagWithout('--solve', '--find pool|cap|ratio').en],
      [['--find', 'pool'], messages.reportFlagWithout('--find', '--solve').en],
      [['--inputs', 'pool'], messages.reportFlagWithout('--inputs', '--sensitivity').en],
      [['--year', '2025'], messages.reportFlagWithout('--year', '--sensitivity, --solve, --sweep').en],
      [['--sweep', SWEEP[0]], messages.reportSweepAxes(1).en],
      [['--sweep', ...SWEEP, '--x', SWEEP[0]], messages.reportSweepTwice().en],
      [['--x', SWEEP[0]], messages.reportFlagWithout('--x', '--y').en],
      [['--sensitivity', '100%'], '--sensitivity: '],
      [['--sweep', 'pool=1亿..5亿', SWEEP[1]], '--sweep: '],
      [['--sweep', 'pool=1亿..5亿:2', 'pool=1万..2万:2'], 'different'],
      [['--solve', SOLVE, '--find', 'budget'], '--find must be one of pool, cap, ratio'],
    ];
    for (const [flags, message] of cases) {
      const r = await cli('report', FILE, ...flags, ...o);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.err, flags.join(' ')).toContain(message);
    }
    expect(existsSync(join(tmp, 'bad'))).toBe(false);
  });

  it('exits 1 naming an unknown scheme, before running anything', async () => {
    const r = await cli('report', FILE, '--sensitivity', '--scheme', 'nowhere.compute', '--workers', '1', '--out', join(tmp, 'bad'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('nowhere.compute');
    expect(r.err).not.toContain('running');
  });
});

describe('the sentences that read an analysis', () => {
  const est = (v: number) => ({ value: v, se: 0.01, lo: Math.max(0, v - 0.02), hi: Math.min(1, v + 0.02) });
  const point = (x: number, v: number, meets: boolean) => ({ x, estimate: est(v), meets, meetsPessimistic: meets, meetsOptimistic: meets });
  const solveBase: SolveResult = {
    variable: 'pool', target: parseTarget(SOLVE), scheme: 'a.compute', year: 2025, runs: 100, seed: '1', range: [1_000_000, 3_000_000_000], resolution: 1_000_000,
    status: 'none', answer: null, side: null, uncertainty: { optimistic: null, pessimistic: null },
    points: [point(1_000_000, 1, false), point(1_500_000_000, 0.3, false), point(3_000_000_000, 0.5, false)], monotone: false,
  };

  it('a goal seek met nowhere names the lowest and highest figures evaluated and where', () => {
    const text = solveReading(solveBase, 'en');
    expect(text).toBe('No pool from 10,000 yuan to 30 million yuan meets the target P(runs out by 31 Dec) ≤ 10%: over the values evaluated the figure goes from 30.0% [28.0%, 32.0%] (at 15 million yuan) to 100.0% [98.0%, 100.0%] (at 10,000 yuan). Widen the range or change the target.');
    expect(solveReading(solveBase, 'zh')).toContain('范围内没有任何资金池达到目标');
  });

  it('a goal seek met over the whole range says the answer is its end, and warns when the figure is not monotone', () => {
    const r: SolveResult = {
      ...solveBase, variable: 'cap', status: 'whole-range', answer: 3_000_000_000, side: 'below', uncertainty: { optimistic: null, pessimistic: 2_000_000_000 },
      points: [point(1_000_000, 0.05, true), point(1_500_000_000, 0.02, true), point(3_000_000_000, 0.04, true)],
    };
    const text = solveReading(r, 'en');
    expect(text.startsWith('Answer: 30 million yuan (4.0% [2.0%, 6.0%]) is the largest cap such that P(runs out by 31 Dec) ≤ 10%; every smaller value meets it too.')).toBe(true);
    expect(text).toContain('The whole range meets the target, so the answer is the end of the range');
    expect(text).toContain('values from 20 million yuan to beyond the range cannot be told apart from the answer; 20 million yuan meets it even at the unfavourable end');
    expect(text).toContain('Note: the figure is not monotone in the cap');
  });

  it('a sensitivity where no input changes the scenario says so', () => {
    const r = {
      scenario: 's', seed: '1', runs: 10, year: 2025, scheme: 'a.compute', deltaBp: 2000, by: { month: 9, day: 30 },
      baseline: { exhausted: { value: 0.5, se: 0.1, lo: 0.3, hi: 0.7 }, paid: { value: 1e10, se: 1, lo: 1e10, hi: 1e10 } },
      rows: [{ input: 'caps', label: { zh: '年度上限', en: 'caps' }, detail: { zh: '', en: '' }, applicable: false, down: null, up: null }],
    } as SensitivityResult;
    expect(sensitivityReading(r, 'en', { zh: '甲', en: 'A' })).toBe(
      `Baseline: the A pool runs out by 30 Sep in 50.0% (95%: 30.0%–70.0%) of runs, and a mean of 100 million yuan is paid in the year. ${reportWords.sensitivityNothing.en} Not applicable (moving it changes nothing in this scenario): caps.`,
    );
  });

  it('a sweep names a whole row or column where the highest or lowest chance is reached, and the input that matters more', () => {
    const cell = (x: number, y: number, v: number) => ({ x, y, exhausted: { ...est(v), se: 0.01 } as SweepResult['cells'][number]['exhausted'], medianDay: est(0), paid: est(0), unmetShare: est(0) });
    const r = {
      scenario: 's', seed: '1', runs: 10, year: 2025, days: 365, scheme: 'a.compute',
      x: { variable: 'pool', from: 100, to: 300, values: [100, 200, 300] }, y: { variable: 'ratio', from: 5000, to: 10_000, values: [5000, 10_000] },
      cells: [cell(100, 5000, 1), cell(200, 5000, 0.5), cell(300, 5000, 0), cell(100, 10_000, 1), cell(200, 10_000, 0.9), cell(300, 10_000, 0.2)],
    } as SweepResult;
    const text = sweepReading(r, 'en');
    expect(text).toContain('goes from 100.0% (pool 1 yuan, at every ratio scale) to 0.0% (pool 3 yuan, ratio scale 50%)');
    // pool: (0 − 1 + 0.2 − 1) / 2 = −0.9; ratio: (0 + 0.4 + 0.2) / 3 = +0.2
    expect(text).toContain('changes it by −90.0 pp on average over the ratio scale values; raising the ratio scale from 50% to 100%, by +20.0 pp');
    expect(text.endsWith('Over these ranges the pool matters more.')).toBe(true);
  });
});
