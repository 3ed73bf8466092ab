import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { estimateMemory } from '../../src/scenario/estimateMemory';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'quansim-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const scenarioText = readFileSync(join(root, 'scenarios/hangzhou-2024.yaml'), 'utf8')
  .replace('  - policies/hangzhou-2024.yaml', `  - ${join(root, 'scenarios/policies/hangzhou-2024.yaml')}`)
  .replace('populationFile: populations/hangzhou-ai-firms.yaml', 'populationFile: pop.yaml');
const populationText = readFileSync(join(root, 'scenarios/populations/hangzhou-ai-firms.yaml'), 'utf8');

/** The Hangzhou scenario in `work` with `firms` firms, each tier's compute contracts fixed at `contracts`. */
function writeScenario(name: string, firms: number, contracts: number): string {
  const pop = populationText
    .replace('firms: {law: poisson, mean: 300}', `firms: {law: fixed, n: ${firms}}`)
    .replace(/count: \{law: poisson, mean: [\d.]+, min: 1\}/g, `count: {law: fixed, n: ${contracts}}`)
    // small amounts, so that the sums stay within 2^53 fen and memory is the only limit met
    .replace(/amount: \{law: lognormal[^}]*\{[^}]*\}\}/g, 'amount: {law: constant, value: 1万}');
  writeFileSync(join(work, 'pop.yaml'), pop);
  writeFileSync(join(work, name), scenarioText);
  return name;
}

const cli = async (...args: string[]) => {
  const io = memoryIo(work);
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe('estimateMemory', () => {
  it('counts the applications of a run by hand: firms × Σ share × Σ seek × contracts', () => {
    writeScenario('hand.yaml', 1000, 4);
    const s = loadScenarioFile(join(work, 'hand.yaml'));
    // every tier's compute, corpus and model count is fixed at 4 here (each voucher reads the tier's contracts)
    const seek = s.population.tiers.map((t) => (t.shareBp / 10_000) * [t.vouchers.compute, t.vouchers.corpus, t.vouchers.model]
      .reduce((n, v) => n + (v ? (v.seekBp / 10_000) * (v.count.law === 'fixed' ? v.count.n : NaN) : 0), 0));
    const e = estimateMemory(s, 2);
    expect(e.firms).toBe(1000);
    expect(e.applications).toBeCloseTo(1000 * seek.reduce((a, b) => a + b, 0), 6);
    expect(e.applications).toBeGreaterThan(1000);
    const one = estimateMemory(s, 1);
    expect(e.totalBytes - one.totalBytes).toBeCloseTo(e.perWorkerBytes, 3); // each worker holds its own buffers
  });

  it('grows with runs only by the packed per-run rows', () => {
    const s = loadScenarioFile(join(root, 'scenarios/hangzhou-2024.yaml'), root);
    const a = estimateMemory({ ...s, runs: 1000 }, 2);
    const b = estimateMemory({ ...s, runs: 1_001_000 }, 2);
    // 143 numbers a run-year (the engine's row), 4 bytes each; the estimate counts districts the rules may not name
    const perRun = (b.totalBytes - a.totalBytes) / 1_000_000;
    expect(perRun).toBeGreaterThanOrEqual(143 * 4);
    expect(perRun).toBeLessThanOrEqual(153 * 4);
  });
});

describe('--max-memory', () => {
  it('refuses 1M firms × 1000 contracts before running, in validate and run, and lets the user raise the limit', async () => {
    writeScenario('huge.yaml', 1_000_000, 1000);
    const v = await cli('validate', 'huge.yaml');
    expect(v.code).toBe(1);
    expect(v.err).toMatch(/^huge\.yaml: the simulation needs about \d+ MB of memory, above the limit of 4096 MB: about 1,000,000 firms and [\d,]+ applications a run, \d+ MB a worker × 1 workers, .* raise the limit with --max-memory <MB>\n$/);
    const r = await cli('run', 'huge.yaml', '--runs', '3', '--workers', '2', '--lang', 'zh');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^huge\.yaml: 模拟预计需要约 \d+ MB 内存，超过 4096 MB 的上限.*× 2 个线程.*用 --max-memory <MB> 提高上限\n$/);
    const raised = await cli('validate', 'huge.yaml', '--max-memory', '1000000');
    expect(raised.code).toBe(0);
    const bad = await cli('run', 'huge.yaml', '--max-memory', '10');
    expect(bad).toEqual({ code: 2, out: '', err: 'quansim: --max-memory must be at least 64 (MB), not 10\n' });
  });

  it('lets every shipped scenario run under the default limit', async () => {
    const r = await cli('validate', ...['hangzhou-2024', 'multi-year-2024-2027', 'zhejiang-2025', 'stress-demand-doubled'].map((n) => join(root, `scenarios/${n}.yaml`)));
    expect(r.code).toBe(0);
  });
});
