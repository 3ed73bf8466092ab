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
 * What happened to a worker itself, as the Node adapter saw it (node/nodeWorkers.ts); `faultText` words it.
 */
export type WorkerFault =
  | { kind: 'out-of-memory' }
  | { kind: 'exited'; code: number }
  | { kind: 'threw'; error: string }
  | { kind: 'unreadable-message'; error: string };

/** A worker's fault in both languages. */
export function faultText(fault: WorkerFault): Bilingual {
  switch (fault.kind) {
    case 'out-of-memory':
      return schedulerWords.outOfMemory;
    case 'exited':
      return schedulerWords.stopped(String(fault.code));
    case 'threw':
      return schedulerWords.threw(fault.error);
    case 'unreadable-message':
      return schedulerWords.unreadableMessage(fault.error);
  }
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
    /** What happened to the worker itself, when that is why it failed (then `reason` is its English). */
    readonly fault: WorkerFault | null = null,
  ) {
    super(runs ? `worker ${worker?.index ?? '?'} of ${worker?.of ?? '?'} failed while running runs ${runs.from}–${runs.to - 1} of ${runs.scenario}: ${reason}` : reason);
    this.name = 'WorkerFailure';
  }
}

/**
 * A failed worker for people, in both languages: which worker, which runs of which scenario, and what happened.
 * @example workerFailureText(new WorkerFailure('it ran out of memory', null, { key: 'k', scenario: 'hangzhou-2024', from: 40, to: 60 }, { index: 1, of: 2 }, { kind: 'out-of-memory' })).zh
 *   // '第 1 个工作线程（共 2 个）在运行 hangzhou-2024 的第 40–59 次模拟时失败：内存不足'
 */
export function workerFailureText(e: WorkerFailure): Bilingual {
  const r = e.runs;
  const w = e.worker;
  const what = r
    ? schedulerWords.failedRunning(w ? schedulerWords.workerOf(String(w.index), String(w.of)) : schedulerWords.aWorker, String(r.from), String(r.to - 1), r.scenario)
    : schedulerWords.aWorkerFailed;
  return schedulerWords.failure(what, e.fault ? faultText(e.fault) : { zh: e.reason, en: e.reason });
}
