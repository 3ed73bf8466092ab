import type { MonthDay } from './Target';

/**
 * The day of the year (0 = 1 January) of a month and day in `year`; 29 February in a common year is its last
 * day of February (28 February), so "by 02-29" means "by the end of February" in every year.
 *
 * @example dayOfYearOf({month: 12, day: 31}, 2025) // 364
 */
export function dayOfYearOf(md: MonthDay, year: number): number {
  const lastOfMonth = new Date(Date.UTC(year, md.month, 0)).getUTCDate();
  const day = Math.min(md.day, lastOfMonth);
  return (Date.UTC(year, md.month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000;
}
