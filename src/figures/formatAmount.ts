import Decimal from 'decimal.js';
import type { Lang } from '../i18n/Bilingual';
import { figureWords as W } from '../i18n/figureWords';
import { roundSignificant } from './roundSignificant';

/** How a difference or a signed amount starts: nothing for a plain amount, `+`/`−` for a difference. */
export interface FormatAmountOptions {
  /** Write `+` before amounts ≥ 0 and `−` (U+2212) before negative ones: a difference. */
  signed?: boolean;
  /** Significant figures kept; 3 unless a caller has a reason (none in the page, CLI text or reports). */
  digits?: number;
}

/**
 * Money for people, the one rule of every figure a person reads (page cards and sentences, chart labels, axes and
 * tooltips, CLI text, reports): three significant figures, in 亿元/万元/元 in Chinese and billion/million/yuan in
 * English, the unit chosen after rounding (9,999.6万元 → `1亿元`). Trailing zeros after the point are dropped
 * (`2.5亿元`, not `2.50亿元`): a round figure reads round. The exact fen stay in JSON, CSV and the tables meant for
 * checking (`formatMoney(fen, lang)` writes them).
 *
 * @param fen an amount in fen; fractional fen (a mean) are allowed, they are rounded with the rest
 * @throws Error when `fen` is not finite (a bug upstream)
 * @example formatAmount(2_052_282_485, 'zh') // '2050万元'
 * @example formatAmount(2_052_282_485, 'en') // '20.5 million yuan'
 * @example formatAmount(25_000_000_000, 'zh') // '2.5亿元'
 * @example formatAmount(-104_910_000, 'zh', { signed: true }) // '−105万元'
 */
export function formatAmount(fen: number, lang: Lang, opts: FormatAmountOptions = {}): string {
  if (!Number.isFinite(fen)) throw new Error(`money figure is not finite: ${fen}`);
  const yuan = roundSignificant(new Decimal(fen).div(100), opts.digits ?? 3);
  const sign = yuan.isNegative() && !yuan.isZero() ? '−' : opts.signed ? '+' : '';
  const abs = yuan.abs();
  const units: ReadonlyArray<readonly [number, string]> = lang === 'zh'
    ? [[1e8, W.unitLarge.zh], [1e4, W.unitMiddle.zh]]
    : [[1e9, W.unitLarge.en], [1e6, W.unitMiddle.en]];
  for (const [size, unit] of units) {
    if (abs.greaterThanOrEqualTo(size)) return `${sign}${written(abs.div(size), lang)}${unit}`;
  }
  return `${sign}${written(abs, lang)}${W.unitYuan[lang]}`;
}

/**
 * The digits: English groups thousands (`523,000`), Chinese does not (`5230元`, `2050万元`: the unit already
 * groups by four); decimals as they are (no trailing zeros).
 */
function written(x: Decimal, lang: Lang): string {
  const [whole, frac] = x.toFixed().split('.') as [string, string | undefined];
  const g = lang === 'en' ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return frac === undefined ? g : `${g}.${frac}`;
}
