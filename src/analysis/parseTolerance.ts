import { UserError, userErrorsOf } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { parseRatio } from '../money/parseRatio';
import { DEFAULT_TOLERANCE, type Tolerance } from './Tolerance';

/**
 * Parses `--tolerance`: comma-separated `key=value` with keys `p` (or `probability`, a share: `1%` = ±1
 * percentage point), `date` (days: `3` or `3d`) and `paid` (a share of the pool: `1%`); keys left out keep their
 * defaults. A bare share (`0.5%`) sets the probability tolerance alone.
 *
 * @throws UserError `tolerance.unreadable`
 * @example parseTolerance('p=0.5%,date=2') // {probability: 0.005, days: 2, paidShare: 0.01, dateMinShare: 0.05}
 */
export function parseTolerance(text: string, base: Tolerance = DEFAULT_TOLERANCE): Tolerance {
  const bad = () => new UserError('tolerance.unreadable', messages.toleranceUnreadable(text));
  const out = { ...base };
  const parts = text.normalize('NFKC').split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) throw bad();
  const share = (v: string): number => {
    let bp: number;
    try {
      bp = parseRatio(v);
    } catch (e) {
      if (!userErrorsOf(e)) throw e;
      throw bad();
    }
    if (bp <= 0) throw bad();
    return bp / 10_000;
  };
  for (const part of parts) {
    const m = /^([a-z]+)\s*=\s*(.+)$/i.exec(part);
    if (!m) {
      if (parts.length !== 1) throw bad();
      out.probability = share(part);
      continue;
    }
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'p' || key === 'probability') out.probability = share(value);
    else if (key === 'paid') out.paidShare = share(value);
    else if (key === 'date' || key === 'days') {
      const d = /^(\d+(?:\.\d+)?)\s*(?:d|days?|天)?$/i.exec(value);
      if (!d || !(Number(d[1]) > 0)) throw bad();
      out.days = Number(d[1]);
    } else throw bad();
  }
  return out;
}
