/**
 * The page runs the analyses in a Web Worker: nothing reachable from src/analysis/index.ts may import a Node
 * module (only the *.node.ts runners do, and the index leaves them out). The package's 'quansim' entry
 * (src/index.ts) and the Web Worker it starts are browser-safe the same way; 'quansim/node' (src/node.ts) is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Value imports of a file (type-only imports are erased and do not count). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
}

function resolveTs(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  for (const cand of [`${base}.ts`, `${base}/index.ts`, base]) if (existsSync(cand) && cand.endsWith('.ts')) return cand;
  return null;
}

/** The files a browser would load from `entry`, and their imports of Node modules or *.node.ts files. */
function nodeImportsFrom(entry: string): { seen: number; bad: string[] } {
  const seen = new Set<string>();
  const bad: string[] = [];
  const stack = [resolve(SRC, entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of imports(file)) {
      if (spec.startsWith('node:') || /\.node(\.js)?$/.test(spec)) bad.push(`${file.slice(SRC.length)} imports ${spec}`);
      const next = resolveTs(file, spec);
      if (next) stack.push(next);
    }
  }
  return { seen: seen.size, bad };
}

describe('the browser-safe entries', () => {
  it.each(['index.ts', 'scheduler/webWorkerMain.ts', 'web/main.ts'])('%s reaches no node: module and no *.node.ts file', (entry) => {
    const r = nodeImportsFrom(entry);
    expect(r.seen).toBeGreaterThan(10);
    expect(r.bad).toEqual([]);
  });

  it('the check sees a Node import where there is one (src/node.ts)', () => {
    expect(nodeImportsFrom('node.ts').bad.length).toBeGreaterThan(0);
  });
});

describe('src/analysis in the browser', () => {
  it('reaches no node: module and no *.node.ts file from its index', () => {
    const r = nodeImportsFrom('analysis/index.ts');
    expect(r.seen).toBeGreaterThan(40);
    expect(r.bad).toEqual([]);
  });
});
