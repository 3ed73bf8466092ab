/**
 * Runs scenarios for the notebooks: the runs are cut into chunks, shared out over Web Workers (each runs the
 * engine's runRange, as the CLI's worker threads and the page's workers do) and merged back by run index. Run i of
 * every scenario draws from the streams named by (seed, i, year), so scenarios with the same seed and population
 * see the same firms in run i (common random numbers), however the runs were shared out.
 */
import {
  accumulatorSetFromJSON, mergeAccumulatorSets, summarize, type Accumulator, type Scenario, type Summary,
} from '../../src/index';
import type { SimReply, SimRequest } from './simWorker';

/** One scenario's runs: the accumulators (per-run values, one per simulated year) and, when asked, the summary. */
export interface Simulation {
  scenario: Scenario;
  years: Accumulator[];
  summary: Summary | null;
}

/** Runs per chunk: small enough to share the work out evenly and to report progress often. */
const CHUNK = 50;

interface Job {
  scenario: Scenario;
  key: string;
  from: number;
  to: number;
  resolve: (data: unknown) => void;
  reject: (e: Error) => void;
}

const queue: Job[] = [];
const idle: Worker[] = [];
const busy = new Map<Worker, Job>();
const given = new Map<Worker, Set<string>>();
let started = false;
let keys = 0;

function startWorkers(): void {
  if (started) return;
  started = true;
  const n = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  for (let i = 0; i < n; i++) {
    const w = new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module' });
    given.set(w, new Set());
    w.onmessage = (ev: MessageEvent<SimReply>) => {
      const job = busy.get(w);
      busy.delete(w);
      idle.push(w);
      if (job) {
        if (ev.data.error === null) job.resolve(ev.data.result);
        else job.reject(new Error(ev.data.error));
      }
      pump();
    };
    w.onerror = (e) => {
      const job = busy.get(w);
      busy.delete(w);
      job?.reject(new Error(e.message || 'a simulation worker failed'));
    };
    idle.push(w);
  }
}

function pump(): void {
  while (idle.length > 0 && queue.length > 0) {
    const w = idle.pop()!;
    const job = queue.shift()!;
    busy.set(w, job);
    // A worker is sent a scenario with its first chunk and keeps it (and its engine context) under the key.
    const has = given.get(w)!;
    const request: SimRequest = { key: job.key, scenario: has.has(job.key) ? null : job.scenario, from: job.from, to: job.to };
    has.add(job.key);
    w.postMessage(request);
  }
}

/** Lets the workers drop a scenario whose runs are all done. */
function forget(key: string): void {
  for (const [w, has] of given) {
    if (has.delete(key)) w.postMessage({ forget: key } satisfies SimRequest);
  }
}

function runChunk(scenario: Scenario, key: string, from: number, to: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    queue.push({ scenario, key, from, to, resolve, reject });
    pump();
  });
}

/**
 * Simulates runs 0 … runs − 1 of each scenario (the scenario's own `runs` is replaced) and merges them.
 * @param onProgress called as chunks finish, with the runs done and the runs asked for (all scenarios together)
 * @param withSummary also build each scenario's summary (skip it when only per-run values are read)
 * @throws Error with the worker's message when a run fails
 */
export async function simulate(
  scenarios: readonly Scenario[], runs: number,
  { onProgress, withSummary = true }: { onProgress?: (done: number, total: number) => void; withSummary?: boolean } = {},
): Promise<Simulation[]> {
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`runs must be a positive whole number: ${runs}`);
  startWorkers();
  const total = scenarios.length * runs;
  let done = 0;
  const results = await Promise.all(scenarios.map(async (s) => {
    const scenario = { ...s, runs };
    const key = `s${keys++}`;
    const chunks: Promise<unknown>[] = [];
    for (let from = 0; from < runs; from += CHUNK) {
      const to = Math.min(runs, from + CHUNK);
      chunks.push(runChunk(scenario, key, from, to).then((data) => {
        done += to - from;
        onProgress?.(done, total);
        return data;
      }));
    }
    const data = await Promise.all(chunks);
    forget(key);
    return { scenario, merged: mergeAccumulatorSets(data.map((d) => accumulatorSetFromJSON(d))) };
  }));
  return results.map(({ scenario, merged }) => ({
    scenario,
    years: merged.years,
    summary: withSummary ? summarize(scenario, merged.years) : null,
  }));
}

/**
 * A line that shows a simulation's progress, for a cell to display while it runs; `finish` leaves a note of what
 * was run and how long it took.
 */
export function progressLine(label: string): { element: HTMLElement; update: (done: number, total: number) => void; finish: (note: string) => void } {
  const element = document.createElement('div');
  element.className = 'qs-progress';
  element.dataset.progress = 'running';
  const t0 = performance.now();
  element.textContent = `${label} …`;
  return {
    element,
    update: (done, total) => {
      element.textContent = `${label}: ${done} / ${total}`;
    },
    finish: (note) => {
      element.dataset.progress = 'done';
      element.textContent = `${label}: ${note} (${((performance.now() - t0) / 1000).toFixed(1)} s)`;
    },
  };
}
