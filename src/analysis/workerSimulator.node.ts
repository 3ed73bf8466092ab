/**
 * A Simulator on worker_threads that keeps its workers between calls (Node only). The analyses call their
 * simulator dozens of times (a bisection step, a sensitivity input, a convergence batch); starting workers
 * each time, as `simulate` does, would cost seconds per call. The workers are the engine's own
 * (src/engine/node/workerEntry.mjs → serveRuns): a worker is told a scenario, then given chunks of runs.
 *
 *   jobs ─▶ chunks (planChunks per job) ─▶ idle worker: [scenario if it has another] + chunk ─▶ accumulators
 *        ─▶ merged per job by run index ─▶ the same numbers as runRange in one thread, whatever the workers
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { accumulatorSetFromJSON, mergeAccumulatorSets, type AccumulatorSet } from '../engine/accumulators';
import { SimulationCancelled } from '../engine/node/simulate';
import type { FromWorker, ToWorker } from '../engine/node/serveRuns';
import { planChunks } from '../engine/planChunks';
import type { Scenario } from '../scenario/model';
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
  scenario: Scenario | null;
  chunk: { job: number; from: number; to: number } | null;
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
        const slot: Slot = { worker: new Worker(new URL('../engine/node/workerEntry.mjs', import.meta.url)), scenario: null, chunk: null };
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
    let done = 0;
    return new Promise<AccumulatorSet[]>((resolve, reject) => {
      const finish = (err: Error | null): void => {
        handler = null;
        failed = null;
        opts.signal?.removeEventListener('abort', onAbort);
        if (err) {
          void close();
          reject(err);
          return;
        }
        const empty = (i: number) => new Error(`job ${i} has no runs`);
        try {
          resolve(parts.map((p, i) => {
            if (p.length === 0) throw empty(i);
            return mergeAccumulatorSets(p);
          }));
        } catch (e) {
          reject(e as Error);
        }
      };
      const onAbort = (): void => finish(new SimulationCancelled());
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const give = (slot: Slot): void => {
        const chunk = queue[next];
        slot.chunk = chunk ?? null;
        if (!chunk) {
          if (pool.every((s) => s.chunk === null)) finish(null);
          return;
        }
        next += 1;
        const scenario = jobs[chunk.job]!.scenario;
        if (slot.scenario !== scenario) {
          slot.worker.postMessage({ type: 'scenario', scenario } satisfies ToWorker);
          slot.scenario = scenario;
        }
        slot.worker.postMessage({ type: 'chunk', from: chunk.from, to: chunk.to } satisfies ToWorker);
      };
      handler = (slot, msg) => {
        if (msg.type === 'progress') {
          done += msg.done;
          opts.onRuns?.(done, total);
        } else if (msg.type === 'chunk') {
          const chunk = slot.chunk;
          if (!chunk || chunk.from !== msg.from || chunk.to !== msg.to) {
            finish(new Error(`worker returned runs [${msg.from}, ${msg.to}) it was not given`));
            return;
          }
          parts[chunk.job]!.push(accumulatorSetFromJSON(msg.result));
          give(slot);
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
