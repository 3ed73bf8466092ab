import { baseError } from '../errors/baseError';

/**
 * Dates are whole days since 1970-01-01 (UTC) on the hot path, ISO `YYYY-MM-DD` strings at the edges.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MIN_DAY: Day = Date.UTC(2000, 0, 1) / MS_PER_DAY;
export const MAX_DAY: Day = Date.UTC(2099, 11, 31) / MS_PER_DAY;

/**
 * Parses `YYYY-MM-DD` (or a YAML date, which arrives as a Date) into a Day.
 * @throws UserError when the text is not a real calendar date or lies outside 2000–2099.
 */
export function parseDay(input: string | Date): Day {
  if (input instanceof Date) {
    const t = input.getTime();
    if (!Number.isFinite(t) || t % MS_PER_DAY !== 0) throw baseError('date.unreadable', { input: String(input) });
    return checkRange(t / MS_PER_DAY, input.toISOString().slice(0, 10));
  }
  const m = ISO.exec(input.trim());
  if (!m) throw baseError('date.unreadable', { input });
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw baseError('date.unreadable', { input });
  }
  return checkRange(t / MS_PER_DAY, input);
}

function checkRange(day: Day, input: string): Day {
  if (day < MIN_DAY || day > MAX_DAY) throw baseError('date.out-of-range', { input });
  return day;
}

/** Day → `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The Day of 1 January of `year`. */
export function yearStart(year: number): Day {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

/** The Day of 31 December of `year`. */
export function yearEnd(year: number): Day {
  return Date.UTC(year, 11, 31) / MS_PER_DAY;
}

/** The calendar year a Day falls in. */
export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The month (1–12) a Day falls in. */
export function monthOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

/** The Day of the first of `month` (1–12) in `year`; month 13 gives 1 January of the next year. */
export function monthStart(year: number, month: number): Day {
  return Date.UTC(year, month - 1, 1) / MS_PER_DAY;
}
