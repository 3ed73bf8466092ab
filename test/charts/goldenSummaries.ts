/**
 * The fixed small summaries the chart tests draw: 30 synthetic runs (test/stats/fixtures.ts) of a scenario with
 * the city pool at 2.5亿元 (A) and the same seeds with 2亿元 (B), so comparisons show a real difference.
 */
import { summarize } from '../../src/stats/summarize';
import type { Summary } from '../../src/stats/Summary';
import { YI, fixtureScenario, syntheticAccumulator } from '../stats/fixtures';

const RUNS = 30;

let cache: { a: Summary; b: Summary } | null = null;

/** Summaries A and B (built once per test file). */
export function goldenSummaries(): { a: Summary; b: Summary } {
  if (cache) return cache;
  const a = summarize(fixtureScenario(RUNS), [syntheticAccumulator(RUNS)]);
  const b = summarize(
    { ...fixtureScenario(RUNS), id: 'stats-fixture-b', title: { zh: '市级资金池2亿元', en: 'City pool 200 million' } },
    [syntheticAccumulator(RUNS, 2 * YI)],
  );
  cache = { a, b };
  return cache;
}
