/**
 * Money as a plain number in the report unit — 万元 (10,000 yuan) in Chinese, million yuan in English — with
 * two decimals and thousands separators, for tables whose header names the unit. Rounded half up, on decimal.js.
 */
import Decimal from 'decimal.js';
import type { Lang } from '../i18n/Bilingual';

/** Fen in one report unit: 万元 = 1,000,000 fen; million yuan = 100,000,000 fen. */
export function fenPerUnit(lang: Lang): number {
  return lang === 'zh' ? 1_000_000 : 100_000_000;
}

/** The unit's name: `万元` / `million yuan`. */
export function unitName(lang: Lang): string {
  return lang === 'zh' ? '万元' : 'million yuan';
}

/**
 * @example moneyInUnit(25_000_000_000, 'zh') // '25,000.00'; moneyInUnit(25_000_000_000, 'en') // '250.00'
 */
export function moneyInUnit(fen: number, lang: Lang): string {
  const fixed = new Decimal(fen).div(fenPerUnit(lang)).toFixed(2, Decimal.ROUND_HALF_UP);
  const [whole, frac] = fixed.split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}
