/**
 * quansim reads no code and no font from a temporary folder, and writes nothing outside the output folder it is
 * given: the built CLI runs `run --out` on two worker threads and `report` (PNG charts drawn with the fonts) under
 * strace, with TMPDIR pointing at a folder planted with what older versions cached there (a worker bundle and a
 * converted font). Every file the processes open is listed; none may be under TMPDIR or the system's temporary
 * folder, every module loaded must come from the package or its dependencies, and every file written must be in
 * the output folder (or the folder beside it that is renamed into place).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/node/cli.js');
const hasStrace = spawnSync('strace', ['-V']).status === 0;

/** The files a command opened (openat and open calls that succeeded), with their flags. */
function opened(log: string): { path: string; write: boolean }[] {
  const out: { path: string; write: boolean }[] = [];
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const m = /open(?:at)?\((?:AT_FDCWD|\d+), "([^"]+)", ([A-Z_|]+)[^)]*\) = \d+/.exec(line);
    if (m) out.push({ path: m[1]!, write: /O_WRONLY|O_RDWR|O_CREAT/.test(m[2]!) });
  }
  return out;
}

describe.runIf(hasStrace || process.env.CI)('no temporary folder', () => {
  const work = mkdtempSync(join(ROOT, '.tmp-notemp-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const tmp = join(work, 'tmp');
  mkdirSync(join(tmp, 'quansim-cache'), { recursive: true });
  mkdirSync(join(tmp, 'quansim-fonts', 'noto-sans-sc-5.2.9'), { recursive: true });
  const marker = join(work, 'planted-code-ran');
  writeFileSync(join(tmp, 'quansim-cache', 'worker.json'), '{"recipe":"quansim-worker-1","inputs":[],"hash":"0"}');
  writeFileSync(join(tmp, 'quansim-cache', 'worker-0.mjs'), `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x');`);
  writeFileSync(join(tmp, 'quansim-fonts', 'noto-sans-sc-5.2.9', 'noto-sans-sc-chinese-simplified-400-normal.ttf'), 'not a font');

  it.each([
    ['run', ['run', 'hangzhou-2024', '--runs', '40', '--workers', '2', '--out', 'out-run', '--format', 'json']],
    ['report', ['report', 'hangzhou-2024', '--runs', '40', '--workers', '2', '--out', 'out-report', '--lang', 'zh']],
  ])('%s: opens nothing under TMPDIR or /tmp, loads code only from the package, writes only its --out', (name, args) => {
    expect(existsSync(CLI)).toBe(true);
    const log = join(work, `${name}.strace`);
    execFileSync('strace', ['-f', '-qq', '-e', 'trace=open,openat', '-o', log, process.execPath, CLI, ...args], {
      cwd: work, env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp }, stdio: 'pipe',
    });
    const files = opened(log);
    expect(files.length).toBeGreaterThan(50);
    // the planted TMPDIR, and the system's temporary folders (where the checkout itself is not: a fresh clone may be)
    const systemTemp = (p: string) => (p.startsWith('/tmp/') || p.startsWith('/var/tmp/')) && !p.startsWith(`${ROOT}/`);
    const inTemp = files.filter((f) => f.path.startsWith(tmp) || systemTemp(f.path));
    expect(inTemp).toEqual([]);
    const code = files.filter((f) => /\.(m?js|cjs|node|ttf|otf|woff2?)$/.test(f.path) && !f.path.startsWith('/proc/'));
    expect(code.length).toBeGreaterThan(5);
    expect(code.filter((f) => !f.path.startsWith(ROOT))).toEqual([]);
    const out = join(work, `out-${name}`);
    const written = files.filter((f) => f.write && !f.path.startsWith('/dev/') && !f.path.startsWith('/proc/'));
    expect(written.length).toBeGreaterThan(0);
    // the output is written beside its folder, then renamed into place (src/output/outFolder.ts)
    const staging = join(work, `.out-${name}.quansim-`);
    expect(written.filter((f) => !resolve(work, f.path).startsWith(`${out}/`) && !resolve(work, f.path).startsWith(staging))).toEqual([]);
    expect(existsSync(marker)).toBe(false);
    expect(readdirSync(tmp).sort()).toEqual(['quansim-cache', 'quansim-fonts']);
    if (name === 'report') expect(readdirSync(out).some((f) => f.endsWith('.png'))).toBe(true);
  });
});
