/**
 * Money in the report's tables: 万元/亿元 in Chinese (two decimals at most: `2.16亿元`, `812.5万元`) and whole yuan
 * with thousands separators in English (`216,345,124 yuan`), the unit in every cell so a table can mix sizes.
 * Rounded half up on decimal.js (a display figure: the CSVs of the run keep every fen).
 */
import Decimal from 'decimal.js';
import type { Lang } from '../i18n/Bilingual';
import { formatMoney } from '../money/formatMoney';
import { roundHalfUp } from '../stats/roundHalfUp';

/**
 * @example reportMoney(21_634_512_345, 'zh') // '2.16亿元'; reportMoney(21_634_512_345, 'en') // '216,345,123 yuan'
 */
export function reportMoney(fen: number, lang: Lang): string {
  if (lang === 'zh') return formatMoney(fen, 'zh', { digits: 2 });
  const wholeYuanFen = new Decimal(fen).div(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(100).toNumber();
  return formatMoney(wholeYuanFen, 'en');
}

/**
 * A difference of money for the report's tables: the sign, then the amount as reportMoney writes it; a fractional
 * fen (a mean of differences) is rounded half up first.
 * @example signedReportMoney(-104_910_000.4, 'zh') // '−104.91万元'
 */
export function signedReportMoney(fen: number, lang: Lang): string {
  const whole = roundHalfUp(fen);
  return `${whole >= 0 ? '+' : '−'}${reportMoney(Math.abs(whole), lang)}`;
}
