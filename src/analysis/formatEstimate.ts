import type { Lang } from '../i18n/Bilingual';
import { analysisLabels } from '../i18n/analysisLabels';
import { moneyInUnit } from '../figures/moneyInUnit';
import { formatShortDate } from '../stats/headlines';
import { formatDay, yearEnd, yearStart } from '../time/day';
import { roundHalfUp } from '../stats/roundHalfUp';
import type { Estimate } from '../stats/Estimate';
import type { Target } from './Target';

/**
 * Text forms of estimates for the analyses' reports: shares as percentages with one decimal, money in the report
 * unit (万元 / million yuan), days as dates; signed forms for differences.
 */

/** `37.2%`. */
export function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** `+12.3` / `−4.0`: a difference of shares in percentage points. */
export function signedPoints(share: number): string {
  const v = share * 100;
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}`;
}

/** `+1,234.56` / `−0.50`: a money difference in the report unit. */
export function signedMoney(fen: number, lang: Lang): string {
  return `${fen >= 0 ? '+' : '−'}${moneyInUnit(Math.abs(fen), lang)}`;
}

/** A day of the year as a date (`14 Nov` / `11月14日`); the day after 31 December reads `never`. */
export function dayText(dayOfYear: number, year: number, days: number, lang: Lang): string {
  if (dayOfYear >= days) return analysisLabels.never[lang];
  return formatShortDate(formatDay(yearStart(year) + dayOfYear), lang);
}

/** `37.2% [34.3%, 40.2%]`; an open end shows as `…`. */
export function shareWithInterval(e: Estimate): string {
  return `${pct(e.value)} [${e.lo === null ? '…' : pct(e.lo)}, ${e.hi === null ? '…' : pct(e.hi)}]`;
}

/** `1,234.56 [1,200.00, 1,270.10]` in the report unit. */
export function moneyWithInterval(e: Estimate, lang: Lang): string {
  const m = (x: number | null) => (x === null ? '…' : moneyInUnit(roundHalfUp(x), lang));
  return `${m(e.value)} [${m(e.lo)}, ${m(e.hi)}]`;
}

/** A target's estimate: a share with its interval, or for the median exhaustion date the dates (`never` past 31 Dec). */
export function targetEstimateText(target: Target, e: Estimate, year: number, lang: Lang): string {
  if (target.figure !== 'medianExhaustion') return shareWithInterval(e);
  const days = yearEnd(year) - yearStart(year) + 1;
  const d = (x: number | null) => (x === null ? '…' : dayText(x, year, days, lang));
  return `${d(e.value)} [${d(e.lo)} – ${d(e.hi)}]`;
}
