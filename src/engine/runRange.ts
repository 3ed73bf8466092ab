/**
 * Runs [from, to) of a scenario in this thread and returns their accumulated statistics, one accumulator per
 * simulated year. Pure apart from its hooks: the same code runs in the CLI (directly or in worker_threads) and in
 * the page's Web Workers.
 *
 * Each run draws from its own streams seeded from (seed, run, year): the population from
 * `${seed}:${run}:${year}`, the allocation's draws from `${seed}:${run}:${year}:alloc`. A run's result therefore
 * never depends on how runs are spread over workers, and two scenarios with the same population model see the same
 * firms (common random numbers).
 */
import { makeStream } from '../random/makeStream';
import type { Scenario } from '../scenario/model';
import { makeEngineContext, type EngineContext } from '../fast/engine/EngineContext';
import { runYear } from '../fast/engine/runYear';
import { makeAccumulators, type AccumulatorSet } from './accumulators';

export interface RunHooks {
  /** Called after each run with the number of runs done in this range. */
  onRun?: (done: number) => void;
  /** Polled between runs; returning true stops early (the result then covers the runs done). */
  shouldStop?: () => boolean;
}

/**
 * Simulates runs `from` (inclusive) to `to` (exclusive) of `scenario`.
 * @param ctx a context from makeEngineContext(scenario), to reuse across calls in one thread (optional)
 * @param into accumulators to add the runs to (a worker keeps one set for all the chunks it runs, so that it hands
 *   over one set instead of one per chunk); new ones when absent
 */
export function runRange(
  scenario: Scenario, from: number, to: number, hooks: RunHooks = {}, ctx?: EngineContext, into?: AccumulatorSet,
): AccumulatorSet {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= scenario.runs)) {
    throw new Error(`bad run range [${from}, ${to}) of ${scenario.runs}`);
  }
  const context = ctx ?? makeEngineContext(scenario);
  const accs = into ?? makeAccumulators(scenario, context);
  for (let run = from; run < to; run++) {
    if (hooks.shouldStop?.()) break;
    context.years.forEach((plan, yi) => {
      const rng = makeStream(scenario.seed, run, plan.year);
      const allocRng = makeStream(scenario.seed, run, plan.year, 'alloc');
      const rec = runYear(context, yi, rng, allocRng);
      accs.years[yi]!.add(run, rec);
      accs.applications += rec.applications;
    });
    accs.runsDone += 1;
    hooks.onRun?.(run - from + 1);
  }
  return accs;
}
