import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/model';
import type { Summary } from '../../src/stats/Summary';
import { Scheduler as WorkerPool, SimulationCancelled, WorkerFailure, type WorkerLike } from '../../src/scheduler/Scheduler';
import type { FromWorker, ToWorker } from '../../src/scheduler/protocol';

/**
 * A fake worker: answers each chunk after `delay` ms with two progress messages, keeps the ranges it ran per job as
 * its "part", hands the part over when collected, and "summarizes" parts by listing them.
 */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  terminated = false;
  seen: ToWorker[] = [];
  private ran = new Map<string, [number, number][]>();
  private onMsg: ((ev: { data: FromWorker }) => void)[] = [];
  constructor(private readonly delay: number, private readonly failOn?: number) {
    FakeWorker.made.push(this);
  }
  addEventListener(type: 'message' | 'error', fn: never): void {
    if (type === 'message') this.onMsg.push(fn);
  }
  postMessage(msg: ToWorker): void {
    this.seen.push(msg);
    if (msg.type === 'scenario') return;
    setTimeout(() => {
      if (this.terminated) return;
      const emit = (m: FromWorker) => this.onMsg.forEach((f) => f({ data: m }));
      if (msg.type === 'collect') {
        emit({ type: 'part', key: msg.key, part: this.ran.get(msg.key) ?? null });
        this.ran.delete(msg.key);
        return;
      }
      if (msg.type === 'summarize') {
        emit({ type: 'summary', key: msg.key, summary: { parts: msg.parts } as unknown as Summary });
        return;
      }
      if (msg.from === this.failOn) {
        emit({ type: 'error', message: 'boom', userErrors: [{ code: 'x', text: { zh: '错', en: 'bad' }, where: { field: 'a' } }] });
        return;
      }
      const n = msg.to - msg.from;
      this.ran.set(msg.key, [...(this.ran.get(msg.key) ?? []), [msg.from, msg.to]]);
      emit({ type: 'progress', done: Math.floor(n / 2) });
      emit({ type: 'progress', done: n - Math.floor(n / 2) });
      emit({ type: 'chunk', key: msg.key, from: msg.from, to: msg.to });
    }, this.delay);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const scenario = (runs: number) => ({ runs, id: `s${runs}` }) as unknown as Scenario;

/** The ranges in a job's parts, in order. */
const rangesOf = (parts: unknown[]) => (parts as [number, number][][]).flat().sort((a, b) => a[0] - b[0]);

describe('Scheduler', () => {
  it('covers [0, runs) of every job exactly once across the workers\' parts, and reports progress to the total', async () => {
    FakeWorker.made = [];
    const pool = new WorkerPool(3, () => new FakeWorker(1));
    const seen: number[] = [];
    const out = await pool.run([{ key: 'a', scenario: scenario(100) }, { key: 'b', scenario: scenario(7) }], {
      onProgress: (p) => { seen.push(p.done); expect(p.total).toBe(107); },
    });
    expect(out.map((r) => r.key)).toEqual(['a', 'b']);
    for (const [r, runs] of [[out[0]!, 100], [out[1]!, 7]] as const) {
      let at = 0;
      for (const [from, to] of rangesOf(r.parts)) {
        expect(from).toBe(at);
        at = to;
      }
      expect(at).toBe(runs);
      expect(r.parts.length).toBeLessThanOrEqual(3);
    }
    expect(seen.at(-1)).toBe(107);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
    for (const w of FakeWorker.made) {
      // told a scenario once, before its first chunk of it; asked for its part only of jobs it ran
      const told = w.seen.filter((m) => m.type === 'scenario').map((m) => m.key);
      expect(new Set(told).size).toBe(told.length);
      for (const m of w.seen) if (m.type === 'chunk') expect(w.seen.indexOf(m)).toBeGreaterThan(w.seen.findIndex((x) => x.type === 'scenario' && x.key === m.key));
      expect(w.seen.filter((m) => m.type === 'collect').map((m) => m.key).sort()).toEqual([...told].sort());
    }
    // workers are kept for the next run, and summarize hands each job's parts to a worker
    const next = await pool.run([{ key: 'c', scenario: scenario(5) }]);
    const sums = await pool.summarize([{ key: 'c', scenario: scenario(5), parts: next[0]!.parts }]);
    expect(rangesOf((sums[0] as unknown as { parts: unknown[] }).parts)).toEqual(rangesOf(next[0]!.parts));
    expect(FakeWorker.made).toHaveLength(3);
  });

  it('cancels: rejects with SimulationCancelled, terminates the workers, and starts new ones next time', async () => {
    FakeWorker.made = [];
    const pool = new WorkerPool(2, () => new FakeWorker(20));
    const ctl = new AbortController();
    const p = pool.run([{ key: 'a', scenario: scenario(1000) }], { signal: ctl.signal });
    setTimeout(() => ctl.abort(), 30);
    await expect(p).rejects.toBeInstanceOf(SimulationCancelled);
    expect(FakeWorker.made.every((w) => w.terminated)).toBe(true);
    const again = await pool.run([{ key: 'b', scenario: scenario(4) }]);
    expect(rangesOf(again[0]!.parts).at(-1)![1]).toBe(4);
    expect(FakeWorker.made).toHaveLength(4);
  });

  it('rejects with the worker\'s user errors as data when a chunk fails', async () => {
    const pool = new WorkerPool(2, () => new FakeWorker(1, 0));
    const err = await pool.run([{ key: 'a', scenario: scenario(50) }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerFailure);
    expect((err as WorkerFailure).userErrors?.[0]?.text.en).toBe('bad');
  });

  it('refuses a second run while one is in progress, and an already aborted signal', async () => {
    const pool = new WorkerPool(1, () => new FakeWorker(5));
    const first = pool.run([{ key: 'a', scenario: scenario(3) }]);
    await expect(pool.run([{ key: 'b', scenario: scenario(3) }])).rejects.toThrow(/already running/);
    await first;
    const ctl = new AbortController();
    ctl.abort();
    await expect(pool.run([{ key: 'c', scenario: scenario(3) }], { signal: ctl.signal })).rejects.toBeInstanceOf(SimulationCancelled);
    await expect(pool.summarize([{ key: 'c', scenario: scenario(3), parts: [] }], { signal: ctl.signal })).rejects.toBeInstanceOf(SimulationCancelled);
  });
});
