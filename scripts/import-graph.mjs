#!/usr/bin/env node
/**
 * The import graph of src/ by folder: for each pair of folders, how many imports (value and type) go from one to the
 * other. `node scripts/import-graph.mjs` prints it as lines `from → to  (n)`; `--dot` prints Graphviz.
 * docs/architecture.md shows it; eslint (eslint-plugin-boundaries) enforces the layers.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../src');
const files = [];
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.ts$/.test(f)) files.push(p); } };
walk(SRC);
const folderOf = (file) => { const r = relative(SRC, file).split('/'); return r.length === 1 ? '(entry)' : r[0]; };
const edges = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^(?:import|export)\s+[^;]*?from\s+'(\.[^']+)'/gms)) {
    const target = resolve(dirname(file), m[1]);
    const from = folderOf(file);
    // a folder's index ('../charts') belongs to the folder
    const to = existsSync(target) && statSync(target).isDirectory() ? folderOf(join(target, 'index.ts')) : folderOf(target.replace(/\.js$/, '').replace(/\.ts$/, '') + '.ts');
    if (from === to) continue;
    const key = `${from} → ${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}
const sorted = [...edges].sort(([a], [b]) => a.localeCompare(b));
if (process.argv.includes('--dot')) {
  console.log('digraph src {\n  rankdir=BT;');
  for (const [k, n] of sorted) { const [a, b] = k.split(' → '); console.log(`  "${a}" -> "${b}" [label=${n}];`); }
  console.log('}');
} else for (const [k, n] of sorted) console.log(`${k}  (${n})`);
