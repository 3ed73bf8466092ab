/**
 * How the analyses get their runs: they describe batches of runs, a simulator runs them wherever it likes (this
 * thread, worker_threads, the page's Web Workers) and returns their accumulators. Because every run draws from
 * streams named by (seed, run, year) (see runRange), the answer never depends on the simulator, and runs
 * [from, to) of two scenarios with the same population see the same firms: common random numbers.
 */
import type { AccumulatorSet } from '../engine/accumulators';
import type { Scenario } from '../scenario/model';

/** Runs [from, to) of a scenario; `to` is at most `scenario.runs`. */
export interface SimJob {
  scenario: Scenario;
  from: number;
  to: number;
}

/** Simulates jobs and returns one merged AccumulatorSet per job, in the order of the jobs. */
export type Simulator = (jobs: readonly SimJob[]) => Promise<AccumulatorSet[]>;
