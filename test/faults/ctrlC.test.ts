/**
 * Issue 16 item 1: Ctrl-C (SIGINT) ends every simulating command with one line and exit code 130, whatever the number
 * of workers: with --workers 1 the runs are in the CLI's own thread (the in-thread worker yields between slices of
 * runs), with 2 they are in worker threads. Nothing is written: an --out folder is not created. The time from SIGINT
 * to exit is printed; the bound asserted (2 s) leaves room for a loaded CI machine, the aim is 1 s (see the note of
 * the change).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const CLI = join(root, 'dist/node/cli.js');
const work = mkdtempSync(join(tmpdir(), 'quansim-sigint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts the CLI, sends SIGINT after `afterMs`, and resolves with how it ended. */
function interrupt(args: string[], afterMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string; out: string; ms: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let out = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    let sent = 0;
    const timer = setTimeout(() => { sent = performance.now(); child.kill('SIGINT'); }, afterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, err, out, ms: sent ? performance.now() - sent : -1 });
    });
  });
}

const long = ['--runs', '200000', '--seed', 'sigint'];

describe('Ctrl-C', () => {
  it.each([
    ['run, 1 worker (in this thread)', ['run', 'hangzhou-2024', ...long, '--workers', '1', '--out', 'o1']],
    ['run, 2 workers', ['run', 'hangzhou-2024', ...long, '--workers', '2', '--out', 'o2']],
    ['run --runs auto, 1 worker', ['run', 'hangzhou-2024', '--runs', 'auto', '--tolerance', 'p=0.01%', '--max-runs', '1000000', '--workers', '1']],
    ['compare, 1 worker', ['compare', 'hangzhou-2024', 'zhejiang-2025', ...long, '--workers', '1']],
    ['sensitivity, 1 worker', ['sensitivity', 'hangzhou-2024', ...long, '--workers', '1']],
    ['report, 2 workers', ['report', 'hangzhou-2024', ...long, '--workers', '2', '--out', 'o-report']],
  ])('%s: one line, exit 130, nothing written', async (_name, args) => {
    const r = await interrupt([...args, '--lang', 'en'], 2500);
    console.log(`${args.slice(0, 1).join(' ')} --workers ${args[args.indexOf('--workers') + 1]}: exit ${r.code} ${Math.round(r.ms)} ms after SIGINT`);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(130);
    expect(r.err.trim().split('\n').at(-1)).toBe('quansim: cancelled; nothing was written');
    expect(r.err).not.toMatch(/internal error/);
    expect(r.ms).toBeGreaterThan(0);
    expect(r.ms).toBeLessThan(2000);
    const out = args[args.indexOf('--out') + 1];
    if (args.includes('--out')) expect(existsSync(join(work, out!))).toBe(false);
  });

  it('in Chinese', async () => {
    // (not timed against start-up: a SIGINT before Node has run the CLI's first line ends the process by the signal)
    const r = await interrupt(['run', 'hangzhou-2024', ...long, '--workers', '1', '--lang', 'zh'], 2500);
    expect(r.code).toBe(130);
    expect(r.err).toBe('quansim：已取消，未写出任何结果\n');
  });
});
