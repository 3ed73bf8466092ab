/**
 * The statistics of a set of runs: one Accumulator (src/stats) per simulated year, plus the applications processed.
 * Worker threads return these as plain data (`accumulatorSetToJSON`); the main thread merges them. Merging is by run
 * index, so the result does not depend on how runs were split.
 */
import type { Scenario } from '../scenario/model';
import { Accumulator, type AccumulatorData } from '../stats/Accumulator';
import { accumulatorMeta } from '../stats/AccumulatorMeta';
import type { EngineContext } from './EngineContext';

export interface AccumulatorSet {
  years: Accumulator[];
  /** Runs simulated into this set. */
  runsDone: number;
  /** Applications processed (summed over runs and years), for the benchmark. */
  applications: number;
}

/** Empty accumulators shaped for `scenario` (one per year of the context). */
export function makeAccumulators(scenario: Scenario, ctx: EngineContext): AccumulatorSet {
  return {
    years: ctx.years.map((y) => new Accumulator(y.shape, scenario.runs, accumulatorMeta(scenario.rules, scenario.population.tiers, y.shape))),
    runsDone: 0,
    applications: 0,
  };
}

/** Plain data for postMessage. */
export function accumulatorSetToJSON(set: AccumulatorSet): { years: AccumulatorData[]; runsDone: number; applications: number } {
  return { years: set.years.map((a) => a.toJSON()), runsDone: set.runsDone, applications: set.applications };
}

/** The inverse of accumulatorSetToJSON. */
export function accumulatorSetFromJSON(data: unknown): AccumulatorSet {
  const d = data as { years: AccumulatorData[]; runsDone: number; applications: number };
  return { years: d.years.map((y) => Accumulator.fromJSON(y)), runsDone: d.runsDone, applications: d.applications };
}

/**
 * Merges sets of disjoint runs into one (the first set is merged into; pass at least one).
 * @throws Error when the list is empty
 */
export function mergeAccumulatorSets(sets: readonly AccumulatorSet[]): AccumulatorSet {
  const [first, ...rest] = sets;
  if (!first) throw new Error('nothing to merge');
  for (const s of rest) {
    s.years.forEach((a, i) => first.years[i]!.merge(a));
    first.runsDone += s.runsDone;
    first.applications += s.applications;
  }
  return first;
}
