/**
 * Runs scenarios in a pool of Web Workers, as the CLI runs them in worker_threads (src/engine/node/simulate.ts):
 * runs [0, runs) are cut into contiguous chunks (planChunks) and each idle worker takes the next chunk. A worker
 * merges the chunks it ran into its part of the job; once every chunk is done the pool collects the parts, which
 * are merged by run index, so the numbers do not depend on the number of workers or on who ran what. Several
 * scenarios share one queue, so a comparison keeps every worker busy. Cancelling terminates the workers (a worker
 * busy in a chunk cannot read messages); the next run starts new ones.
 */
import { planChunks } from '../engine/planChunks';
import { progressOf, type Progress } from '../engine/progress';
import type { Scenario } from '../scenario/model';
import type { Summary } from '../stats/Summary';
import type { FromWorker, ToWorker, UserErrorData } from './workerProtocol';

/** What the pool needs of a Worker (tests pass fakes). */
export interface WorkerLike {
  postMessage(msg: ToWorker): void;
  addEventListener(type: 'message', fn: (ev: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', fn: (ev: ErrorEvent) => void): void;
  terminate(): void;
}

export interface Job {
  key: string;
  scenario: Scenario;
  /** Runs [from, to) of the scenario (the analyses run batches); all its runs [0, scenario.runs) by default. */
  from?: number;
  to?: number;
}

/** A job's parts: each worker's merged accumulators as plain data (accumulatorSetToJSON), together covering every run. */
export interface JobResult {
  key: string;
  parts: unknown[];
}

/** The run was cancelled (the signal was aborted). */
export class SimulationCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}

/** A worker failed: a user error of the scenario (carried as data) or a bug. */
export class WorkerFailure extends Error {
  readonly userErrors: UserErrorData[] | null;
  constructor(message: string, userErrors: UserErrorData[] | null) {
    super(message);
    this.name = 'WorkerFailure';
    this.userErrors = userErrors;
  }
}

export interface PoolRunOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /** Clock in ms (tests pass their own). */
  now?: () => number;
}

export class WorkerPool {
  private workers: WorkerLike[] = [];
  /** The handlers of the run in progress; null between runs. */
  private current: { message: (i: number, msg: FromWorker) => void; error: (e: ErrorEvent) => void } | null = null;

  /**
   * @param size number of workers (at least 1)
   * @param spawn creates one worker, e.g. `() => new Worker(new URL('./worker.ts', import.meta.url), {type: 'module'})`
   */
  constructor(readonly size: number, private readonly spawn: () => WorkerLike) {
    if (!(Number.isInteger(size) && size >= 1)) throw new Error(`bad pool size ${size}`);
  }

