/**
 * The analyses' simulator on worker threads gives the accumulators of runRange in one thread, whatever the jobs and
 * workers: runs are seeded by their index and merged by run index.
 */
import { describe, expect, it } from 'vitest';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { scalePool } from '../../src/analysis/scalePool';
import { nodeScheduler } from '../../src/scheduler/node/nodeWorkers';
import { schedulerSimulator } from '../../src/scheduler/schedulerSimulator';
import type { AccumulatorSet } from '../../src/engine/accumulators';
import { analyticScenario } from './analyticScenario';

/** A simulator on two worker threads, and the means to stop them. */
function makeWorkerSimulator(opts: { workers: number }) {
  const scheduler = nodeScheduler(opts.workers);
  return { simulate: schedulerSimulator(scheduler), close: async () => scheduler.terminate() };
}

describe('the analyses\' simulator on worker threads', () => {
  it('matches the in-thread simulator on several scenarios and ranges, and reuses its workers', async () => {
    const a = analyticScenario({ runs: 300, seed: 'workers' });
    const b = scalePool(a, 8_000);
    const jobs = [{ scenario: a, from: 0, to: 120 }, { scenario: a, from: 120, to: 300 }, { scenario: b, from: 0, to: 300 }];
    const sim = makeWorkerSimulator({ workers: 2 });
    try {
      const [w1, w2] = [await sim.simulate(jobs), await sim.simulate(jobs.slice(2))];
      const t = await inThreadSimulator()(jobs);
      expect(w1.map(canonical)).toEqual(t.map(canonical));
      expect(canonical(w2[0]!)).toEqual(canonical(t[2]!));
    } finally {
      await sim.close();
    }
  });

  it('refuses a range beyond the scenario\'s runs', async () => {
    const sim = makeWorkerSimulator({ workers: 2 });
    await expect(sim.simulate([{ scenario: analyticScenario({ runs: 10 }), from: 0, to: 20 }])).rejects.toThrow(/bad run range/);
    await sim.close();
  });
});

/** A set's contents as plain data that does not depend on how its per-run rows were packed or merged. */
function canonical(set: AccumulatorSet): unknown {
  return {
    runsDone: set.runsDone,
    applications: set.applications,
    years: set.years.map((a) => {
      const { table: _table, ...rest } = a.toJSON();
      return { ...rest, runIndex: Array.from(a.runIndices()), rows: Array.from(a.rows(0, a.count)) };
    }),
  };
}
