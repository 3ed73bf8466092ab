import type { BatchPeriod } from './model';

/**
 * The last day-of-year (0-based) of each batch period of a year, in order: months or quarters.
 * Applications that arrive in a period are settled together on its last day.
 *
 * @param period month or quarter
 * @param leap whether the year has 366 days
 * @example batchEnds('quarter', false) // [89, 180, 272, 364]
 */
export function batchEnds(period: BatchPeriod, leap: boolean): Int32Array {
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const ends: number[] = [];
  let day = -1;
  monthDays.forEach((d, m) => {
    day += d;
    if (period === 'month' || m % 3 === 2) ends.push(day);
  });
  return Int32Array.from(ends);
}
