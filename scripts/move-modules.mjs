#!/usr/bin/env node
// Moves modules and rewrites every relative import of them (and the moved modules' own relative imports).
// Usage: node scripts/move-modules.mjs old.ts=new.ts [old2.ts=new2.ts ...]   (paths from the repository root)
// It runs `git mv`, then rewrites `from '…'`, `import('…')`, `vi.mock('…')` and `new URL('…', import.meta.url)`
// specifiers in src/, test/, bench/, notebooks/ and scripts/ (.ts, .mts, .js, .mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const moves = new Map(process.argv.slice(2).map((a) => a.split('=').map((p) => resolve(ROOT, p))));
if (moves.size === 0) {
  console.error('usage: node scripts/move-modules.mjs old.ts=new.ts ...');
  process.exit(2);
}
const noExt = (p) => p.replace(/\.(ts|mts|js|mjs)$/, '');
const moved = new Map([...moves].map(([a, b]) => [noExt(a), noExt(b)]));

const files = [];
const walk = (d) => {
  for (const f of readdirSync(d)) {
    if (f === 'node_modules' || f === 'dist') continue;
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|mts|js|mjs)$/.test(f)) files.push(p);
  }
};
for (const d of ['src', 'test', 'bench', 'notebooks', 'scripts']) if (existsSync(join(ROOT, d))) walk(join(ROOT, d));

const SPEC = /(from\s*'|import\(\s*'|vi\.mock\(\s*'|new URL\(\s*')(\.{1,2}\/[^']*)'/g;
const rewrites = new Map();
for (const file of files) {
  const newFile = moves.get(file) ?? file;
  const text = readFileSync(file, 'utf8');
  const out = text.replace(SPEC, (all, head, spec) => {
    const abs = resolve(dirname(file), spec);
    const ext = spec.match(/\.(ts|mts|js|mjs)$/)?.[0] ?? '';
    const target = moved.get(noExt(abs));
    // a specifier of a module that stays where it is changes only when the importing file moves
    if (target === undefined && newFile === file) return all;
    let rel = relative(dirname(newFile), target ?? noExt(abs)) + ext + (spec.endsWith('/') ? '/' : '');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${head}${rel}'`;
  });
  if (out !== text) rewrites.set(newFile, out);
}
for (const [from, to] of moves) {
  mkdirSync(dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to], { cwd: ROOT });
}
for (const [file, text] of rewrites) writeFileSync(file, text);
console.log(`moved ${moves.size} modules, rewrote imports in ${rewrites.size} files`);
