import { yearEnd, yearStart } from '../time/day';
import type { Arrivals } from './model';

/**
 * The relative intensity of applications on each day of `year`: the weight of the day's month, or 0 outside
 * every window (when windows are given). Normalised, it is the law of an application's day under the Poisson
 * process of the arrivals (given the number of applications, their days are independent draws from it).
 *
 * A weight is a daily rate, so with flat weights every open day is equally likely and a 31-day month gets 31/28
 * of February's applications. A window bound of 02-29 in a common year means 03-01 as a start and 02-28 as an end.
 *
 * @param arrivals the model's arrivals (12 monthly weights, windows)
 * @param year the calendar year (365 or 366 days)
 * @returns one weight per day of the year, 1 January first; not normalised
 * @example arrivalDayWeights({monthlyWeights: Array(12).fill(1), windows: []}, 2024).length // 366
 */
export function arrivalDayWeights(arrivals: Arrivals, year: number): Float64Array {
  const start = yearStart(year);
  const days = yearEnd(year) - start + 1;
  const open = new Uint8Array(days);
  if (arrivals.windows.length === 0) open.fill(1);
  for (const w of arrivals.windows) {
    const from = Date.UTC(year, w.from.month - 1, w.from.day) / 86_400_000 - start;
    const lastOfMonth = new Date(Date.UTC(year, w.to.month, 0)).getUTCDate();
    const to = Date.UTC(year, w.to.month - 1, Math.min(w.to.day, lastOfMonth)) / 86_400_000 - start;
    for (let d = Math.max(0, from); d <= Math.min(days - 1, to); d++) open[d] = 1;
  }
  const weights = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    if (open[d] === 0) continue;
    const month = new Date((start + d) * 86_400_000).getUTCMonth();
    weights[d] = arrivals.monthlyWeights[month]!;
  }
  return weights;
}