  /** Runs every job's runs and returns each job's parts. @throws SimulationCancelled, WorkerFailure */
  run(jobs: Job[], opts: PoolRunOptions = {}): Promise<JobResult[]> {
    if (this.current) return Promise.reject(new Error('the pool is already running'));
    if (opts.signal?.aborted) return Promise.reject(new SimulationCancelled());
    const now = opts.now ?? (() => performance.now());
    const started = now();
    const spans = jobs.map((j) => runSpan(j));
    const total = spans.reduce((n, [from, to]) => n + (to - from), 0);
    const queue = jobs.flatMap((j, k) => {
      const [start, end] = spans[k]!;
      return planChunks(end - start, this.size).map(([from, to]) => ({ key: j.key, from: start + from, to: start + to }));
    });
    const parts = new Map<string, unknown[]>(jobs.map((j) => [j.key, []]));
    const scenarioOf = new Map(jobs.map((j) => [j.key, j.scenario]));
    const workers = this.ensureWorkers();
    // A worker is told a scenario once per run; keys are unique per run, so a stale one is never reused.
    const told = workers.map(() => new Set<string>());
    const running = new Set<number>();
    let next = 0;
    let done = 0;
    let waitingParts = -1;

    return new Promise<JobResult[]>((resolve, reject) => {
      const finish = (err: Error | null): void => {
        if (!this.current) return;
        this.current = null;
        opts.signal?.removeEventListener('abort', onAbort);
        if (err) {
          this.terminate();
          reject(err);
          return;
        }
        resolve(jobs.map((j) => ({ key: j.key, parts: parts.get(j.key) ?? [] })));
      };
      const collect = (): void => {
        waitingParts = told.reduce((n, keys) => n + keys.size, 0);
        if (waitingParts === 0) finish(null);
        told.forEach((keys, i) => { for (const key of keys) workers[i]!.postMessage({ type: 'collect', key }); });
      };
      const onAbort = (): void => finish(new SimulationCancelled());

      const give = (i: number): void => {
        const chunk = queue[next];
        if (!chunk) {
          running.delete(i);
          if (running.size === 0) collect();
          return;
        }
        next += 1;
        running.add(i);
        const w = workers[i]!;
        if (!told[i]!.has(chunk.key)) {
          w.postMessage({ type: 'scenario', key: chunk.key, scenario: scenarioOf.get(chunk.key)! });
          told[i]!.add(chunk.key);
        }
        w.postMessage({ type: 'chunk', ...chunk });
      };

      this.current = {
        message: (i, msg) => {
          if (msg.type === 'progress') {
            done += msg.done;
            opts.onProgress?.(progressOf(done, total, now() - started));
          } else if (msg.type === 'chunk') {
            give(i);
          } else if (msg.type === 'part') {
            if (msg.part !== null) parts.get(msg.key)?.push(msg.part);
            waitingParts -= 1;
            if (waitingParts === 0) finish(null);
          } else if (msg.type === 'error') {
            finish(new WorkerFailure(msg.message, msg.userErrors));
          }
        },
        error: (e) => finish(new WorkerFailure(e.message || 'worker error', null)),
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      if (queue.length === 0) {
        finish(null);
        return;
      }
      for (let i = 0; i < workers.length; i++) give(i);
    });
  }

  /**
   * Merges and summarizes each job's parts in a worker (job j on worker j mod size), so the page's thread
   * stays free. @throws SimulationCancelled, WorkerFailure
   */
  summarize(jobs: { key: string; scenario: Scenario; parts: unknown[] }[], opts: { signal?: AbortSignal } = {}): Promise<Summary[]> {
    if (this.current) return Promise.reject(new Error('the pool is already running'));
    if (opts.signal?.aborted) return Promise.reject(new SimulationCancelled());
    const workers = this.ensureWorkers();
    const out = new Map<string, Summary>();
    return new Promise<Summary[]>((resolve, reject) => {
      const finish = (err: Error | null): void => {
        if (!this.current) return;
        this.current = null;
        opts.signal?.removeEventListener('abort', onAbort);
        if (err) {
          this.terminate();
          reject(err);
        } else resolve(jobs.map((j) => out.get(j.key)!));
      };
      const onAbort = (): void => finish(new SimulationCancelled());
      this.current = {
        message: (_i, msg) => {
          if (msg.type === 'summary') {
            out.set(msg.key, msg.summary);
            if (out.size === jobs.length) finish(null);
          } else if (msg.type === 'error') finish(new WorkerFailure(msg.message, msg.userErrors));
        },
        error: (e) => finish(new WorkerFailure(e.message || 'worker error', null)),
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      if (jobs.length === 0) {
        finish(null);
        return;
      }
      jobs.forEach((j, k) => {
        workers[k % workers.length]!.postMessage({ type: 'summarize', key: j.key, scenario: j.scenario, parts: j.parts });
      });
    });
  }

  /** Stops every worker now; the next run starts new ones. */
  terminate(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }

  private ensureWorkers(): WorkerLike[] {
    if (this.workers.length === 0) {
      this.workers = Array.from({ length: this.size }, (_, i) => {
        const w = this.spawn();
        w.addEventListener('message', (ev) => this.current?.message(i, ev.data));
        w.addEventListener('error', (ev) => this.current?.error(ev));
        return w;
      });
    }
    return this.workers;
  }
}

/**
 * The runs [from, to) a job asks for.
 * @throws Error when they are not whole numbers with 0 ≤ from ≤ to ≤ scenario.runs (a bug of the caller)
 */
function runSpan(j: Job): [number, number] {
  const from = j.from ?? 0;
  const to = j.to ?? j.scenario.runs;
  if (!(Number.isSafeInteger(from) && Number.isSafeInteger(to) && from >= 0 && from <= to && to <= j.scenario.runs)) {
    throw new Error(`job ${j.key}: runs ${from}..${to} outside 0..${j.scenario.runs}`);
  }
  return [from, to];
}
