/**
 * quansim's one scheduler: it runs scenarios on a pool of workers, whatever they are (Node's worker_threads, the
 * page's Web Workers, or one in-thread worker; see the adapters beside this file), for the CLI, the analyses, the
 * page, the notebooks and the public `simulate`.
 *
 *   jobs ─▶ chunks (planChunks) ─▶ each idle worker takes the next chunk ─▶ progress ─▶ every chunk done
 *        ─▶ each worker hands over its part of each job ─▶ parts merged by run index (mergeParts)
 *
 * A worker merges the chunks it ran into its part of the job; merging is by run index, so the numbers do not depend
 * on the number of workers or on who ran what. Several scenarios share one queue, so a comparison keeps every worker
 * busy. Workers are kept between runs (an analysis runs dozens of batches); `terminate` stops them.
 *
 * Cancelling (the signal) terminates the workers at once (a worker busy in a chunk cannot read messages) and rejects
 * with SimulationCancelled; the next run starts new ones. A worker that fails (throws, exits, runs out of memory,
 * posts an error) rejects the run with a WorkerFailure naming the runs it was running, and stops the others: no
 * partial result ever comes back.
 *
 * Why hand-written: the libraries that pool workers (workerpool, piscina, tinypool, threads) hand out stateless
 * tasks and return one result per task. Here a worker keeps state between tasks (a scenario's engine context, built
 * once, and one part per job that grows chunk by chunk), which these libraries do not model; returning every chunk
 * instead would copy per-run tables many times over. What they would give (a queue, a message per task) is the
 * small part of this file.
 */
import { mergeAccumulatorData, type AccumulatorSet } from '../engine/accumulators';
import { planChunks } from '../engine/planChunks';
import { progressOf, type Progress } from '../engine/progress';
import type { Scenario } from '../scenario/model';
import type { Summary } from '../stats/Summary';
import { SimulationCancelled, WorkerFailure, type FailedRuns, type WorkerFault } from './errors';
import type { FromWorker, ToWorker, UserErrorData } from './protocol';

/** What the scheduler needs of a worker (a Web Worker is one; the adapters make the others look like one). */
/**
 * An error event of a worker: its message (a browser's ErrorEvent has one), and, from the Node adapter, what
 * happened to the worker (so that it is worded in both languages, not read back from the message).
 */
export interface WorkerErrorEvent {
  message: string;
  fault?: WorkerFault;
}

export interface WorkerLike {
  postMessage(msg: ToWorker): void;
  addEventListener(type: 'message', fn: (ev: { data: FromWorker }) => void): void;
  /** A fault of the worker itself: it threw outside a message, exited, or ran out of memory. */
  addEventListener(type: 'error', fn: (ev: WorkerErrorEvent) => void): void;
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

export { SimulationCancelled, WorkerFailure, type FailedRuns } from './errors';

export interface RunOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /** Clock in ms (tests pass their own). */
  now?: () => number;
}

export class Scheduler {
  private workers: WorkerLike[] = [];
  /** The handlers of the run in progress; null between runs. */
  private current: { message: (i: number, msg: FromWorker) => void; error: (i: number, e: WorkerErrorEvent) => void } | null = null;

  /**
   * @param size number of workers (at least 1)
   * @param spawn creates one worker, e.g. `() => new Worker(new URL('./webWorker.ts', import.meta.url), {type: 'module'})`
   */
  constructor(readonly size: number, private readonly spawn: () => WorkerLike) {
    if (!(Number.isInteger(size) && size >= 1)) throw new Error(`bad pool size ${size}`);
  }

