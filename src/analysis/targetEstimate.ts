import type { Accumulator } from '../stats/Accumulator';
import { roundHalfUp } from '../stats/roundHalfUp';
import { dayOfYearOf } from './dayOfYearOf';
import type { Estimate } from '../stats/Estimate';
import { proportionInterval } from '../stats/proportionInterval';
import { quantileEstimate } from '../stats/quantileEstimate';
import { ratioOfMeansInterval } from './ratioOfMeansInterval';
import { compare, type Target } from './Target';

/**
 * The target's figure estimated from one year's runs, with its Monte Carlo error:
 * - exhausted: the share of runs whose pool (scheme `scheme`) ran out on or before the day; binomial se, Wilson interval;
 * - medianExhaustion: the median day of the year over all runs, a pool that lasts the year counting as day
 *   `days` (the day after 31 December); order-statistic interval;
 * - unmetShare: Σ unmet ÷ Σ requested (all schemes); delta-method se. 0 when nothing was requested.
 *
 * @param acc the year's accumulator
 * @param scheme index of the scheme whose pool the exhaustion figures follow
 */
export function targetEstimate(target: Target, acc: Accumulator, scheme: number): Estimate {
  const n = acc.count;
  if (n === 0) throw new Error('no runs to estimate a target from');
  if (target.figure === 'unmetShare') {
    const refused = acc.totalColumn('refusedFen');
    const scaled = acc.totalColumn('scaledFen');
    const unmet = refused.map((r, i) => r + scaled[i]!);
    return ratioOfMeansInterval(unmet, acc.totalColumn('requestedFen')) ?? { value: 0, se: 0, lo: 0, hi: 0 };
  }
  const days = acc.schemeColumn(scheme, 'exhaustionDay');
  if (target.figure === 'exhausted') {
    const by = dayOfYearOf(target.by, acc.shape.year);
    let k = 0;
    for (const d of days) if (d >= 0 && d <= by) k++;
    return proportionInterval(k, n);
  }
  const all = Float64Array.from(days, (d) => (d >= 0 ? d : acc.shape.days)).sort();
  return quantileEstimate(all, 0.5, roundHalfUp);
}

/** The threshold of a target in the unit of its estimate (a share, or a day of `year`). */
export function targetThreshold(target: Target, year: number): number {
  return target.figure === 'medianExhaustion' ? dayOfYearOf(target.date, year) : target.bp / 10_000;
}

/**
 * Whether an estimate meets the target: by its value, and by the pessimistic and optimistic ends of its 95%
 * interval (for "≤" the upper end is pessimistic; for "≥" the lower). An unbounded end never meets pessimistically
 * and always meets optimistically.
 */
export function meetsTarget(target: Target, e: Estimate, year: number): { value: boolean; pessimistic: boolean; optimistic: boolean } {
  const t = targetThreshold(target, year);
  const below = target.op === '<=' || target.op === '<';
  const pess = below ? e.hi : e.lo;
  const opt = below ? e.lo : e.hi;
  return {
    value: compare(e.value, target.op, t),
    pessimistic: pess !== null && compare(pess, target.op, t),
    optimistic: opt === null || compare(opt, target.op, t),
  };
}
