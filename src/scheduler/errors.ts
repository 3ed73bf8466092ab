/** What a simulation ends with when it does not finish: cancelled, or a worker failed. Light: the CLI loads it at start-up. */
import type { Bilingual } from '../i18n/Bilingual';
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
  return {
    zh: `${r ? `${w ? `第 ${w.index} 个工作线程（共 ${w.of} 个）` : '工作线程'}在运行 ${r.scenario} 的第 ${r.from}–${r.to - 1} 次模拟时失败` : '工作线程失败'}：${reasonZh(e.reason)}`,
    en: `${r ? `${w ? `worker ${w.index} of ${w.of}` : 'a worker'} failed while running runs ${r.from}–${r.to - 1} of ${r.scenario}` : 'a worker failed'}: ${e.reason}`,
  };
}

/** The reasons the adapters give (node/nodeWorkers.ts, webWorkers.ts) in Chinese; others as they are. */
function reasonZh(reason: string): string {
  if (reason === 'it ran out of memory') return '内存不足';
  const exit = /^it stopped \(exit code (-?\d+)\)$/.exec(reason);
  if (exit) return `线程退出（退出码 ${exit[1]}）`;
  const threw = /^it threw (.*)$/s.exec(reason);
  if (threw) return `抛出错误 ${threw[1]}`;
  return reason;
}
