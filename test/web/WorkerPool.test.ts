import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/model';
import { SimulationCancelled, WorkerFailure, WorkerPool, type WorkerLike } from '../../src/web/WorkerPool';
import type { FromWorker, ToWorker } from '../../src/web/workerProtocol';

/** A fake worker: answers each chunk after `delay` ms with two progress messages and the chunk's range as result. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  terminated = false;
  seen: ToWorker[] = [];
  private onMsg: ((ev: MessageEvent<FromWorker>) => void)[] = [];
  constructor(private readonly delay: number, private readonly failOn?: number) {
    FakeWorker.made.push(this);
  }
  addEventListener(type: 'message' | 'error', fn: never): void {
    if (type === 'message') this.onMsg.push(fn);
  }
  postMessage(msg: ToWorker): void {
    this.seen.push(msg);
    if (msg.type !== 'chunk') return;
    setTimeout(() => {
      if (this.terminated) return;
      const emit = (m: FromWorker) => this.onMsg.forEach((f) => f({ data: m } as MessageEvent<FromWorker>));
      if (msg.from === this.failOn) {
        emit({ type: 'error', message: 'boom', userErrors: [{ code: 'x', text: { zh: '错', en: 'bad' }, where: { field: 'a' } }] });
        return;
      }
      const n = msg.to - msg.from;
      emit({ type: 'progress', done: Math.floor(n / 2) });
      emit({ type: 'progress', done: n - Math.floor(n / 2) });
      emit({ type: 'chunk', key: msg.key, from: msg.from, to: msg.to, result: { key: msg.key, range: [msg.from, msg.to] } });
    }, this.delay);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const scenario = (runs: number) => ({ runs }) as unknown as Scenario;

describe('WorkerPool', () => {
  it('covers [0, runs) of every job exactly once, returns chunks in run order, and reports progress to the total', async () => {
    FakeWorker.made = [];
    const pool = new WorkerPool(3, () => new FakeWorker(1));
    const seen: number[] = [];
    const out = await pool.run([{ key: 'a', scenario: scenario(100) }, { key: 'b', scenario: scenario(7) }], {
      onProgress: (p) => { seen.push(p.done); expect(p.total).toBe(107); },
    });
    expect(out.map((r) => r.key)).toEqual(['a', 'b']);
    for (const [r, runs] of [[out[0]!, 100], [out[1]!, 7]] as const) {
      let at = 0;
      for (const c of r.chunks) {
        expect(c.from).toBe(at);
        expect(c.result).toEqual({ key: r.key, range: [c.from, c.to] });
        at = c.to;
      }
      expect(at).toBe(runs);
    }
    expect(seen.at(-1)).toBe(107);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
    // each worker is told a scenario before its first chunk of it, and only once
    for (const w of FakeWorker.made) {
      const told = w.seen.filter((m) => m.type === 'scenario').map((m) => m.key);
      expect(new Set(told).size).toBe(told.length);
      for (const m of w.seen) if (m.type === 'chunk') expect(w.seen.indexOf(m)).toBeGreaterThan(w.seen.findIndex((x) => x.type === 'scenario' && x.key === m.key));
    }
    // workers are kept for the next run
    await pool.run([{ key: 'c', scenario: scenario(5) }]);
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
    expect(again[0]!.chunks.at(-1)!.to).toBe(4);
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
  });
});
