/**
 * The analyses' Simulator (src/analysis/Simulator.ts) and a plain scenario's runs, on the scheduler: each batch of
 * jobs goes to the workers at once (every worker busy), their parts come back as plain data and are merged by run
 * index. Runs are seeded by their index, so the accumulators, and every number read from them, are the same in the
 * CLI, the page and the notebooks, whatever the workers.
 *
 *   analysis ─SimJob[]─▶ Scheduler.run (chunks of [from, to) on every worker) ─parts─▶ merge ─▶ AccumulatorSet[]
 */
import type { SimJob, Simulator } from './Simulator';
import type { AccumulatorSet } from '../engine/accumulators';
import type { Progress } from '../engine/progress';
import type { Scenario } from '../scenario/model';
import { mergeParts, SimulationCancelled, type Scheduler } from './Scheduler';

export interface SchedulerRunOptions {
  /** Aborting cancels the batch in progress (its promise rejects with SimulationCancelled) and every later one. */
  signal?: AbortSignal;
  /** Progress of the batch in progress (runs done of the batch's runs). */
  onProgress?: (p: Progress) => void;
}

/** Job keys are unique for the life of the process: a worker keeps a key's scenario until it is collected. */
let nextKey = 0;

/** A fresh job key. */
export function jobKey(prefix: string): string {
  return `${prefix}-${nextKey++}`;
}

/**
 * A Simulator on `scheduler`. Only one batch runs at a time (a scheduler runs one set of jobs at a time).
 * @example await runUntilStable(scenario, schedulerSimulator(scheduler, { signal }))
 */
export function schedulerSimulator(scheduler: Scheduler, opts: SchedulerRunOptions = {}): Simulator {
  return async (jobs: readonly SimJob[]): Promise<AccumulatorSet[]> => {
    if (opts.signal?.aborted) throw new SimulationCancelled();
    const keyed = jobs.map((j) => ({ key: jobKey('batch'), scenario: j.scenario, from: j.from, to: j.to }));
    const results = await scheduler.run(keyed, opts);
    const out: AccumulatorSet[] = [];
    for (const r of results) {
      out.push(mergeParts(r));
      // Merging a job takes tens of milliseconds: let a page draw and take clicks (or a CLI see Ctrl-C) between jobs.
      await new Promise((res) => setTimeout(res, 0));
      if (opts.signal?.aborted) throw new SimulationCancelled();
    }
    return out;
  };
}

/** Every run of `scenario` on `scheduler`, merged. @throws SimulationCancelled, WorkerFailure */
export async function simulateRuns(scheduler: Scheduler, scenario: Scenario, opts: SchedulerRunOptions = {}): Promise<AccumulatorSet> {
  const [acc] = await simulateRunsOfEach(scheduler, [scenario], opts);
  return acc!;
}

/**
 * Every run of each scenario on `scheduler`, in one queue (every worker busy until the last run of the last one),
 * merged per scenario. @throws SimulationCancelled, WorkerFailure
 */
export async function simulateRunsOfEach(scheduler: Scheduler, scenarios: readonly Scenario[], opts: SchedulerRunOptions = {}): Promise<AccumulatorSet[]> {
  const results = await scheduler.run(scenarios.map((scenario) => ({ key: jobKey('run'), scenario })), opts);
  return results.map(mergeParts);
}
