import { formatDay, yearStart } from '../time/day';
import { round6 } from './roundHalfUp';
import { toMoney } from './toMoney';
import type { DayError, DayRef, MoneyError, YearSummary } from './Summary';
import type { Estimate } from './Estimate';
import type { YearErrors } from './monteCarloErrors';

/**
 * A year's summary with the Monte Carlo errors of its headline figures written next to them:
 * `exhaustion.probabilityError` and `exhaustion.medianDateError` of each scheme with a pool, and
 * `total.paidError` (shares rounded to 6 decimals and money to whole fen, as elsewhere in the summary). Returns a new object; the summary passed in is not changed.
 *
 * @throws Error when the errors are of another year or name other schemes (a bug upstream)
 */
export function addMonteCarloErrors(summary: YearSummary, errors: YearErrors): YearSummary {
  if (summary.year !== errors.year) throw new Error(`errors of ${errors.year} for the summary of ${summary.year}`);
  const start = yearStart(summary.year);
  const day = (d: number | null): DayRef | null => (d === null ? null : { dayOfYear: d, date: formatDay(start + d) });
  const schemes = summary.schemes.map((s) => {
    if (!s.exhaustion) return s;
    const e = errors.schemes.find((x) => x.id === s.id);
    if (!e) throw new Error(`no Monte Carlo errors for scheme ${s.id}`);
    const medianDateError: DayError | null = e.medianDay === null ? null : { se: e.medianDay.se === null ? null : round6(e.medianDay.se), lo: day(e.medianDay.lo), hi: day(e.medianDay.hi) };
    return {
      ...s,
      exhaustion: {
        ...s.exhaustion,
        probabilityError: { se: round6(e.probability.se), lo: round6(e.probability.lo), hi: round6(e.probability.hi) },
        medianDateError,
      },
    };
  });
  return {
    ...summary,
    schemes,
    total: { ...summary.total, paidError: { mean: moneyError(errors.paid.mean), p5: moneyError(errors.paid.p5), p95: moneyError(errors.paid.p95) } },
  };
}

function moneyError(e: Estimate): MoneyError {
  const m = (x: number | null) => (x === null ? null : toMoney(x));
  return { se: m(e.se), lo: m(e.lo), hi: m(e.hi) };
}
