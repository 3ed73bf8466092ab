/**
 * Issue 16 item 8: SIGKILL while `run --out` writes its folder. The folder holds the previous run whole (or does not
 * exist when there was none); the next run clears what the killed one left beside it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';

const root = resolve(import.meta.dirname, '../..');
const scenario = join(root, 'scenarios/hangzhou-2024.yaml');
const work = mkdtempSync(join(tmpdir(), 'quansim-kill-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = async (...args: string[]) => {
  const io = memoryIo(work);
  return { code: await runCli(args, io), err: io.stderr() };
};

/** Lists a folder and its charts/ (sorted), to compare states. */
const listing = (dir: string) => [...readdirSync(dir), ...readdirSync(join(dir, 'charts')).map((f) => `charts/${f}`)].sort();

/** Starts `run --out name`, kills it with SIGKILL once its temporary folder holds summary.json; resolves when it is gone. */
async function killWhileWriting(name: string, seed: string): Promise<{ signal: NodeJS.Signals | null; sawTemp: boolean }> {
  const child = spawn(process.execPath, [join(root, 'dist/node/cli.js'), 'run', scenario, '--runs', '400', '--seed', seed, '--workers', '1', '--out', name, '--format', 'json'], {
    cwd: work, stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
  let sawTemp = false;
  const deadline = Date.now() + 50_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const temp = readdirSync(work).find((f) => f.startsWith(`.${name}.quansim-${child.pid}-`));
    if (temp && existsSync(join(work, temp, 'summary.json'))) {
      sawTemp = true;
      child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const signal = await exited;
  return { signal, sawTemp };
}

describe('SIGKILL during --out', () => {
  it('leaves the previous folder whole, and the next run clears the leftovers', async () => {
    expect((await cli('run', scenario, '--runs', '20', '--seed', 'first', '--workers', '1', '--out', 'o', '--format', 'json')).code).toBe(0);
    const before = listing(join(work, 'o'));
    const summaryBefore = readFileSync(join(work, 'o/summary.json'), 'utf8');

    const { signal, sawTemp } = await killWhileWriting('o', 'second');
    expect(sawTemp).toBe(true);
    expect(signal).toBe('SIGKILL');
    // the folder is the first run's, byte for byte, with all its files: no truncated summary.json, no mixture
    expect(listing(join(work, 'o'))).toEqual(before);
    expect(readFileSync(join(work, 'o/summary.json'), 'utf8')).toBe(summaryBefore);
    expect(JSON.parse(summaryBefore).seed).toBe('first');
    expect(readFileSync(join(work, 'o/summary.en.txt'), 'utf8')).toContain('Seed: first');
    expect(readdirSync(work).filter((f) => f.startsWith('.o.quansim-')).length).toBe(1); // the killed run's

    const third = await cli('run', scenario, '--runs', '20', '--seed', 'third', '--workers', '1', '--out', 'o', '--format', 'json');
    expect(third.code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'o/summary.json'), 'utf8')).seed).toBe('third');
    expect(readdirSync(work).filter((f) => f.startsWith('.o.'))).toEqual([]);
  });

  it('leaves no folder at all when there was none before', async () => {
    const { sawTemp } = await killWhileWriting('fresh', 'x');
    expect(sawTemp).toBe(true);
    expect(existsSync(join(work, 'fresh'))).toBe(false);
  });
});
