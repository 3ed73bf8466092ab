/**
 * The analyses' forms: defaults for the scenario, messages beside wrong fields, and commands that the CLI reads
 * back to the same options and the same numbers (the CLI run in-process on one thread against src/analysis run
 * with the options the page would run).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { sensitivity } from '../../src/analysis/sensitivity';
import { solve } from '../../src/analysis/solve';
import { sweep } from '../../src/analysis/sweep';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import type { AnalysisParams } from '../../src/web/analysisParams';
import { sensitivitySetup, solveSetup, sweepSetup, type AnalysisInputs } from '../../src/web/analysisSetup';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = 'scenarios/hangzhou-2024.yaml';
const base = loadScenarioFile(resolve(ROOT, FILE));

function inputs(params: AnalysisParams, lang: 'zh' | 'en' = 'zh', seed = base.seed): AnalysisInputs {
  return { scenario: { ...base, seed }, file: FILE, params, lang };
}

/** The words of a command as a POSIX shell splits them (single quotes, as shellQuote writes them). */
function words(command: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quoted) {
      if (c === "'") quoted = false;
      else cur += c;
    } else if (c === "'") {
      quoted = true;
      started = true;
    } else if (c === '\\') {
      cur += command[++i];
      started = true;
    } else if (c === ' ') {
      if (started) out.push(cur);
      cur = '';
      started = false;
    } else {
      cur += c;
      started = true;
    }
  }
  if (started) out.push(cur);
  return out;
}

/** Runs a printed command in-process (one worker: no threads) with --json. */
async function cliJson(command: string): Promise<unknown> {
  const argv = words(command);
  expect(argv.slice(0, 2)).toEqual(['npx', 'quansim']);
  const io = memoryIo(ROOT);
  const code = await runCli([...argv.slice(2), '--workers', '1', '--json'], io);
  expect(code, io.stderr()).toBe(0);
  return JSON.parse(io.stdout());
}

describe('sensitivitySetup', () => {
  it('defaults to ±20% on 1,000 runs a variant, as the CLI', () => {
    const s = sensitivitySetup(inputs({}));
    expect(s.values).toEqual({ delta: '20%', sensitivityRuns: '1000' });
    expect(s.errors).toEqual({});
    expect(s.run).toMatchObject({ deltaBp: 2000, runs: 1000, year: 2025, scheme: { id: 'hangzhou-2024.compute', index: 0 } });
    expect(s.command).toBe('npx quansim sensitivity scenarios/hangzhou-2024.yaml --delta 20% --runs 1000 --seed 20240819 --lang zh');
    expect(sensitivitySetup(inputs({}, 'en')).command).toBe('npx quansim sensitivity scenarios/hangzhou-2024.yaml --delta 20% --runs 1000 --seed 20240819');
  });

  it('says beside the field what is wrong, and runs nothing', () => {
    const s = sensitivitySetup(inputs({ delta: '100%', sensitivityRuns: '0' }, 'en'));
    expect(Object.keys(s.errors).sort()).toEqual(['delta', 'sensitivityRuns']);
    expect(s.errors.delta!.en).toContain('100%');
    expect(s.errors.delta!.zh).toContain('变动幅度');
    expect(s.run).toBeNull();
    expect(s.command).toBeNull();
    expect(sensitivitySetup(inputs({ delta: 'lots' })).errors.delta).toBeDefined();
    expect(sensitivitySetup(inputs({ scheme: 'nope' })).errors.scheme!.en).toContain('nope');
  });

  it('prints a command the CLI runs to the same result', async () => {
    const s = sensitivitySetup(inputs({ delta: '15%', sensitivityRuns: '12' }, 'en', 'setup-check'));
    const fromCli = await cliJson(s.command!);
    const o = s.run!;
    const fromPage = await sensitivity(inputs({}, 'en', 'setup-check').scenario, { deltaBp: o.deltaBp, runs: o.runs, scheme: o.scheme, year: o.year }, inThreadSimulator());
    expect(fromCli).toEqual(JSON.parse(JSON.stringify(fromPage)));
  });
});

