/**
 * The analyses' simulator on the scheduler gives the accumulators of the plain in-thread simulator (runRange in a
 * loop), for any runs [from, to) and however the scheduler cuts them; it cancels; it hands over the parts. The
 * workers here are in-thread workers: the same message server (serveRuns) as the Web Workers and worker threads.
 */
import { describe, expect, it } from 'vitest';
import { accumulatorSetToJSON, type AccumulatorSet } from '../../src/engine/accumulators';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { runUntilStable } from '../../src/analysis/runUntilStable';
import { inThreadWorker } from '../../src/scheduler/inThreadWorker';
import { Scheduler, SimulationCancelled } from '../../src/scheduler/Scheduler';
import { schedulerSimulator as poolSimulator } from '../../src/scheduler/schedulerSimulator';
import { summarize } from '../../src/stats/summarize';
import { analyticScenario } from '../analysis/analyticScenario';

/** Contents that do not depend on how the per-run rows were packed or merged. */
const json = (sets: AccumulatorSet[]) => sets.map((s) => s.years.map((a) => {
  const { table: _table, ...rest } = a.toJSON();
  return { ...rest, runIndex: Array.from(a.runIndices()), rows: Array.from(a.rows(0, a.count)) };
}));

describe('schedulerSimulator', () => {
  it('returns the in-thread accumulators of runs [from, to) of each job, whatever the number of workers', async () => {
    const a = analyticScenario({ runs: 40, lambda: 20, seed: 'pool-sim' });
    const b = { ...a, seed: 'other' };
    const jobs = [{ scenario: a, from: 7, to: 31 }, { scenario: b, from: 0, to: 40 }, { scenario: a, from: 39, to: 40 }];
    const expected = json(await inThreadSimulator()(jobs));
    for (const size of [1, 3]) {
      const pool = new Scheduler(size, () => inThreadWorker());
      const progress: number[] = [];
      const sim = poolSimulator(pool, { signal: new AbortController().signal, onProgress: (p) => progress.push(p.done) });
      expect(json(await sim(jobs))).toEqual(expected);
      expect(progress.at(-1)).toBe(24 + 40 + 1);
    }
  });

  it('stops runs: auto where the in-thread simulator stops it, and its merged runs summarize in a worker to the same summary', async () => {
    const s = analyticScenario({ runs: 10, lambda: 30, pool: '400万', seed: 'auto' });
    const opts = { batch: 50, maxRuns: 400 };
    const ref = await runUntilStable(s, inThreadSimulator(), opts);
    const batches: number[] = [];
    const pool = new Scheduler(2, () => inThreadWorker());
    const got = await runUntilStable(s, poolSimulator(pool, { signal: new AbortController().signal }), {
      ...opts, onBatch: (c) => batches.push(c.runs),
    });
    expect(got.convergence).toEqual(ref.convergence);
    expect(batches).toEqual(ref.convergence.history.map((h) => h.runs));
    expect(ref.convergence.history.length).toBeGreaterThan(1);
    const [summary] = await pool.summarize([{ key: 'auto', scenario: got.scenario, parts: [accumulatorSetToJSON(got.acc)] }]);
    expect(summary).toEqual(summarize(ref.scenario, ref.acc.years));
  });

  it('rejects with SimulationCancelled when its signal is aborted, before or during a batch', async () => {
    const s = analyticScenario({ runs: 200, lambda: 20 });
    const pool = new Scheduler(2, () => inThreadWorker());
    const before = new AbortController();
    before.abort();
    await expect(poolSimulator(pool, { signal: before.signal })([{ scenario: s, from: 0, to: 10 }])).rejects.toBeInstanceOf(SimulationCancelled);
    const during = new AbortController();
    const run = poolSimulator(pool, { signal: during.signal, onProgress: () => during.abort() })([{ scenario: s, from: 0, to: 200 }]);
    await expect(run).rejects.toBeInstanceOf(SimulationCancelled);
    // The pool is free again afterwards.
    const after = await poolSimulator(pool, { signal: new AbortController().signal })([{ scenario: s, from: 0, to: 5 }]);
    expect(after[0]!.years[0]!.count).toBe(5);
  });
});
