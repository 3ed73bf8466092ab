/**
 * The Monte Carlo errors of a year's headline figures, from its accumulator's per-run rows: how far the figures
 * summary.json reports could move if the runs were repeated with other seeds.
 *
 *   Accumulator (one year) ─▶ monteCarloErrors ─▶ YearErrors ─┬▶ addMonteCarloErrors ─▶ summary.json, reports, page
 *                                                              └▶ convergenceChecks   ─▶ `--runs auto`
 *
 * Figures: per scheme with a pool, P(the pool runs out by 31 December) and the median exhaustion day among the
 * runs where it ran out (summary `date.p50`); all schemes together, the mean, 5th and 95th percentiles of the
 * money paid in the year.
 */
import { methodWords } from '../i18n/methodWords';
import type { Accumulator } from './Accumulator';
import { roundHalfUp } from './roundHalfUp';
import type { Estimate } from './Estimate';
import { meanInterval } from './meanInterval';
import { proportionInterval, type ProportionEstimate } from './proportionInterval';
import { quantileEstimate } from './quantileEstimate';

/** How the errors are computed, in words (summary.json `methods.monteCarlo`). */
export const MONTE_CARLO_METHOD = methodWords.monteCarlo.en;

/** The errors of one scheme's exhaustion figures. */
export interface SchemeErrors {
  id: string;
  /** P(the pool runs out on or before 31 December). */
  probability: ProportionEstimate;
  /** Median day of the year of exhaustion among the runs where the pool ran out; null when it never did. */
  medianDay: Estimate | null;
}

/** The errors of one simulated year's headline figures. */
export interface YearErrors {
  year: number;
  runs: number;
  /** Schemes with a pool limit, in rule-set order. */
  schemes: SchemeErrors[];
  /** Money paid in the year by all schemes together, in fen. */
  paid: { mean: Estimate; p5: Estimate; p95: Estimate };
  /** What a money tolerance is a share of: the sum of the year's pools when every scheme has one, else the mean paid. */
  paidScale: number;
}

/**
 * The Monte Carlo errors of one year's headline figures.
 * @param acc the year's accumulator (at least one run)
 * @throws Error when it holds no run
 */
export function monteCarloErrors(acc: Accumulator): YearErrors {
  const n = acc.count;
  if (n === 0) throw new Error(`no runs in the accumulator of ${acc.shape.year}`);
  const schemes: SchemeErrors[] = [];
  let poolSum = 0;
  let allLimited = true;
  acc.shape.schemeIds.forEach((id, s) => {
    const pool = acc.schemeColumn(s, 'poolFen')[0]!;
    if (pool < 0) {
      allLimited = false;
      return;
    }
    poolSum += pool;
    const days = acc.schemeColumn(s, 'exhaustionDay');
    const hit = Array.from(days).filter((d) => d >= 0).sort((a, b) => a - b);
    schemes.push({
      id,
      probability: proportionInterval(hit.length, n),
      medianDay: hit.length === 0 ? null : quantileEstimate(hit, 0.5, roundHalfUp),
    });
  });
  const paidRuns = acc.totalColumn('paidFen');
  const sorted = Float64Array.from(paidRuns).sort();
  const mean = meanInterval(paidRuns);
  return {
    year: acc.shape.year,
    runs: n,
    schemes,
    paid: { mean, p5: quantileEstimate(sorted, 0.05, roundHalfUp), p95: quantileEstimate(sorted, 0.95, roundHalfUp) },
    paidScale: allLimited && poolSum > 0 ? poolSum : mean.value,
  };
}
