/**
 * Runs a scenario on all cores with worker_threads (Node only; the page has its own Web Worker runner that calls
 * the same runRange). Chunks of runs are handed out one at a time; each worker adds its chunks to one set of
 * accumulators and hands it over at the end; results are merged by run index, so the summary is byte-identical
 * whatever the number of workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../scenario/model';
import { mergeAccumulatorData, type AccumulatorSet } from '../accumulators';
import { planChunks } from '../planChunks';
import { progressOf, type Progress } from '../progress';
import { runRange } from '../runRange';
import type { FromWorker, ToWorker } from './serveRuns';
import { workerUrl } from './workerUrl';

export interface SimulateOptions {
  /** Worker threads; 1 runs in this thread (unless `threads`). Default: all cores. */
  workers?: number;
  /**
   * Run in worker threads even when there is one worker (the benchmark does, so that one worker and all cores
   * are measured alike, start-up included). Default: only when there are several workers.
   */
  threads?: boolean;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/** Thrown when a simulation is cancelled through its AbortSignal. */
export class SimulationCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}

/** Simulates all runs of `scenario` and returns the merged accumulators. */
export async function simulate(scenario: Scenario, opts: SimulateOptions = {}): Promise<AccumulatorSet> {
  const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), scenario.runs || 1));
  const started = Date.now();
  if (opts.signal?.aborted) throw new SimulationCancelled();
  if (workers === 1 && opts.threads !== true) {
    let cancelled = false;
    const result = runRange(scenario, 0, scenario.runs, {
      onRun: (done) => {
        if (done % 16 === 0 || done === scenario.runs) opts.onProgress?.(progressOf(done, scenario.runs, Date.now() - started));
      },
      shouldStop: () => (cancelled = opts.signal?.aborted ?? false),
    });
    if (cancelled) throw new SimulationCancelled();
    return result;
  }
  const chunks = planChunks(scenario.runs, workers);
  const results: unknown[] = [];
  let next = 0;
  let done = 0;
  const url = workerUrl();
  const execArgv = workerExecArgv(process.execArgv);
  const pool = Array.from({ length: workers }, () => new Worker(url, { execArgv }));
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const onAbort = (): void => reject(new SimulationCancelled());
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const give = (w: Worker): void => {
        const chunk = chunks[next++];
        if (chunk) w.postMessage({ type: 'chunk', from: chunk[0], to: chunk[1] } satisfies ToWorker);
        else w.postMessage({ type: 'finish' } satisfies ToWorker);
      };
      for (const w of pool) {
        w.on('message', (msg: FromWorker) => {
          if (msg.type === 'progress') {
            done += msg.done;
            opts.onProgress?.(progressOf(done, scenario.runs, Date.now() - started));
          } else if (msg.type === 'chunk') {
            give(w);
          } else if (msg.type === 'result') {
            if (msg.result !== null) results.push(msg.result);
            finished += 1;
            if (finished === pool.length) {
              opts.signal?.removeEventListener('abort', onAbort);
              resolve();
            }
          } else {
            reject(new Error(`worker failed: ${msg.message}\n${msg.stack ?? ''}`));
          }
        });
        w.on('error', reject);
        w.postMessage({ type: 'scenario', scenario } satisfies ToWorker);
        give(w);
      }
    });
  } finally {
    // not awaited: the results are in, and a worker's exit (tens of ms) need not hold up the caller
    for (const w of pool) void w.terminate();
  }
  return mergeAccumulatorData(results);
}

/** Node flags that load a module into every thread, each followed by the module (or joined to it with `=`). */
const LOADER_FLAGS = ['--import', '--loader', '--experimental-loader', '--require', '-r'];

/**
 * The Node flags a worker is started with: this process's, without those that load tsx. A worker inherits them
 * by default, and `node --import tsx …` (the benchmark, scripts) would then load tsx and start its loader thread
 * in every worker, about 50–100 ms each, though neither worker entry needs it: the bundle is JavaScript, and the
 * fallback entry registers tsx itself (workerEntry.mjs).
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
      if (isTsx(module)) {
        if (eq < 0) i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Whether a module named on Node's command line is tsx or one of its entry points (tsx, tsx/esm, tsx/cjs, …). */
function isTsx(module: string): boolean {
  return module === 'tsx' || module.startsWith('tsx/');
}
