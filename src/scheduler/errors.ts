/** What a simulation ends with when it does not finish: cancelled, or a worker failed. No imports: the CLI loads it at start-up. */
import type { UserErrorData } from './protocol';

/** The run was cancelled (the signal was aborted). */
export class SimulationCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}

/** The runs a worker was running when it failed. */
export interface FailedRuns {
  key: string;
  /** The id of the job's scenario. */
  scenario: string;
  from: number;
  to: number;
}

/**
 * A worker failed: a user error of the scenario (carried as data), a bug in a chunk, or the worker itself (exited,
 * out of memory). `runs` names the chunk it was running, when it was running one.
 */
export class WorkerFailure extends Error {
  constructor(
    /** What the worker said (or what happened to it). */
    readonly reason: string,
    readonly userErrors: UserErrorData[] | null,
    readonly runs: FailedRuns | null = null,
    /** 1-based number of the worker, and how many there were. */
    readonly worker: { index: number; of: number } | null = null,
  ) {
    super(runs ? `worker ${worker?.index ?? '?'} of ${worker?.of ?? '?'} failed while running runs ${runs.from}–${runs.to - 1} of ${runs.scenario}: ${reason}` : reason);
    this.name = 'WorkerFailure';
  }
}
