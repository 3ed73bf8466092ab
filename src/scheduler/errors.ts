/** What a simulation ends with when it does not finish: cancelled, or a worker failed. Light: the CLI loads it at start-up. */
import type { Bilingual } from '../i18n/Bilingual';
import { schedulerWords } from '../i18n/schedulerWords';
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

/**
 * A failed worker for people, in both languages: which worker, which runs of which scenario, and what happened.
 * @example workerFailureText(new WorkerFailure('it ran out of memory', null, { key: 'k', scenario: 'hangzhou-2024', from: 40, to: 60 }, { index: 1, of: 2 })).en
 *   // 'worker 1 of 2 failed while running runs 40–59 of hangzhou-2024: it ran out of memory'
 */
export function workerFailureText(e: WorkerFailure): Bilingual {
  const r = e.runs;
  const w = e.worker;
  const what = r
    ? schedulerWords.failedRunning(w ? schedulerWords.workerOf(String(w.index), String(w.of)) : schedulerWords.aWorker, String(r.from), String(r.to - 1), r.scenario)
    : schedulerWords.aWorkerFailed;
  return schedulerWords.failure(what, reasonText(e.reason));
}

/** The reasons the adapters give (node/nodeWorkers.ts, webWorkers.ts) in both languages; others as they are. */
function reasonText(reason: string): Bilingual {
  if (reason === schedulerWords.outOfMemory.en) return schedulerWords.outOfMemory;
  // the adapter's English, read back
  const exit = /^it stopped \(exit code (-?\d+)\)$/.exec(reason);
  if (exit) return schedulerWords.stopped(exit[1]!);
  const threw = /^it threw (.*)$/s.exec(reason);
  if (threw) return schedulerWords.threw(threw[1]!);
  return { zh: reason, en: reason };
}
