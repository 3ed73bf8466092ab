/**
 * The page runs the analyses in a Web Worker: nothing reachable from src/analysis/index.ts may import a Node
 * module (only the *.node.ts runners do, and the index leaves them out).
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

describe('src/analysis in the browser', () => {
  it('reaches no node: module and no *.node.ts file from its index', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    const stack = [resolve(SRC, 'analysis/index.ts')];
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
    expect(seen.size).toBeGreaterThan(40);
    expect(bad).toEqual([]);
  });
});
