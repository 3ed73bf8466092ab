/**
 * A Simulator on worker_threads that keeps its workers between calls (Node only). The analyses call their
 * simulator dozens of times (a bisection step, a sensitivity input, a convergence batch); starting workers
 * each time, as `simulate` does, would cost seconds per call. The workers are the engine's own
 * (src/engine/node/workerEntry.mjs → serveRuns): a worker is told a scenario (which empties its accumulators), runs
 * the chunks it is given into one set of accumulators, and hands that set over when told to finish.
 *
 *   jobs ─▶ chunks (planChunks per job) ─▶ idle worker: [finish the job it holds, scenario of the next] + chunk
 *        ─▶ at the end every worker finishes ─▶ each job's sets merged by run index
 *        ─▶ the same numbers as runRange in one thread, whatever the workers
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { accumulatorSetFromJSON, mergeAccumulatorSets, type AccumulatorSet } from '../engine/accumulators';
import { SimulationCancelled } from '../engine/node/simulate';
import type { FromWorker, ToWorker } from '../engine/node/serveRuns';
import { planChunks } from '../engine/planChunks';
import { inThreadSimulator } from './inThreadSimulator';
import type { SimJob, Simulator } from './Simulator';

export interface WorkerSimulatorOptions {
  /** Worker threads; 1 runs in this thread. Default: all cores. */
  workers?: number;
  /** Called as runs finish, with the runs done in the current call and its total. */
  onRuns?: (done: number, total: number) => void;
  /** Aborting terminates the workers; the call in progress rejects with SimulationCancelled. */
  signal?: AbortSignal;
}

/** A simulator and the means to stop its workers. */
export interface WorkerSimulator {
  simulate: Simulator;
  /** Terminates the workers (call once the analysis is done). */
  close: () => Promise<void>;
}

interface Slot {
  worker: Worker;
  /** The job whose runs the worker's accumulators hold (null: none since its last finish). */
  job: number | null;
  /** The chunk it is running. */
  chunk: { job: number; from: number; to: number } | null;
  /** Jobs whose accumulators it was told to hand over, in order ('result' messages answer them in turn). */
  flushing: number[];
}

/** Makes a worker-thread simulator; workers start on the first call. */
export function makeWorkerSimulator(opts: WorkerSimulatorOptions = {}): WorkerSimulator {
  const size = Math.max(1, opts.workers ?? availableParallelism());
  if (size === 1) {
    const simulate = inThreadSimulator(opts.onRuns);
    return {
      simulate: async (jobs) => {
        if (opts.signal?.aborted) throw new SimulationCancelled();
        return simulate(jobs);
      },
      close: async () => undefined,
    };
  }
  let slots: Slot[] = [];
  let handler: ((slot: Slot, msg: FromWorker) => void) | null = null;
  let failed: ((e: Error) => void) | null = null;

  const start = (): Slot[] => {
    if (slots.length === 0) {
      slots = Array.from({ length: size }, () => {
        const slot: Slot = { worker: new Worker(new URL('../engine/node/workerEntry.mjs', import.meta.url)), job: null, chunk: null, flushing: [] };
        slot.worker.on('message', (msg: FromWorker) => handler?.(slot, msg));
        slot.worker.on('error', (e) => failed?.(e));
        return slot;
      });
    }
    return slots;
  };

  const close = async (): Promise<void> => {
    const all = slots;
    slots = [];
    await Promise.all(all.map((s) => s.worker.terminate()));
  };

  const simulate: Simulator = (jobs: readonly SimJob[]) => {
    if (opts.signal?.aborted) return Promise.reject(new SimulationCancelled());
    if (handler) return Promise.reject(new Error('the worker simulator is already running'));
    for (const j of jobs) {
      if (!(Number.isInteger(j.from) && Number.isInteger(j.to) && 0 <= j.from && j.from <= j.to && j.to <= j.scenario.runs)) {
        return Promise.reject(new Error(`bad run range [${j.from}, ${j.to}) of ${j.scenario.runs}`));
      }
    }
    const queue = jobs.flatMap((j, job) => planChunks(j.to - j.from, size).map(([a, b]) => ({ job, from: j.from + a, to: j.from + b })));
    const total = jobs.reduce((n, j) => n + (j.to - j.from), 0);
    const parts: AccumulatorSet[][] = jobs.map(() => []);
    const pool = start();
    let next = 0;
    let ran = 0;
    for (const slot of pool) {
      slot.job = null;
      slot.chunk = null;
      slot.flushing = [];
    }
    return new Promise<AccumulatorSet[]>((resolve, reject) => {
      let settled = false;
      const finish = (err: Error | null): void => {
        if (settled) return;
        settled = true;
        handler = null;
        failed = null;
        opts.signal?.removeEventListener('abort', onAbort);
        if (err) {
          void close();
          reject(err);
          return;
        }
        try {
          resolve(parts.map((p, i) => {
            if (p.length === 0) throw new Error(`job ${i} has no runs`);
            return mergeAccumulatorSets(p);
          }));
        } catch (e) {
          reject(e as Error);
        }
      };
      const onAbort = (): void => finish(new SimulationCancelled());
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      /** Asks a worker for the accumulators of the job it holds. */
      const flush = (slot: Slot): void => {
        if (slot.job === null) return;
        slot.flushing.push(slot.job);
        slot.job = null;
        slot.worker.postMessage({ type: 'finish' } satisfies ToWorker);
      };
      const done = (): boolean => next >= queue.length && pool.every((s) => s.chunk === null && s.job === null && s.flushing.length === 0);
      const give = (slot: Slot): void => {
        const chunk = queue[next];
        slot.chunk = chunk ?? null;
        if (!chunk) {
          flush(slot);
          if (done()) finish(null);
          return;
        }
        next += 1;
        if (slot.job !== chunk.job) {
          // A worker's accumulators hold one job: hand them over before starting another (its scenario resets them).
          flush(slot);
          slot.worker.postMessage({ type: 'scenario', scenario: jobs[chunk.job]!.scenario } satisfies ToWorker);
          slot.job = chunk.job;
        }
        slot.worker.postMessage({ type: 'chunk', from: chunk.from, to: chunk.to } satisfies ToWorker);
      };
      handler = (slot, msg) => {
        if (msg.type === 'progress') {
          ran += msg.done;
          opts.onRuns?.(ran, total);
        } else if (msg.type === 'chunk') {
          const chunk = slot.chunk;
          if (!chunk || chunk.from !== msg.from || chunk.to !== msg.to) {
            finish(new Error(`worker finished runs [${msg.from}, ${msg.to}) it was not given`));
            return;
          }
          give(slot);
        } else if (msg.type === 'result') {
          const job = slot.flushing.shift();
          if (job === undefined) {
            finish(new Error('worker handed over accumulators nobody asked for'));
            return;
          }
          if (msg.result !== null) parts[job]!.push(accumulatorSetFromJSON(msg.result));
          if (done()) finish(null);
        } else {
          finish(new Error(`worker failed: ${msg.message}\n${msg.stack ?? ''}`));
        }
      };
      failed = (e) => finish(e);
      if (queue.length === 0) {
        finish(jobs.length === 0 ? null : new Error('jobs without runs'));
        return;
      }
      for (const slot of pool) give(slot);
    });
  };

  return { simulate, close };
}
