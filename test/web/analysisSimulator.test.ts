/**
 * The analyses' simulator on the page's worker pool gives the accumulators of the in-thread simulator (the CLI's
 * numbers), for any runs [from, to) and however the pool cuts them; it cancels; it hands over the parts.
 */
import { describe, expect, it } from 'vitest';
import { accumulatorSetToJSON, mergeAccumulatorSets, type AccumulatorSet } from '../../src/engine/accumulators';
import { makeEngineContext, type EngineContext } from '../../src/engine/EngineContext';
import { runRange } from '../../src/engine/runRange';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { runUntilStable } from '../../src/analysis/runUntilStable';
import type { Scenario } from '../../src/scenario/model';
import { poolSimulator } from '../../src/web/analysisSimulator';
import { summarizeParts } from '../../src/web/summarizeParts';
import { summarize } from '../../src/stats/summarize';
import { SimulationCancelled, WorkerPool, type WorkerLike } from '../../src/web/WorkerPool';
import type { FromWorker, ToWorker } from '../../src/web/workerProtocol';
import { analyticScenario } from '../analysis/analyticScenario';

/** A worker that does what src/web/worker.ts does, in this thread, a macrotask later. */
class EngineWorker implements WorkerLike {
  private known = new Map<string, { scenario: Scenario; ctx: EngineContext; part: AccumulatorSet | null }>();
  private onMsg: ((ev: MessageEvent<FromWorker>) => void)[] = [];
  addEventListener(type: 'message' | 'error', fn: never): void {
    if (type === 'message') this.onMsg.push(fn);
  }
  private emit(m: FromWorker): void {
    const data = structuredClone(m);
    this.onMsg.forEach((f) => f({ data } as MessageEvent<FromWorker>));
  }
  postMessage(msg: ToWorker): void {
    const m = structuredClone(msg);
    setTimeout(() => {
      if (m.type === 'scenario') this.known.set(m.key, { scenario: m.scenario, ctx: makeEngineContext(m.scenario), part: null });
      else if (m.type === 'collect') {
        const part = this.known.get(m.key)?.part ?? null;
        this.known.delete(m.key);
        this.emit({ type: 'part', key: m.key, part: part ? accumulatorSetToJSON(part) : null });
      } else if (m.type === 'summarize') this.emit({ type: 'summary', key: m.key, summary: summarizeParts(m.scenario, m.parts) });
      else {
        const e = this.known.get(m.key)!;
        const r = runRange(e.scenario, m.from, m.to, {}, e.ctx);
        e.part = e.part ? mergeAccumulatorSets([e.part, r]) : r;
        this.emit({ type: 'progress', done: m.to - m.from });
        this.emit({ type: 'chunk', key: m.key, from: m.from, to: m.to });
      }
    }, 0);
  }
  terminate(): void {
    this.onMsg = [];
  }
}

/** Contents that do not depend on how the per-run rows were packed or merged. */
const json = (sets: AccumulatorSet[]) => sets.map((s) => s.years.map((a) => {
  const { table: _table, ...rest } = a.toJSON();
  return { ...rest, runIndex: Array.from(a.runIndices()), rows: Array.from(a.rows(0, a.count)) };
}));

describe('poolSimulator', () => {
  it('returns the in-thread accumulators of runs [from, to) of each job, whatever the number of workers', async () => {
    const a = analyticScenario({ runs: 40, lambda: 20, seed: 'pool-sim' });
    const b = { ...a, seed: 'other' };
    const jobs = [{ scenario: a, from: 7, to: 31 }, { scenario: b, from: 0, to: 40 }, { scenario: a, from: 39, to: 40 }];
    const expected = json(await inThreadSimulator()(jobs));
    for (const size of [1, 3]) {
      const pool = new WorkerPool(size, () => new EngineWorker());
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
    const pool = new WorkerPool(2, () => new EngineWorker());
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
    const pool = new WorkerPool(2, () => new EngineWorker());
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