describe('solveSetup', () => {
  it('defaults to the smallest pool with P(runs out by 31 Dec) ≤ 10%, searched from 1万 to 10× the pool in steps of 1万', () => {
    const zh = solveSetup(inputs({}));
    expect(zh.values).toEqual({ find: 'pool', target: 'P(12-31前用完) <= 10%', range: '1万..25亿', resolution: '1万', solveRuns: '1000' });
    expect(zh.run).toMatchObject({ variable: 'pool', range: [1_000_000, 250_000_000_000], resolution: 1_000_000, runs: 1000 });
    expect(zh.run!.target).toEqual({ figure: 'exhausted', by: { month: 12, day: 31 }, op: '<=', bp: 1000 });
    expect(zh.command).toBe("npx quansim solve scenarios/hangzhou-2024.yaml --find pool --target 'P(exhausted before 12-31) <= 10%' --range '1万..25亿' --resolution '1万' --runs 1000 --seed 20240819 --lang zh");
    const en = solveSetup(inputs({ find: 'cap' }, 'en'));
    expect(en.values.range).toBe('10,000..80,000,000');
    expect(en.run!.range).toEqual([1_000_000, 8_000_000_000]);
    expect(solveSetup(inputs({ find: 'ratio' }, 'en')).values).toMatchObject({ range: '0%..100%', resolution: '0.1%' });
  });

  it('shows a target it cannot read beside the target field, in words', () => {
    const s = solveSetup(inputs({ target: 'P(exhausted before 13-01) <= 10%' }, 'en'));
    expect(Object.keys(s.errors)).toEqual(['target']);
    expect(s.errors.target!.en).toContain('13-01');
    expect(s.run).toBeNull();
    expect(solveSetup(inputs({ target: 'as cheap as possible' })).errors.target!.zh).toContain('as cheap as possible');
    expect(solveSetup(inputs({ range: '3亿..1亿' })).errors.range).toBeDefined();
    expect(solveSetup(inputs({ resolution: '0' })).errors.resolution).toBeDefined();
  });

  it('prints a command the CLI runs to the same answer', async () => {
    const s = solveSetup(inputs({ range: '1亿..4亿', resolution: '1000万', solveRuns: '15' }, 'en', 'setup-check'));
    const fromCli = await cliJson(s.command!);
    const o = s.run!;
    const fromPage = await solve(inputs({}, 'en', 'setup-check').scenario, {
      variable: o.variable, target: o.target, scheme: o.scheme, year: o.year, range: o.range, resolution: o.resolution, runs: o.runs,
    }, inThreadSimulator());
    expect(fromCli).toEqual(JSON.parse(JSON.stringify(fromPage)));
    expect(fromPage.status).toBe('found');
  });
});

describe('sweepSetup', () => {
  it('defaults to the pool across (50%–150%, 5 points) and the cap down (50%–150%, 3 points), 500 runs a cell', () => {
    const s = sweepSetup(inputs({}));
    expect(s.values).toEqual({
      'x.variable': 'pool', 'x.from': '1.25亿', 'x.to': '3.75亿', 'x.points': '5',
      'y.variable': 'cap', 'y.from': '400万', 'y.to': '1200万', 'y.points': '3', sweepRuns: '500',
    });
    expect(s.run!.x.values).toEqual([12_500_000_000, 18_750_000_000, 25_000_000_000, 31_250_000_000, 37_500_000_000]);
    expect(s.command).toBe("npx quansim sweep scenarios/hangzhou-2024.yaml --x 'pool=1.25亿..3.75亿:5' --y 'cap=400万..1200万:3' --runs 500 --seed 20240819 --lang zh");
  });

  it('names the field that is wrong', () => {
    expect(Object.keys(sweepSetup(inputs({ x: { variable: 'pool', points: '1' } })).errors)).toEqual(['x.points']);
    expect(Object.keys(sweepSetup(inputs({ y: { variable: 'pool' } })).errors)).toEqual(['y.variable']);
    expect(Object.keys(sweepSetup(inputs({ x: { variable: 'pool', from: '5亿', to: '1亿' } })).errors)).toEqual(['x.to']);
    expect(Object.keys(sweepSetup(inputs({ y: { variable: 'cap', from: 'much' } })).errors)).toEqual(['y.from']);
  });

  it('prints a command the CLI runs to the same grid', async () => {
    const s = sweepSetup(inputs({ x: { variable: 'pool', points: '2' }, y: { variable: 'ratio', points: '2' }, sweepRuns: '10' }, 'en', 'setup-check'));
    const fromCli = await cliJson(s.command!);
    const o = s.run!;
    const fromPage = await sweep(inputs({}, 'en', 'setup-check').scenario, { x: o.x, y: o.y, scheme: o.scheme, year: o.year, runs: o.runs }, inThreadSimulator());
    expect(fromCli).toEqual(JSON.parse(JSON.stringify(fromPage)));
  });
});
