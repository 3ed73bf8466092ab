/**
 * Money as a plain number in the report unit — 万元 (10,000 yuan) in Chinese, million yuan in English — for the
 * text tables whose header names the unit: three significant figures like every figure for people (src/figures),
 * thousands separators, rounded half up on decimal.js. The CSVs keep the exact fen.
 */
import Decimal from 'decimal.js';
import { roundSignificant } from './roundSignificant';
import type { Lang } from '../i18n/Bilingual';
import { figureWords } from '../i18n/figureWords';

/** Fen in one report unit: 万元 = 1,000,000 fen; million yuan = 100,000,000 fen. */
export function fenPerUnit(lang: Lang): number {
  return lang === 'zh' ? 1_000_000 : 100_000_000;
}

/** The unit's name: `万元` / `million yuan`. */
export function unitName(lang: Lang): string {
  return figureWords.reportUnit[lang];
}

/**
 * @example moneyInUnit(25_000_000_000, 'zh') // '25,000'; moneyInUnit(2_052_282_485, 'zh') // '2,050'; moneyInUnit(2_052_282_485, 'en') // '20.5'
 */
export function moneyInUnit(fen: number, lang: Lang): string {
  const fixed = roundSignificant(new Decimal(fen).div(fenPerUnit(lang)), 3).toFixed();
  const [whole, frac] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
