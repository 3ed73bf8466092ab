/**
 * Where the engine's worker threads start from: one ES module bundled by esbuild from the TypeScript sources,
 * built on first use and cached under a name that is the hash of everything it was built from.
 *
 *   workerUrl() ─▶ cache/worker.json lists the bundle's inputs ─▶ hash(recipe, esbuild version, tsconfig,
 *     every input's path and bytes) ─▶ cache/worker-<hash>.mjs exists? use it : rebuild (esbuild.buildSync)
 *
 * Why: a worker that loads the sources through tsx (workerEntry.mjs) takes 1–2 s to be ready on this machine
 * (each worker compiles or reads back ~170 modules through tsx's loader thread), a large part of 10,000 runs;
 * the bundle is ready in about a tenth of that. A worker without tsx's loader also keeps V8's "no ArrayBuffer
 * was ever detached" assumption, so its typed-array reads skip a check each.
 *
 * Soundness: the bundle depends only on its inputs (listed by esbuild's metafile, sources and node_modules
 * files alike), tsconfig.json, package.json, esbuild's version and the build options here (RECIPE). Any change
 * to one of them changes the hash, and so the file name: a stale bundle is never used. A new import can only
 * appear by changing an input, which changes the hash too. Files are written under a temporary name and
 * renamed, so concurrent processes never read half a file.
 *
 * Falls back to the tsx entry when esbuild cannot be loaded or the build fails (QUANSIM_WORKER=tsx forces it).
 * Node only (the page bundles its Web Workers with Vite).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The worker entry that loads the sources through tsx (the fallback). */
const TSX_ENTRY = new URL('./workerEntry.mjs', import.meta.url);

/** The name esbuild gives the entry (text, not a file) in its metafile. */
const ENTRY_NAME = '<quansim worker entry>';

/** Bump when the build options below change (they are part of what the hash covers). */
const RECIPE = 'quansim-worker-1';

/** What a bundle is built from; the defaults build the engine's worker from this repository. */
export interface WorkerBundleSource {
  /** Folder that holds package.json, tsconfig.json and node_modules; input paths are relative to it. */
  root: string;
  /** TypeScript code of the entry module, resolved from `resolveDir`. */
  entry: string;
  resolveDir: string;
  /** Cache folders to try, in order (the first one that can be written is used). */
  cacheDirs: string[];
}

interface Manifest {
  recipe: string;
  inputs: string[];
  hash: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '../../..');

/** The engine's worker: serveRuns() from serveRuns.ts. */
export const ENGINE_WORKER: WorkerBundleSource = {
  root: repoRoot,
  entry: "import { serveRuns } from './serveRuns';\nserveRuns();\n",
  resolveDir: here,
  cacheDirs: [join(repoRoot, 'node_modules', '.cache', 'quansim'), join(tmpdir(), 'quansim-cache')],
};

let cached: URL | null = null;

/**
 * The URL to start an engine worker_threads Worker from: the cached bundle (built now if the sources changed),
 * or the tsx entry when no bundle can be had. Computed once per process.
 * @example new Worker(workerUrl())
 */
export function workerUrl(): URL {
  if (cached === null) {
    let bundle: string | null = null;
    if (process.env.QUANSIM_WORKER !== 'tsx') {
      try {
        bundle = workerBundle(ENGINE_WORKER);
      } catch {
        bundle = null; // e.g. esbuild missing: the tsx entry gives the same results, only slower to start
      }
    }
    cached = bundle === null ? TSX_ENTRY : pathToFileURL(bundle);
  }
  return cached;
}

/**
 * The path of an up-to-date bundle of `src.entry` (built if the cached one is missing or stale).
 * @throws Error when esbuild cannot be loaded, the build fails or no cache folder can be written
 */
export function workerBundle(src: WorkerBundleSource): string {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const salt = `${RECIPE}\0${esbuild.version}\0${src.entry}\0${readOptional(join(src.root, 'tsconfig.json'))}\0${readOptional(join(src.root, 'package.json'))}`;
  for (const dir of src.cacheDirs) {
    const manifest = readManifest(join(dir, 'worker.json'));
    if (manifest === null) continue;
    let hash: string;
    try {
      hash = hashInputs(src.root, manifest.inputs, salt);
    } catch {
      continue; // an input vanished since: rebuild
    }
    const file = join(dir, `worker-${hash}.mjs`);
    if (hash === manifest.hash && existsSync(file)) return file;
  }
  const result = esbuild.buildSync({
    stdin: { contents: src.entry, resolveDir: src.resolveDir, sourcefile: ENTRY_NAME, loader: 'ts' },
    absWorkingDir: src.root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // inlines constants imported from other modules (V8 would read each through its module cell)
    minifySyntax: true,
    // CommonJS dependencies (seedrandom) call require(): give the ES module one
    banner: { js: "import { createRequire as __quansimRequire } from 'node:module'; const require = __quansimRequire(import.meta.url);" },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  // the entry itself is not a file: its text is in the salt
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.endsWith(ENTRY_NAME)).sort();
  const hash = hashInputs(src.root, inputs, salt);
  let lastError: unknown = null;
  for (const dir of src.cacheDirs) {
    try {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `worker-${hash}.mjs`);
      writeAtomically(file, code);
      writeAtomically(join(dir, 'worker.json'), JSON.stringify({ recipe: RECIPE, inputs, hash } satisfies Manifest));
      removeOldBundles(dir, file);
      return file;
    } catch (e) {
      lastError = e;
    }
  }
  throw new Error(`no cache folder for the worker bundle could be written: ${String(lastError)}`);
}

function hashInputs(root: string, inputs: readonly string[], salt: string): string {
  const h = createHash('sha256');
  h.update(salt);
  for (const p of inputs) {
    h.update(`\0${p}\0`);
    h.update(readFileSync(resolve(root, p)));
  }
  return h.digest('hex').slice(0, 32);
}

function readManifest(file: string): Manifest | null {
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
    if (m.recipe !== RECIPE || !Array.isArray(m.inputs) || typeof m.hash !== 'string') return null;
    return m as Manifest;
  } catch {
    return null; // missing or unreadable: rebuild
  }
}

function readOptional(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function writeAtomically(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Deletes bundles other than `keep` that are more than an hour old (a process may still be starting one). */
function removeOldBundles(dir: string, keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!/^worker-[0-9a-f]+\.mjs$/.test(name) || file === keep) continue;
    try {
      if (statSync(file).mtimeMs < hourAgo) unlinkSync(file);
    } catch {
      // another process removed it first
    }
  }
}
