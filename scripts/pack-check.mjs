#!/usr/bin/env node
/**
 * `npm run pack:check` (CI, after npm ci has built dist/ through prepare): packs quansim, checks what the tarball holds, installs it into an empty folder (npm
 * reaches only the registry) and from there runs what a new user would:
 *   quansim --version · quansim run --runs 200 · quansim run hangzhou-2024 --runs 200 --out out
 *   · a Node script that imports simulate from 'quansim/node' and prints a headline figure
 * with TMPDIR pointing at an empty folder. Fails when the tarball holds anything but dist/node, dist/types,
 * dist/fonts, scenarios, schemas, README.md, LICENSE and package.json; when a command fails; or when a command
 * writes a file anywhere in the install folder or TMPDIR other than the output folder it was given.
 * Prints the tarball's size and the install's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'quansim-pack-'));
const sh = (cmd, args, cwd, env = {}) => execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
let failed = false;
const fail = (msg) => { console.error(`pack-check: ${msg}`); failed = true; };

/** Every file under `dir` with its size and modification time. */
function tree(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else { const s = statSync(p); out.set(relative(dir, p), `${s.size}:${s.mtimeMs}`); }
    }
  };
  walk(dir);
  return out;
}
function du(dir) {
  let n = 0;
  for (const v of tree(dir).values()) n += Number(v.split(':')[0]);
  return n;
}
const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;

try {
  // 1. the tarball and what it holds
  const packed = JSON.parse(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root))[0];
  const tarball = join(work, packed.filename);
  const allowed = /^(package\.json|README\.md|LICENSE|dist\/(node|types|fonts)\/.+|scenarios\/.+|schemas\/.+)$/;
  const stray = packed.files.map((f) => f.path).filter((p) => !allowed.test(p));
  if (stray.length) fail(`the tarball holds files it should not: ${stray.slice(0, 10).join(', ')}`);
  for (const must of ['dist/node/cli.js', 'dist/node/node.js', 'dist/node/index.js', 'dist/node/worker.js', 'dist/types/node.d.ts', 'LICENSE', 'scenarios/hangzhou-2024.yaml']) {
    if (!packed.files.some((f) => f.path === must)) fail(`the tarball lacks ${must}`);
  }
  console.log(`tarball: ${packed.filename}, ${mib(packed.size)} packed, ${mib(packed.unpackedSize)} unpacked, ${packed.files.length} files`);

  // 2. installed into an empty folder
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "try-quansim", "private": true, "type": "module" }\n');
  sh('npm', ['install', '--no-audit', '--no-fund', tarball], app);
  console.log(`install: ${mib(du(join(app, 'node_modules')))} in node_modules (quansim itself ${mib(du(join(app, 'node_modules', 'quansim')))})`);
  writeFileSync(join(app, 'headline.mjs'), [
    "import { loadScenario, simulate } from 'quansim/node';",
    "const summary = await simulate(loadScenario('hangzhou-2024'), { runs: 200, seed: 'pack-check' });",
    "const s = summary.years[0].schemes[0];",
    "console.log(`${s.id}: the pool runs out in ${(s.exhaustion.probabilityByYearEnd * 100).toFixed(1)}% of ${summary.runs} runs`);",
    '',
  ].join('\n'));

  // 3. the commands, each checked for files written outside its output folder
  const tmp = join(work, 'tmp');
  mkdirSync(tmp);
  const commands = [
    ['npx', ['quansim', '--version'], null],
    ['npx', ['quansim', 'run', '--runs', '200', '--lang', 'en'], null],
    ['npx', ['quansim', 'run', 'hangzhou-2024', '--runs', '200', '--out', 'out'], 'out'],
    ['node', ['headline.mjs'], null],
  ];
  for (const [cmd, args, outDir] of commands) {
    const before = tree(app);
    let text;
    try {
      text = sh(cmd, args, app, { TMPDIR: tmp });
    } catch (e) {
      fail(`${cmd} ${args.join(' ')} failed (exit ${e.status}): ${e.stderr}`);
      continue;
    }
    const after = tree(app);
    const changed = [...after].filter(([p, v]) => before.get(p) !== v && !(outDir && p.startsWith(`${outDir}/`))).map(([p]) => p);
    if (changed.length) fail(`${cmd} ${args.join(' ')} wrote outside its output folder: ${changed.slice(0, 10).join(', ')}`);
    if (readdirSync(tmp).length) fail(`${cmd} ${args.join(' ')} wrote into TMPDIR: ${readdirSync(tmp).join(', ')}`);
    console.log(`$ ${cmd} ${args.join(' ')}\n${text.split('\n').slice(0, 4).join('\n')}${text.split('\n').length > 4 ? '\n…' : ''}`);
  }
  if (!readdirSync(join(app, 'out')).includes('summary.json')) fail('run --out out wrote no summary.json');
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log('pack-check: ok');
