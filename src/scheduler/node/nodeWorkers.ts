/**
 * The scheduler's Node adapter: worker_threads running workerMain (serveRuns), made to look like a Web Worker
 * (WorkerLike). A worker that throws outside a message, exits, runs out of memory or sends a message that cannot be
 * read becomes one 'error' event the scheduler turns into a WorkerFailure naming the runs it was running.
 *
 * Which file a worker starts from: the built `worker.js` beside this module in dist/node (what the package runs:
 * nothing is compiled, bundled or cached at run time), or, when quansim runs from its TypeScript sources (tests,
 * `node --import tsx` scripts), workerDev.mjs, which loads the sources through tsx.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { inThreadWorker } from '../inThreadWorker';
import { faultText, type WorkerFault } from '../errors';
import { Scheduler, type WorkerErrorEvent, type WorkerLike } from '../Scheduler';
import { cores } from './cores';

export { cores };

/** The worker entries, relative to this module (in variables, so that no bundler rewrites them). */
const BUILT_ENTRY = './worker.js';
const SOURCE_ENTRY = './workerDev.mjs';

/** The URL a worker starts from: the built entry, or the tsx one when this module is TypeScript. */
export function workerEntryUrl(moduleUrl: string = import.meta.url): URL {
  return new URL(/\.ts$/.test(new URL(moduleUrl).pathname) ? SOURCE_ENTRY : BUILT_ENTRY, moduleUrl);
}

/**
 * Starts one worker thread.
 * @param url where it starts (tests start workers that fail on purpose, with `workerData` and `resourceLimits`)
 */
export function spawnNodeWorker(url: URL = workerEntryUrl(), opts: Pick<WorkerOptions, 'workerData' | 'resourceLimits'> = {}): WorkerLike {
  const w = new Worker(url, { execArgv: workerExecArgv(process.execArgv), ...opts });
  const onError: ((ev: WorkerErrorEvent) => void)[] = [];
  let stopped = false;
  const fail = (fault: WorkerFault): void => {
    if (stopped) return;
    stopped = true;
    for (const f of onError) f({ message: faultText(fault).en, fault });
  };
  w.on('error', (e: Error & { code?: string }) =>
    fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory' } : { kind: 'threw', error: `${e.name}: ${e.message}` }));
  w.on('messageerror', (e) => fail({ kind: 'unreadable-message', error: e.message }));
  w.on('exit', (code) => fail({ kind: 'exited', code }));
  return {
    postMessage: (msg) => w.postMessage(msg),
    addEventListener: ((type: 'message' | 'error', fn: (ev: { data?: unknown; message?: string }) => void) => {
      if (type === 'message') w.on('message', (data: unknown) => fn({ data }));
      else onError.push(fn as (ev: WorkerErrorEvent) => void);
    }) as WorkerLike['addEventListener'],
    terminate: () => {
      stopped = true;
      void w.terminate();
    },
  };
}

/**
 * A scheduler on worker threads, or on one in-thread worker when `workers` is 1 (unless `threads`: the benchmark
 * measures one worker thread too).
 * @param workers default: all cores
 * @param spawn tests pass their own
 */
export function nodeScheduler(workers: number = cores(), opts: { threads?: boolean; spawn?: () => WorkerLike } = {}): Scheduler {
  const size = Math.max(1, Math.floor(workers));
  if (size === 1 && opts.threads !== true && !opts.spawn) return new Scheduler(1, () => inThreadWorker());
  return new Scheduler(size, opts.spawn ?? (() => spawnNodeWorker()));
}

/** Node flags that load a module into every thread, each followed by the module (or joined to it with `=`). */
const LOADER_FLAGS = ['--import', '--loader', '--experimental-loader', '--require', '-r'];

/**
 * The Node flags a worker is started with: this process's, without those that load tsx. A worker inherits them
 * by default, and `node --import tsx …` would then load tsx and start its loader thread in every worker, about
 * 50–100 ms each, though neither worker entry needs it: the built one is JavaScript, and the source one registers
 * tsx itself (workerDev.mjs).
 *
 * @example workerExecArgv(['--import', 'tsx', '--max-old-space-size=4096']) // ['--max-old-space-size=4096']
 */
export function workerExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const flag = eq >= 0 ? a.slice(0, eq) : a;
    if (LOADER_FLAGS.includes(flag)) {
      const module = eq >= 0 ? a.slice(eq + 1) : argv[i + 1] ?? '';
      if (module === 'tsx' || module.startsWith('tsx/')) {
        if (eq < 0) i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
