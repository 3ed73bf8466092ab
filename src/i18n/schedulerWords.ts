/**
 * A failed simulation worker for people (src/scheduler/errors.ts workerFailureText): which worker, which runs of
 * which scenario, and what happened to it (a WorkerFault of src/scheduler/errors.ts, worded by faultText).
 */
import type { Bilingual } from './Bilingual';

export const schedulerWords = {
  workerOf: (index: string, of: string): Bilingual => ({ zh: `第 ${index} 个工作线程（共 ${of} 个）`, en: `worker ${index} of ${of}` }),
  aWorker: { zh: '工作线程', en: 'a worker' },
  /** `worker`: workerOf or aWorker. */
  failedRunning: (worker: Bilingual, first: string, last: string, scenario: string): Bilingual => ({
    zh: `${worker.zh}在运行 ${scenario} 的第 ${first}–${last} 次模拟时失败`,
    en: `${worker.en} failed while running runs ${first}–${last} of ${scenario}`,
  }),
  aWorkerFailed: { zh: '工作线程失败', en: 'a worker failed' },
  /** `what`: failedRunning or aWorkerFailed; `reason`: one of the reasons below, or the adapter's words in both. */
  failure: (what: Bilingual, reason: Bilingual): Bilingual => ({ zh: `${what.zh}：${reason.zh}`, en: `${what.en}: ${reason.en}` }),
  outOfMemory: { zh: '内存不足', en: 'it ran out of memory' },
  stopped: (code: string): Bilingual => ({ zh: `线程退出（退出码 ${code}）`, en: `it stopped (exit code ${code})` }),
  threw: (error: string): Bilingual => ({ zh: `抛出错误 ${error}`, en: `it threw ${error}` }),
  unreadableMessage: (error: string): Bilingual => ({ zh: `无法读取它发来的消息：${error}`, en: `a message from it could not be read: ${error}` }),
};
