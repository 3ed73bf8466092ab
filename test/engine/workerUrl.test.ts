/**
 * The cached worker bundle: built once, reused while its inputs are unchanged, rebuilt under a new name when one
 * changes (so a stale bundle is never run), and the engine's workers start from it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workerBundle, workerUrl, type WorkerBundleSource } from '../../src/engine/node/workerUrl';

const dir = mkdtempSync(join(tmpdir(), 'quansim-bundle-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function project(): WorkerBundleSource {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
  writeFileSync(join(dir, 'tsconfig.json'), '{"compilerOptions": {"strict": true}}');
  writeFileSync(join(dir, 'src', 'b.ts'), 'export const B: number = 2;\n');
  writeFileSync(join(dir, 'src', 'a.ts'), "import { B } from './b';\nexport const value: number = 40 + B;\n");
  return {
    root: dir,
    entry: "import { value } from './a';\nexport default value;\n",
    resolveDir: join(dir, 'src'),
    cacheDirs: [join(dir, 'cache')],
  };
}

async function valueOf(file: string): Promise<unknown> {
  // a query string makes each load a new module instance
  const mod = (await import(`${pathToFileURL(file).href}?t=${statSync(file).mtimeMs}`)) as { default: unknown };
  return mod.default;
}

describe('workerBundle', () => {
  const src = project();
  let first = '';

  it('builds a bundle that runs the entry with its imports', async () => {
    first = workerBundle(src);
    expect(await valueOf(first)).toBe(42);
  });

  it('reuses the cached bundle while no input changes', () => {
    const before = statSync(first).mtimeMs;
    expect(workerBundle(src)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(before);
  });

  it('rebuilds under a new name when an input imported indirectly changes', async () => {
    writeFileSync(join(dir, 'src', 'b.ts'), 'export const B: number = 3;\n');
    const second = workerBundle(src);
    expect(second).not.toBe(first);
    expect(await valueOf(second)).toBe(43);
    // both are in the cache: the old one is only removed once it is an hour old
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.mjs')).length).toBe(2);
  });

  it('rebuilds when an input disappears', async () => {
    writeFileSync(join(dir, 'src', 'a.ts'), 'export const value: number = 7;\n');
    rmSync(join(dir, 'src', 'b.ts'));
    expect(await valueOf(workerBundle(src))).toBe(7);
  });
});

describe('workerUrl', () => {
  it('points the engine workers at a bundle in the cache', () => {
    const url = workerUrl();
    expect(url.protocol).toBe('file:');
    expect(url.pathname).toMatch(/worker-[0-9a-f]{32}\.mjs$/);
  });

  it('leaves the scenario parsers out of the engine worker, so that each worker starts quickly', () => {
    // zod and yaml took about 75 and 40 ms to load in every worker; the engine needs neither
    const manifest = JSON.parse(readFileSync(join(fileURLToPath(workerUrl()), '..', 'worker.json'), 'utf8')) as { inputs: string[] };
    expect(manifest.inputs).toContain('src/engine/runYear.ts');
    expect(manifest.inputs.filter((p) => /node_modules\/(zod|yaml)\//.test(p))).toEqual([]);
  });
});
