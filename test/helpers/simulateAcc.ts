/** A scenario's runs merged into accumulators on the Node scheduler (in this thread with one worker, unless `threads`). */
import type { AccumulatorSet } from '../../src/engine/accumulators';
import { nodeScheduler } from '../../src/scheduler/node/nodeWorkers';
import { simulateRuns } from '../../src/scheduler/schedulerSimulator';
import type { Scenario } from '../../src/scenario/model';

export async function simulateAcc(scenario: Scenario, opts: { workers?: number; threads?: boolean } = {}): Promise<AccumulatorSet> {
  const scheduler = nodeScheduler(opts.workers ?? 1, { threads: opts.threads });
  try {
    return await simulateRuns(scheduler, scenario);
  } finally {
    scheduler.terminate();
  }
}
