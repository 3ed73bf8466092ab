/**
 * `simulate`: a scenario's Monte Carlo runs and their summary, in three lines, in a browser or in Node:
 *
 *   const scenario = loadScenario(text, readFile)            // or loadScenario('hangzhou-2024') from 'quansim/node'
 *   const summary = await simulate(scenario, { runs: 2000, seed: '2024' })
 *   summary.years[0].schemes[0].exhaustion.probabilityByYearEnd                  // the chance the pool runs out
 *
 * In a browser the runs go to Web Workers (one a core); without Web Workers (Node importing 'quansim') they run in
 * this thread, in slices that leave the event loop free. 'quansim/node' has the same function on worker threads.
 * The result never depends on the workers: runs are seeded by their index and merged by run index.
 */
import type { Progress } from './engine/progress';
import { inThreadWorker } from './scheduler/inThreadWorker';
import { Scheduler } from './scheduler/Scheduler';
import { simulateRunsOfEach } from './scheduler/schedulerSimulator';
import type { Accumulator } from './stats/Accumulator';
import { browserCores, spawnWebWorker } from './scheduler/webWorkers';
import type { Scenario } from './scenario/model';
import { summarize } from './stats/summarize';
import type { Summary } from './stats/Summary';

export interface SimulateOptions {
  /** Monte Carlo runs (default: the scenario's). */
  runs?: number;
  /** Seed of the random streams (default: the scenario's). */
  seed?: string;
  /** Workers (default: one a core; 1 runs in this thread). */
  workers?: number;
  /** Aborting rejects the promise with SimulationCancelled and stops the workers. */
  signal?: AbortSignal;
  /** Called as runs finish (at most every 50 ms per worker). */
  onProgress?: (p: Progress) => void;
}

/** The scenario with `runs` and `seed` applied. @throws RangeError on runs that are not a whole number ≥ 1 */
export function withRunsAndSeed(scenario: Scenario, opts: { runs?: number; seed?: string }): Scenario {
  const runs = opts.runs ?? scenario.runs;
  if (!(Number.isSafeInteger(runs) && runs >= 1)) throw new RangeError(`runs must be a whole number of at least 1, not ${String(runs)}`);
  return { ...scenario, runs, seed: opts.seed ?? scenario.seed };
}

/** One scenario's simulation: its summary, and its runs' accumulators (per-run values, one per simulated year). */
export interface Simulation {
  scenario: Scenario;
  summary: Summary;
  years: Accumulator[];
}

/**
 * Simulates `scenario` and summarizes its runs.
 * @throws SimulationCancelled when the signal aborts; WorkerFailure when a worker fails (naming its runs)
 * @example (await simulate(scenario, { runs: 1000 })).years[0]!.schemes[0]!.exhaustion!.probabilityByYearEnd
 */
export async function simulate(scenario: Scenario, opts: SimulateOptions = {}): Promise<Summary> {
  return (await simulateEach([scenario], opts))[0]!.summary;
}

/**
 * Simulates several scenarios in one queue on the same workers, with the same runs and seed (so run i of each sees
 * the same firms when their populations agree: paired comparisons), and returns each one's summary and per-run
 * accumulators.
 * @throws SimulationCancelled, WorkerFailure
 */
export async function simulateEach(scenarios: readonly Scenario[], opts: SimulateOptions = {}): Promise<Simulation[]> {
  const canSpawn = typeof Worker !== 'undefined';
  return simulateEachOn((runs) => {
    const size = canSpawn ? Math.max(1, Math.min(opts.workers ?? browserCores(), runs)) : 1;
    return new Scheduler(size, size > 1 ? spawnWebWorker : () => inThreadWorker());
  }, scenarios, opts);
}

/**
 * simulateEach on the scheduler `schedulerFor` makes for the total runs (Web Workers here, worker threads in
 * 'quansim/node'), stopped at the end.
 */
export async function simulateEachOn(
  schedulerFor: (runs: number) => Scheduler, scenarios: readonly Scenario[], opts: SimulateOptions,
): Promise<Simulation[]> {
  const ss = scenarios.map((s) => withRunsAndSeed(s, opts));
  const scheduler = schedulerFor(ss.reduce((n, s) => n + s.runs, 0));
  try {
    const accs = await simulateRunsOfEach(scheduler, ss, opts);
    return accs.map((acc, i) => ({ scenario: ss[i]!, summary: summarize(ss[i]!, acc.years), years: acc.years }));
  } finally {
    scheduler.terminate();
  }
}
