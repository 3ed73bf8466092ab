/** The engine run in Node, as the CLI runs it, for comparing the page's numbers with the CLI's. */
import { mergeAccumulatorSets } from '../../src/engine/accumulators';
import { runRange } from '../../src/engine/runRange';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import { summarize } from '../../src/stats/summarize';
import type { Summary } from '../../src/stats/Summary';

/** summary.json of `file` with `runs` and `seed`, computed in this process (two ranges merged, as workers would). */
export function nodeSummary(file: string, runs: number, seed: string): Summary {
  const scenario = { ...loadScenarioFile(file), runs, seed };
  const half = Math.floor(runs / 2);
  const merged = mergeAccumulatorSets([runRange(scenario, half, runs), runRange(scenario, 0, half)]);
  return JSON.parse(JSON.stringify(summarize(scenario, merged.years))) as Summary;
}
