import type { AccumulatorSet } from '../engine/accumulators';
import { makeEngineContext, type EngineContext } from '../fast/engine/EngineContext';
import { runRange } from '../engine/runRange';
import type { Scenario } from '../scenario/model';
import type { SimJob, Simulator } from '../scheduler/Simulator';

/**
 * A Simulator that runs every job in this thread with runRange (tests, notebooks, and a page's Web Worker).
 * Engine contexts are kept per scenario object, so the many batches of one scenario prepare it once.
 *
 * @param onRuns called after each run with the number of runs done in this call and the call's total
 * @example await inThreadSimulator()([{ scenario, from: 0, to: 500 }]) // [AccumulatorSet of runs 0 … 499]
 */
export function inThreadSimulator(onRuns?: (done: number, total: number) => void): Simulator {
  const contexts = new WeakMap<Scenario, EngineContext>();
  return async (jobs: readonly SimJob[]): Promise<AccumulatorSet[]> => {
    const total = jobs.reduce((n, j) => n + (j.to - j.from), 0);
    let before = 0;
    const out = jobs.map((j) => {
      let ctx = contexts.get(j.scenario);
      if (!ctx) {
        ctx = makeEngineContext(j.scenario);
        contexts.set(j.scenario, ctx);
      }
      const start = before;
      const acc = runRange(j.scenario, j.from, j.to, onRuns ? { onRun: (done) => onRuns(start + done, total) } : {}, ctx);
      before += j.to - j.from;
      return acc;
    });
    return out;
  };
}
