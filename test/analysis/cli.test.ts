/**
 * The analysis commands in-process (runCli with memoryIo, one worker thread so no workers start): output in both
 * languages, --json, --out files, and exit codes — 2 for usage (a target, axis, range or tolerance that cannot be
 * read), 1 for data (an unknown scheme, a target met nowhere in the range).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SensitivityResult } from '../../src/analysis/sensitivity';
import type { SolveResult } from '../../src/analysis/solve';
import type { SweepResult } from '../../src/analysis/sweep';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import type { Summary } from '../../src/stats/Summary';
import { scenarioText } from '../engine/scenarioText';
import { GRANT } from './analyticScenario';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'quansim-analysis-'));
const FILE = join(dir, 'analytic.yaml');
writeFileSync(FILE, scenarioText({
  firms: '{law: poisson, mean: 60}', pool: '1200万', runs: 100, seed: 'cli',
  policies: [join(ROOT, 'scenarios/policies/hangzhou-2024.yaml')],
}));

async function cli(...argv: string[]) {
  const io = memoryIo(ROOT);
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('quansim sensitivity', () => {
  it('prints the table (en, zh), --json, and writes the tornado charts with --out', async () => {
    const out = join(dir, 'sens');
    const j = await cli('sensitivity', FILE, '--runs', '100', '--workers', '1', '--json', '--out', out);
    expect(j.code).toBe(0);
    const r = JSON.parse(j.out) as SensitivityResult;
    expect(r).toMatchObject({ runs: 100, deltaBp: 2000, scheme: 'hangzhou-2024.compute', year: 2025 });
    expect(r.rows.map((x) => x.input).sort()).toEqual(['caps', 'contracts', 'firms', 'pool', 'ratios', 'seasonality']);
    for (const f of ['sensitivity.json', 'tornado-exhausted.en.vl.json', 'tornado-exhausted.en.svg', 'tornado-paid.en.svg']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(readFileSync(join(out, 'tornado-paid.en.svg'), 'utf8').startsWith('<svg')).toBe(true);
    const zh = await cli('sensitivity', FILE, '--runs', '50', '--workers', '1', '--lang', 'zh', '--inputs', 'pool,firms', '--delta', '10%');
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('敏感性分析');
    expect(zh.out).toContain('资金池');
    expect(zh.err).toContain('5 个情景');
  });

  it('refuses a bad delta or input (exit 2)', async () => {
    expect((await cli('sensitivity', FILE, '--delta', '100%', '--workers', '1')).code).toBe(2);
    const bad = await cli('sensitivity', FILE, '--inputs', 'pool,weather', '--workers', '1');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('weather');
  });
});

describe('quansim solve', () => {
  it('finds the smallest pool: a whole number of 20万 grants; text in both languages', async () => {
    const j = await cli('solve', FILE, '--find', 'pool', '--target', 'P(exhausted before 12-31) <= 10%', '--runs', '200', '--workers', '1', '--json', '--range', '1万..3000万');
    expect(j.code).toBe(0);
    const r = JSON.parse(j.out) as SolveResult;
    expect(r.status).toBe('found');
    expect(r.answer! % GRANT).toBe(0);
    expect(j.err).toMatch(/#1: pool = /);
    const zh = await cli('solve', FILE, '--find', 'cap', '--target', 'P(exhausted before 12-31) <= 10%', '--runs', '100', '--workers', '1', '--lang', 'zh', '--range', '1万..100万');
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('最大单家企业年度上限');
    expect(zh.out).toContain('不确定范围');
  });

  it('exit 2 for a target, variable or range it cannot read; exit 1 for an unknown scheme or a target met nowhere', async () => {
    const badTarget = await cli('solve', FILE, '--find', 'pool', '--target', 'P(exhausted) <= 10%', '--workers', '1');
    expect(badTarget.code).toBe(2);
    expect(badTarget.err).toContain('cannot read the target');
    const zh = await cli('solve', FILE, '--find', 'pool', '--target', 'P(exhausted before 13-01) <= 10%', '--workers', '1', '--lang', 'zh');
    expect(zh.code).toBe(2);
    expect(zh.err).toContain('不是有效的月-日');
    expect((await cli('solve', FILE, '--find', 'budget', '--target', 'unmet share <= 5%', '--workers', '1')).code).toBe(2);
    expect((await cli('solve', FILE, '--find', 'pool', '--target', 'unmet share <= 5%', '--range', '5亿..1亿', '--workers', '1')).code).toBe(2);
    const scheme = await cli('solve', FILE, '--find', 'pool', '--target', 'unmet share <= 5%', '--scheme', 'nowhere.compute', '--workers', '1');
    expect(scheme.code).toBe(1);
    expect(scheme.err).toContain('nowhere.compute');
    const none = await cli('solve', FILE, '--find', 'pool', '--target', 'P(exhausted before 12-31) <= 10%', '--range', '1万..100万', '--runs', '50', '--workers', '1');
    expect(none.code).toBe(1);
    expect(none.out).toContain('No pool in the range meets the target');
    expect(none.err).toContain('widen --range');
  });
});

describe('quansim sweep', () => {
  it('prints the grid and writes sweep.csv, sweep.json and the heatmap', async () => {
    const out = join(dir, 'sweep');
    const r = await cli('sweep', FILE, '--x', 'pool=800万..1600万:3', '--y', 'ratio=80%..100%:2', '--runs', '100', '--workers', '1', '--out', out, '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.out).toContain('参数扫描');
    // the provenance line, the header and six cells
    const lines = readFileSync(join(out, 'sweep.csv'), 'utf8').split('\r\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^# 情景：.* · 100次模拟 · 种子 .* · quansim /);
    const json = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8')) as SweepResult;
    expect(json.cells).toHaveLength(6);
    expect(readFileSync(join(out, 'heatmap.zh.svg'), 'utf8').startsWith('<svg')).toBe(true);
  });

  it('exit 2 for axes it cannot read or on the same variable', async () => {
    expect((await cli('sweep', FILE, '--x', 'pool=1亿..5亿', '--y', 'cap=1万..2万:2', '--workers', '1')).code).toBe(2);
    const same = await cli('sweep', FILE, '--x', 'pool=1亿..5亿:2', '--y', 'pool=1万..2万:2', '--workers', '1');
    expect(same.code).toBe(2);
    expect(same.err).toContain('different');
  });
});

describe('quansim run --runs auto', () => {
  it('stops when the figures are stable and records how in summary.json; the report shows the precision', async () => {
    const args = ['run', FILE, '--runs', 'auto', '--tolerance', 'p=5%,date=10,paid=5%', '--batch', '100', '--workers', '1'];
    const j = await cli(...args, '--format', 'json');
    expect(j.code).toBe(0);
    const s = JSON.parse(j.out) as Summary;
    expect(s.convergence!.converged).toBe(true);
    expect(s.runs % 100).toBe(0);
    expect(s.runs).toBe(s.convergence!.runs);
    expect(j.err).toMatch(/runs 100: \d of \d headline figures outside tolerance/);
    const text = await cli(...args);
    expect(text.out).toContain('Monte Carlo precision');
    expect(text.out).toContain(`Converged after ${s.runs} runs`);
  });

  it('exit 2 for a tolerance it cannot read, or tolerance options without --runs auto', async () => {
    expect((await cli('run', FILE, '--runs', 'auto', '--tolerance', 'p=soon', '--workers', '1')).code).toBe(2);
    expect((await cli('run', FILE, '--runs', '100', '--tolerance', '1%', '--workers', '1')).code).toBe(2);
  });
});
