/**
 * The worker-thread simulator gives the accumulators of runRange in one thread, whatever the jobs and workers:
 * runs are seeded by their index and merged by run index.
 */
import { describe, expect, it } from 'vitest';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { scalePool } from '../../src/analysis/scalePool';
import { makeWorkerSimulator } from '../../src/analysis/workerSimulator.node';
import { accumulatorSetToJSON } from '../../src/engine/accumulators';
import { analyticScenario } from './analyticScenario';

describe('makeWorkerSimulator', () => {
  it('matches the in-thread simulator on several scenarios and ranges, and reuses its workers', async () => {
    const a = analyticScenario({ runs: 300, seed: 'workers' });
    const b = scalePool(a, 8_000);
    const jobs = [{ scenario: a, from: 0, to: 120 }, { scenario: a, from: 120, to: 300 }, { scenario: b, from: 0, to: 300 }];
    const sim = makeWorkerSimulator({ workers: 2 });
    try {
      const [w1, w2] = [await sim.simulate(jobs), await sim.simulate(jobs.slice(2))];
      const t = await inThreadSimulator()(jobs);
      expect(w1.map(accumulatorSetToJSON)).toEqual(t.map(accumulatorSetToJSON));
      expect(accumulatorSetToJSON(w2[0]!)).toEqual(accumulatorSetToJSON(t[2]!));
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
