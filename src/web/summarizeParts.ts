/**
 * The parts a run's workers posted → the scenario's Summary, as the CLI does it (run in a worker): accumulators revived from
 * JSON, merged by run index (so the result does not depend on the number of workers), then summarized.
 */
import { mergeAccumulatorData } from '../engine/accumulators';
import type { Scenario } from '../scenario/model';
import { summarize } from '../stats/summarize';
import type { Summary } from '../stats/Summary';

/** Merges a job's parts (accumulatorSetToJSON data of disjoint runs, in any order) and summarizes them. */
export function summarizeParts(scenario: Scenario, parts: readonly unknown[]): Summary {
  const merged = mergeAccumulatorData(parts);
  return summarize(scenario, merged.years);
}
