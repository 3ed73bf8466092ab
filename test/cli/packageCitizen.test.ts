/**
 * The CLI as a package citizen (issue 15 item 5): --version, --help listing every command without loading them,
 * `run --json` spelled like the other commands (and --format json kept), --workers capped at the cores.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands';
import { memoryIo } from '../../src/cli/io';
import { parseWorkers } from '../../src/cli/options';
import { runCli } from '../../src/cli/program';

const root = resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;

async function cli(...argv: string[]) {
  const io = memoryIo(root);
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('quansim as a package citizen', () => {
  it('--version and -V print package.json\'s version', async () => {
    for (const flag of ['--version', '-V']) expect(await cli(flag)).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('--help lists every command with its description', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.out).toContain(`${c.name}${c.args ? ` ${c.args}` : ''}`);
    expect(r.out).toContain(commands.find((c) => c.name === 'quote')!.description.en.slice(0, 40));
  });

  it('`run --help` shows the command\'s own options, and a mistyped command gets a suggestion', async () => {
    expect((await cli('run', '--help')).out).toMatch(/--max-memory <MB>[\s\S]*--json/);
    const r = await cli('rnu');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command 'rnu'[\s\S]*run/);
  });

  it('run --json prints the summary.json that --format json prints; --json with --format csv is a usage error', async () => {
    const args = ['run', 'hangzhou-2024', '--runs', '30', '--seed', 'json', '--workers', '1'];
    const a = await cli(...args, '--json');
    const b = await cli(...args, '--format', 'json');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect((JSON.parse(a.out) as { runs: number }).runs).toBe(30);
    const c = await cli(...args, '--json', '--format', 'csv');
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/--json and --format csv/);
  });

  it('--workers above the cores is capped at them, with one line saying so', () => {
    const io = memoryIo(root);
    expect(parseWorkers('8', io, 'en', 2)).toBe(2);
    expect(io.stderr()).toBe('quansim: --workers 8 is more than the 2 cores this machine has: using 2\n');
    const zh = memoryIo(root);
    expect(parseWorkers('3', zh, 'zh', 2)).toBe(2);
    expect(zh.stderr()).toMatch(/^quansim：--workers 3 超过本机可用的 2 个核心，改用 2 个\n$/);
    const quiet = memoryIo(root);
    expect(parseWorkers('2', quiet, 'en', 2)).toBe(2);
    expect(parseWorkers(undefined, quiet, 'en', 2)).toBeUndefined();
    expect(quiet.stderr()).toBe('');
  });
});
