/**
 * The whole summary.json of a scenario: the header (what was run, with which seed and options) and one
 * YearSummary per simulated year, from that year's merged Accumulator.
 *
 *   Scenario + Accumulator per year (all runs merged) ─▶ summarize ─▶ Summary ─▶ summaryJson (src/output)
 */
import pkg from '../../package.json';
import { methodWords } from '../i18n/methodWords';
import { addMonteCarloErrors } from './addMonteCarloErrors';
import { MONTE_CARLO_METHOD, monteCarloErrors } from './monteCarloErrors';
import type { Scenario } from '../scenario/model';
import type { Accumulator } from './Accumulator';
import { SUB_BINS } from './LogHistogram';
import { SCHEMA_VERSION, type Summary } from './Summary';

/** How the figures are computed, in words (written into every summary). */
export const SUMMARY_METHODS: Summary['methods'] = {
  quantile: methodWords.quantile.en,
  rounding: methodWords.rounding.en,
  histogram: methodWords.histogram(String(SUB_BINS), (100 / SUB_BINS).toFixed(2)).en,
  means: methodWords.means.en,
  monteCarlo: MONTE_CARLO_METHOD,
};

/**
 * Builds the summary of `scenario` from one merged accumulator per simulated year (in the scenario's order).
 * @throws Error when the accumulators do not match the scenario's years or hold different numbers of runs
 */
export function summarize(scenario: Scenario, years: readonly Accumulator[]): Summary {
  if (years.length !== scenario.years.length || years.some((a, i) => a.shape.year !== scenario.years[i])) {
    throw new Error('summarize: one accumulator per scenario year, in order');
  }
  const runs = years[0]!.count;
  if (years.some((a) => a.count !== runs)) throw new Error('summarize: years hold different numbers of runs');
  return {
    schemaVersion: SCHEMA_VERSION,
    quansim: pkg.version,
    scenario: {
      id: scenario.id,
      title: scenario.title,
      question: scenario.question,
      file: scenario.source.file,
      policies: [...scenario.source.policies],
      population: scenario.source.population,
      ...(scenario.changes && scenario.changes.length > 0 ? { changes: scenario.changes } : {}),
    },
    seed: scenario.seed,
    runs,
    options: scenario.rules.options.map((o) => ({ key: o.key, value: o.value, isDefault: o.isDefault })),
    allocation: {
      mechanism: scenario.allocation.mechanism,
      period: scenario.allocation.period,
      priority: [...scenario.allocation.priority],
      fallback: scenario.allocation.fallback,
    },
    firstYearPool: scenario.firstYearPool,
    unlimitedPools: [...scenario.unlimitedPools],
    methods: SUMMARY_METHODS,
    years: years.map((a) => addMonteCarloErrors(a.toYearSummary(), monteCarloErrors(a))),
  };
}
