import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { UserError } from '../../src/errors/UserError';
import { checkOutFolder, isOutputName, writeOutFolder } from '../../src/output/outFolder';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'quansim-out-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = async (...args: string[]) => {
  const io = memoryIo(work);
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};
const scenario = join(root, 'scenarios/hangzhou-2024.yaml');

/** The code of the UserError `f` throws. */
function codeOf(f: () => void): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.code;
    throw e;
  }
  return 'none';
}

describe('writeOutFolder', () => {
  it('replaces the folder whole and leaves nothing beside it', async () => {
    const dir = join(work, 'whole');
    mkdirSync(dir);
    writeFileSync(join(dir, 'summary.json'), 'old');
    writeFileSync(join(dir, 'runs.csv'), 'old runs');
    const r = await writeOutFolder(dir, 'whole', async (tmp) => {
      expect(tmp).not.toBe(dir);
      expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('old'); // untouched while the new one is written
      await writeFile(join(tmp, 'summary.json'), 'new');
      return 7;
    });
    expect(r).toBe(7);
    expect(readdirSync(dir)).toEqual(['summary.json']); // runs.csv of the old run does not linger beside the new files
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('new');
    expect(readdirSync(work).filter((n) => n.startsWith('.whole'))).toEqual([]);
  });

  it('leaves the previous folder as it was when writing fails, and removes the partial one', async () => {
    const dir = join(work, 'kept');
    mkdirSync(dir);
    writeFileSync(join(dir, 'summary.json'), 'old');
    await expect(writeOutFolder(dir, 'kept', async (tmp) => {
      await writeFile(join(tmp, 'summary.json'), '{"trunc');
      throw new Error('cancelled');
    })).rejects.toThrow('cancelled');
    expect(readdirSync(dir)).toEqual(['summary.json']);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('old');
    expect(readdirSync(work).filter((n) => n.startsWith('.kept'))).toEqual([]);
  });

  it('removes the temporary folder of a killed process, and puts back a folder left aside', async () => {
    const dir = join(work, 'stale');
    const dead = 2 ** 22 + 12345; // above Linux's largest pid
    mkdirSync(join(work, `.stale.quansim-${dead}-1`));
    mkdirSync(join(work, `.stale.quansim-old-${dead}`));
    writeFileSync(join(work, `.stale.quansim-old-${dead}`, 'summary.json'), 'previous');
    // the folder itself is missing: killed between the two renames. The old one comes back before the check.
    await writeOutFolder(dir, 'stale', async (tmp) => {
      expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('previous');
      await writeFile(join(tmp, 'summary.json'), 'new');
    });
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('new');
    expect(readdirSync(work).filter((n) => n.startsWith('.stale'))).toEqual([]);
  });

  it('makes missing parent folders one level at a time', async () => {
    const dir = join(work, 'a', 'b', 'c');
    await writeOutFolder(dir, 'a/b/c', async (tmp) => writeFile(join(tmp, 'summary.json'), 'x'));
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('x');
  });
});

describe('checkOutFolder', () => {
  it('refuses a file, a path under a file, an unwritable place and a folder of other files', () => {
    writeFileSync(join(work, 'plain.txt'), 'x');
    mkdirSync(join(work, 'mine'));
    writeFileSync(join(work, 'mine', 'notes.md'), 'mine');
    expect(codeOf(() => checkOutFolder(join(work, 'plain.txt'), 'plain.txt'))).toBe('out.is-file');
    expect(codeOf(() => checkOutFolder(join(work, 'plain.txt', 'sub', 'x'), 'plain.txt/sub/x'))).toBe('out.under-file');
    expect(codeOf(() => checkOutFolder('/proc/x', '/proc/x'))).toBe('out.not-writable');
    expect(codeOf(() => checkOutFolder(join(work, 'mine'), 'mine'))).toBe('out.holds-other');
    expect(existsSync(join(work, 'mine', 'notes.md'))).toBe(true);
    expect(codeOf(() => checkOutFolder(join(work, 'fresh'), 'fresh'))).toBe('none');
  });

  it('knows the names the commands write', () => {
    for (const n of ['summary.json', 'summary.schema.json', 'summary.zh.txt', 'summary-2-hangzhou-2024.json', 'runs.csv', 'charts',
      'report.md', 'report.html', 'table-headlines.csv', 'budget-exhaustion-2025.png', 'heatmap.zh.svg', 'tornado-paid.en.vl.json',
      'sweep.csv', 'sensitivity.json', 'scenario.schema.json']) expect(isOutputName(n), n).toBe(true);
    for (const n of ['package.json', 'src', 'notes.md', '.git', 'data.csv']) expect(isOutputName(n), n).toBe(false);
  });
});

describe('--out', () => {
  it('is refused before any run when it names a file, a path under a file, /proc or nothing', async () => {
    writeFileSync(join(work, 'f.txt'), 'x');
    const file = await cli('run', scenario, '--runs', '5', '--out', 'f.txt');
    expect(file).toMatchObject({ code: 1, out: '' });
    expect(file.err).toBe('--out "f.txt" is a file, not a folder: name a folder (it is created when missing)\n');
    const under = await cli('run', scenario, '--runs', '5', '--out', 'f.txt/sub', '--lang', 'zh');
    expect(under.code).toBe(1);
    expect(under.err).toBe(`无法创建 --out "f.txt/sub"：路径中的 "${join(work, 'f.txt')}" 是文件，不是文件夹\n`);
    const proc = await cli('run', scenario, '--runs', '5', '--out', '/proc/x');
    expect(proc.code).toBe(1);
    expect(proc.err).toMatch(/^cannot write --out "\/proc\/x" \(ENOENT\): name a folder you can write to/);
    const sys = await cli('sweep', scenario, '--x', 'pool=1亿..2亿:2', '--y', 'cap=100万..200万:2', '--runs', '5', '--out', '/sys/x');
    expect(sys.code).toBe(1);
    expect(sys.err).toMatch(/^cannot write --out "\/sys\/x" \((EPERM|EACCES|EROFS)\)/);
    const empty = await cli('run', scenario, '--runs', '5', '--out', '');
    expect(empty).toEqual({ code: 2, out: '', err: 'quansim: --out needs a folder name, not an empty string\n' });
    expect(existsSync(join(work, 'f.txt', 'sub'))).toBe(false);
  });

  it('replaces the output of an earlier run whole, so no file of another seed remains', async () => {
    const a = await cli('run', scenario, '--runs', '20', '--seed', 'a', '--out', 'o', '--format', 'json');
    expect(a.code).toBe(0);
    writeFileSync(join(work, 'o', 'runs.csv'), 'stale');
    const b = await cli('run', scenario, '--runs', '20', '--seed', 'b', '--out', 'o', '--format', 'json');
    expect(b.code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'o', 'summary.json'), 'utf8')).seed).toBe('b');
    expect(readFileSync(join(work, 'o', 'runs.csv'), 'utf8')).not.toBe('stale');
    expect(readdirSync(work).filter((n) => n.startsWith('.o.'))).toEqual([]);
  });
});
