import { UserError } from '../errors/UserError';
import { dataMessages } from '../i18n/dataMessages';

/**
 * Reads a calendar date written YYYY-MM-DD (ISO 8601), checking the day exists (2023-02-29 does not).
 *
 * @throws UserError when the text is not such a date
 * @example parseIsoDate('2024-02-29') // {year: 2024, month: 2, day: 29}
 */
export function parseIsoDate(text: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const d = new Date(Date.UTC(year, month - 1, day));
    if (month >= 1 && month <= 12 && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new UserError('data.bad-date', dataMessages.badDate(text));
}