  /**
   * Runs every job's runs and returns each job's parts. @throws SimulationCancelled, WorkerFailure
   *
   * Longer than 80 lines: one promise whose handlers (a chunk done, a part, an error, a cancel) share the queue, the
   * workers' state and `finish`, which must run once; split apart, each would take that state as arguments.
   */
  // eslint-disable-next-line max-lines-per-function -- one promise's handlers share its state (see above)
  run(jobs: readonly Job[], opts: RunOptions = {}): Promise<JobResult[]> {
    if (this.current) return Promise.reject(new Error('the scheduler is already running'));
    if (opts.signal?.aborted) return Promise.reject(new SimulationCancelled());
    let spans: [number, number][];
    try {
      spans = jobs.map((j) => runSpan(j));
    } catch (e) {
      return Promise.reject(e as Error);
    }
    const now = opts.now ?? (() => performance.now());
    const started = now();
    const total = spans.reduce((n, [from, to]) => n + (to - from), 0);
    const queue = jobs.flatMap((j, k) => {
      const [start, end] = spans[k]!;
      return planChunks(end - start, this.size).map(([from, to]) => ({ key: j.key, scenario: j.scenario.id, from: start + from, to: start + to }));
    });
    const parts = new Map<string, unknown[]>(jobs.map((j) => [j.key, []]));
    const scenarioOf = new Map(jobs.map((j) => [j.key, j.scenario]));
    const workers = this.ensureWorkers();
    // A worker is told a scenario once per run; keys are unique per run, so a stale one is never reused.
    const told = workers.map(() => new Set<string>());
    /** The chunk each worker is running (null: idle). */
    const running: (FailedRuns | null)[] = workers.map(() => null);
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
      const failure = (i: number, reason: string, userErrors: UserErrorData[] | null, fault: WorkerFault | null = null): WorkerFailure =>
        new WorkerFailure(reason, userErrors, running[i] ?? null, { index: i + 1, of: workers.length }, fault);

      const give = (i: number): void => {
        const chunk = queue[next];
        if (!chunk) {
          running[i] = null;
          if (running.every((r) => r === null)) collect();
          return;
        }
        next += 1;
        running[i] = chunk;
        const w = workers[i]!;
        if (!told[i]!.has(chunk.key)) {
          w.postMessage({ type: 'scenario', key: chunk.key, scenario: scenarioOf.get(chunk.key)! });
          told[i]!.add(chunk.key);
        }
        w.postMessage({ type: 'chunk', key: chunk.key, from: chunk.from, to: chunk.to });
      };

      this.current = {
        message: (i, msg) => {
          if (msg.type === 'progress') {
            done += msg.done;
            opts.onProgress?.(progressOf(done, total, now() - started));
          } else if (msg.type === 'chunk') {
            const r = running[i];
            if (!r || r.key !== msg.key || r.from !== msg.from || r.to !== msg.to) {
              finish(failure(i, `finished runs ${msg.from}–${msg.to - 1} of ${msg.key}, which it was not running`, null));
              return;
            }
            give(i);
          } else if (msg.type === 'part') {
            if (msg.part !== null) parts.get(msg.key)?.push(msg.part);
            waitingParts -= 1;
            if (waitingParts === 0) finish(null);
          } else if (msg.type === 'error') {
            finish(failure(i, msg.message, msg.userErrors));
          }
        },
        error: (i, e) => finish(failure(i, e.message || 'worker error', null, e.fault ?? null)),
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
   * Merges and summarizes each job's parts in a worker (job j on worker j mod size), so the caller's thread stays
   * free (the page's). @throws SimulationCancelled, WorkerFailure
   */
  summarize(jobs: { key: string; scenario: Scenario; parts: unknown[] }[], opts: { signal?: AbortSignal } = {}): Promise<Summary[]> {
    if (this.current) return Promise.reject(new Error('the scheduler is already running'));
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
        error: (_i, e) => finish(new WorkerFailure(e.message || 'worker error', null, null, null, e.fault ?? null)),
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
    const all = this.workers;
    this.workers = [];
    for (const w of all) w.terminate();
  }

  private ensureWorkers(): WorkerLike[] {
    if (this.workers.length === 0) {
      this.workers = Array.from({ length: this.size }, (_, i) => {
        const w = this.spawn();
        // a stopped worker's late events (its exit after terminate) belong to no run
        w.addEventListener('message', (ev) => { if (this.workers[i] === w) this.current?.message(i, ev.data); });
        w.addEventListener('error', (ev) => { if (this.workers[i] === w) this.current?.error(i, ev); });
        return w;
      });
    }
    return this.workers;
  }
}

/** Merges one job's parts into its accumulators (by run index: the grouping never changes a number). */
export function mergeParts(result: JobResult): AccumulatorSet {
  if (result.parts.length === 0) throw new Error(`job ${result.key}: no runs came back`);
  return mergeAccumulatorData(result.parts);
}

/**
 * The runs [from, to) a job asks for.
 * @throws Error when they are not whole numbers with 0 ≤ from ≤ to ≤ scenario.runs (a bug of the caller)
 */
function runSpan(j: Job): [number, number] {
  const from = j.from ?? 0;
  const to = j.to ?? j.scenario.runs;
  if (!(Number.isSafeInteger(from) && Number.isSafeInteger(to) && from >= 0 && from <= to && to <= j.scenario.runs)) {
    throw new Error(`bad run range [${from}, ${to}) of ${j.scenario.runs} (job ${j.key})`);
  }
  return [from, to];
}
