/**
 * Runs scenarios for the notebooks with quansim's public `simulateEach` (the same scheduler and Web Workers as the
 * page). Run i of every scenario draws from the streams named by (seed, i, year), so scenarios with the same seed and
 * population see the same firms in run i (common random numbers), however the runs were shared out.
 */
import { simulateEach, type Accumulator, type Scenario, type Summary } from '../../src/index';

/** One scenario's runs: the accumulators (per-run values, one per simulated year) and, when asked, the summary. */
export interface Simulation {
  scenario: Scenario;
  years: Accumulator[];
  summary: Summary | null;
}

/**
 * Simulates runs 0 … runs − 1 of each scenario (the scenario's own `runs` is replaced).
 * @param onProgress called as runs finish, with the runs done and the runs asked for (all scenarios together)
 * @param withSummary keep each scenario's summary (false when only per-run values are read)
 * @throws Error with the worker's message when a run fails
 */
export async function simulate(
  scenarios: readonly Scenario[], runs: number,
  { onProgress, withSummary = true }: { onProgress?: (done: number, total: number) => void; withSummary?: boolean } = {},
): Promise<Simulation[]> {
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`runs must be a positive whole number: ${runs}`);
  const sims = await simulateEach(scenarios, { runs, workers: Math.min(4, navigator.hardwareConcurrency || 2), onProgress: (p) => onProgress?.(p.done, p.total) });
  return sims.map((s) => ({ scenario: s.scenario, years: s.years, summary: withSummary ? s.summary : null }));
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
