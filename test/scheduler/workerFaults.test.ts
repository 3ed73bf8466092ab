/**
 * A worker thread that exits, throws outside a message or runs out of memory ends the run with a WorkerFailure that
 * names the runs it was running, and no result: the scheduler rejects, stops the other workers, and the CLI prints
 * one line in the chosen language, exits 4 and leaves an --out folder as it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { spawnNodeWorker } from '../../src/scheduler/node/nodeWorkers';
import { Scheduler, WorkerFailure } from '../../src/scheduler/Scheduler';
import { workerFailureText } from '../../src/scheduler/errors';
import { planChunks } from '../../src/engine/planChunks';
import type { Scenario } from '../../src/scenario/model';

const FAULTY = new URL('../fixtures/workers/faulty.mjs', import.meta.url);
const scenario = { id: 'faulty-scenario', runs: 100 } as unknown as Scenario;

async function failureOf(kind: 'exit' | 'throw' | 'oom'): Promise<WorkerFailure> {
  const resourceLimits = kind === 'oom' ? { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } : undefined;
  const scheduler = new Scheduler(2, () => spawnNodeWorker(FAULTY, { workerData: kind, resourceLimits }));
  const e = await scheduler.run([{ key: 'k', scenario }]).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(WorkerFailure);
  return e as WorkerFailure;
}

describe('a worker thread that fails', () => {
  // The first two chunks planChunks gives two workers: each worker fails on the one it was given.
  const [first, second] = planChunks(100, 2);

  it.each([
    ['exit', /^it stopped \(exit code 7\)$/, { kind: 'exited', code: 7 }, '线程退出（退出码 7）'],
    ['throw', /^it threw Error: planted fault$/, { kind: 'threw', error: 'Error: planted fault' }, '抛出错误 Error: planted fault'],
    ['oom', /^it ran out of memory$/, { kind: 'out-of-memory' }, '内存不足'],
  ] as const)('%s: a WorkerFailure naming the worker, the runs it was running and what happened', async (kind, reason, fault, zh) => {
    const e = await failureOf(kind);
    expect(e.reason).toMatch(reason);
    // what happened is carried as data and worded in each language, not read back from the English
    expect(e.fault).toEqual(fault);
    expect(workerFailureText(e).zh.endsWith(`次模拟时失败：${zh}`)).toBe(true);
    expect(e.worker?.of).toBe(2);
    const ran = [e.runs!.from, e.runs!.to];
    expect([first, second]).toContainEqual(ran);
    expect(e.runs!.scenario).toBe('faulty-scenario');
    expect(e.message).toBe(`worker ${e.worker!.index} of 2 failed while running runs ${ran[0]}–${ran[1]! - 1} of faulty-scenario: ${e.reason}`);
  });
});

describe('quansim run with a worker that dies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quansim-fault-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const root = resolve(import.meta.dirname, '../..');

  it.each(['en', 'zh'] as const)('prints one line naming the runs (%s), exits 4 and leaves --out as it was', async (lang) => {
    const out = join(dir, `out-${lang}`);
    mkdirSync(out);
    writeFileSync(join(out, 'summary.json'), '{"kept": true}\n');
    const io = { ...memoryIo(root), spawnWorker: () => spawnNodeWorker(FAULTY, { workerData: 'exit' }) };
    const code = await runCli(['run', 'scenarios/hangzhou-2024.yaml', '--runs', '50', '--workers', '2', '--out', out, '--lang', lang], io);
    expect(code).toBe(4);
    const lines = io.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(lang === 'en'
      ? /^quansim: worker [12] of 2 failed while running runs \d+–\d+ of hangzhou-2024: it stopped \(exit code 7\); nothing was written$/
      : /^quansim：第 [12] 个工作线程（共 2 个）在运行 hangzhou-2024 的第 \d+–\d+ 次模拟时失败：线程退出（退出码 7）；未写出任何结果$/);
    expect(io.stdout()).toBe('');
    expect(readdirSync(out)).toEqual(['summary.json']);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('{"kept": true}\n');
  });
});
