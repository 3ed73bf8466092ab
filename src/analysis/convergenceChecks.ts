import type { ConvergenceCheck } from '../stats/Summary';
import type { Estimate } from '../stats/Estimate';
import type { YearErrors } from '../stats/monteCarloErrors';
import type { Tolerance } from './Tolerance';

/**
 * Each headline figure of each year against its tolerance (see Tolerance): P(exhausted by 31 December) and the
 * median exhaustion date of every scheme with a pool, and the 5th and 95th percentiles of money paid. A figure is
 * within its tolerance when both ends of its 95% interval lie within the tolerance of the estimate; an interval
 * with an open end (too few runs) is outside.
 *
 * @example convergenceChecks([monteCarloErrors(acc)], DEFAULT_TOLERANCE).every((c) => c.status !== 'outside')
 */
export function convergenceChecks(years: readonly YearErrors[], tol: Tolerance): ConvergenceCheck[] {
  const out: ConvergenceCheck[] = [];
  for (const y of years) {
    for (const s of y.schemes) {
      out.push(check(y.year, s.id, 'probabilityByYearEnd', s.probability, tol.probability));
      if (s.probability.value < tol.dateMinShare) {
        out.push({ year: y.year, scheme: s.id, figure: 'medianExhaustionDate', value: s.medianDay?.value ?? -1, halfWidth: null, tolerance: tol.days, status: 'not-applicable' });
      } else {
        out.push(check(y.year, s.id, 'medianExhaustionDate', s.medianDay!, tol.days));
      }
    }
    const money = tol.paidShare * y.paidScale;
    out.push(check(y.year, null, 'paidP5', y.paid.p5, money));
    out.push(check(y.year, null, 'paidP95', y.paid.p95, money));
  }
  return out;
}

function check(year: number, scheme: string | null, figure: ConvergenceCheck['figure'], e: Estimate, tolerance: number): ConvergenceCheck {
  const halfWidth = e.lo === null || e.hi === null ? null : Math.max(e.value - e.lo, e.hi - e.value);
  return { year, scheme, figure, value: e.value, halfWidth, tolerance, status: halfWidth !== null && halfWidth <= tolerance ? 'within' : 'outside' };
}
