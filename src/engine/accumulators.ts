/**
 * The statistics of a set of runs: one Accumulator (src/stats) per simulated year, plus the applications processed.
 * Worker threads return these as plain data (`accumulatorSetToJSON`); the main thread merges them. Merging is by run
 * index, so the result does not depend on how runs were split.
 */
import type { Scenario } from '../scenario/model';
import { Accumulator, type AccumulatorData } from '../stats/Accumulator';
import { accumulatorMeta } from '../stats/AccumulatorMeta';
import type { EngineContext } from '../fast/engine/EngineContext';

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
 * Accumulator sets as plain data (from workers) merged into one: the first is rebuilt, the others are merged from
 * their data directly, without first rebuilding each (which would copy every row and histogram twice).
 * @throws Error when the list is empty
 */
export function mergeAccumulatorData(parts: readonly unknown[]): AccumulatorSet {
  const [first, ...rest] = parts;
  if (first === undefined) throw new Error('nothing to merge');
  return addParts(accumulatorSetFromJSON(first), rest as readonly PartData[]);
}

/** A set's parts as Accumulator.merge takes them: accumulators or their plain data. */
interface PartData {
  years: readonly (Accumulator | AccumulatorData)[];
  runsDone: number;
  applications: number;
}

/** Adds sets of other runs into `into` and returns it. */
function addParts(into: AccumulatorSet, parts: readonly PartData[]): AccumulatorSet {
  for (const part of parts) {
    part.years.forEach((y, i) => into.years[i]!.merge(y));
    into.runsDone += part.runsDone;
    into.applications += part.applications;
  }
  return into;
}

/** The buffers of accumulator data, to transfer (not copy) them in postMessage; the data is unusable afterwards. */
export function accumulatorTransferList(data: { years: AccumulatorData[] }): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (v: unknown): void => {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
    else if (Array.isArray(v)) v.forEach(add);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(add);
  };
  data.years.forEach(add);
  return [...out];
}

/**
 * Merges sets of disjoint runs into one (the first set is merged into; pass at least one).
 * @throws Error when the list is empty
 */
export function mergeAccumulatorSets(sets: readonly AccumulatorSet[]): AccumulatorSet {
  const [first, ...rest] = sets;
  if (!first) throw new Error('nothing to merge');
  return addParts(first, rest);
}
