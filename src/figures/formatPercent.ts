import Decimal from 'decimal.js';
import { figureWords } from '../i18n/figureWords';

/** What a percentage may show. */
export interface FormatPercentOptions {
  /**
   * The Monte Carlo standard error of the share (a fraction, like the share). Below one percentage point a decimal
   * means something and is shown (`61.5%`); otherwise, and when no error is known, whole percentages (`62%`).
   */
  se?: number | null;
}

/**
 * A share (a fraction) as a percentage without false precision: whole percentages, or one decimal when the share's
 * Monte Carlo standard error is below one percentage point. A share that is not exactly 0 or 1 never reads 0% or
 * 100%: it reads `<1%` / `>99%` (`<0.1%` / `>99.9%` with a decimal). Rounded half up on decimal.js.
 *
 * @param share a fraction, 0.37 for 37%; null when there is no figure (`—`)
 * @example formatPercent(0.371) // '37%'
 * @example formatPercent(0.998, { se: 0.0014 }) // '99.8%'
 * @example formatPercent(0.9996, { se: 0.0006 }) // '>99.9%'
 * @example formatPercent(0.002) // '<1%'
 */
export function formatPercent(share: number | null, opts: FormatPercentOptions = {}): string {
  if (share === null || !Number.isFinite(share)) return '—';
  const decimals = opts.se != null && opts.se < 0.01 ? 1 : 0;
  const step = decimals === 1 ? 0.1 : 1;
  const pct = new Decimal(share).mul(100);
  const rounded = pct.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (share > 0 && share < 1 && rounded.isZero()) return `<${step}%`;
  if (share < 1 && share > 0 && rounded.greaterThanOrEqualTo(100)) return `>${100 - step}%`;
  return `${rounded.toFixed(decimals)}%`;
}

/**
 * A difference of two shares in percentage points, signed: `+1.5 pp` / `+1.5个百分点`, one decimal (the tables of
 * differences show their 95% interval beside it). Rounded half up on the magnitude.
 * @example formatPoints(-0.0153, 'en') // '−1.5 pp'
 */
export function formatPoints(diff: number, lang: 'zh' | 'en'): string {
  const v = new Decimal(diff).mul(100).abs().toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  const sign = diff < 0 && !v.isZero() ? '−' : '+';
  return `${sign}${v.toFixed(1)}${figureWords.percentagePoints[lang]}`;
}
