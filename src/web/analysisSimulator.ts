/**
 * The analyses' Simulator (src/analysis/Simulator.ts) on the page's Web Worker pool: each batch of jobs goes to the
 * pool at once (every worker busy), the workers' parts come back as plain data and are merged here by run index,
 * as the CLI's worker_threads simulator merges them. Runs are seeded by their index, so the accumulators, and every
 * number an analysis reads from them, are those of `quansim run|sensitivity|solve|sweep` for the same scenario
 * and seed.
 *
 *   analysis ─SimJob[]─▶ WorkerPool.run (chunks of [from, to) on every worker) ─parts─▶ merge ─▶ AccumulatorSet[]
 */
import type { SimJob, Simulator } from '../analysis/Simulator';
import { mergeAccumulatorData, type AccumulatorSet } from '../engine/accumulators';
import type { Progress } from '../engine/progress';
import { SimulationCancelled, type WorkerPool } from './WorkerPool';

export interface PoolSimulatorOptions {
  /** Aborting cancels the batch in progress (its promise rejects with SimulationCancelled) and every later one. */
  signal: AbortSignal;
  /** Progress of the batch in progress (runs done of the batch's runs). */
  onProgress?: (p: Progress) => void;
}

/** Job keys are unique for the life of the page: a worker keeps a key's scenario until it is collected. */
let nextKey = 0;

/**
 * A Simulator that runs on `pool`. Only one batch runs at a time (the pool runs one set of jobs at a time).
 * @example await runUntilStable(scenario, poolSimulator(pool, { signal }))
 */
export function poolSimulator(pool: WorkerPool, opts: PoolSimulatorOptions): Simulator {
  return async (jobs: readonly SimJob[]): Promise<AccumulatorSet[]> => {
    if (opts.signal.aborted) throw new SimulationCancelled();
    const keyed = jobs.map((j) => ({ key: `analysis-${nextKey++}`, scenario: j.scenario, from: j.from, to: j.to }));
    const results = await pool.run(keyed, { signal: opts.signal, onProgress: opts.onProgress });
    const out: AccumulatorSet[] = [];
    for (const [i, r] of results.entries()) {
      if (r.parts.length === 0) throw new Error(`no runs came back for runs ${jobs[i]!.from}..${jobs[i]!.to}`);
      out.push(mergeAccumulatorData(r.parts));
      // Merging a job takes tens of milliseconds: let the page draw and take clicks between jobs.
      await new Promise((res) => setTimeout(res, 0));
      if (opts.signal.aborted) throw new SimulationCancelled();
    }
    return out;
  };
}
