import Decimal from 'decimal.js';
import type { Lang } from '../errors/Bilingual';
import type { Fen } from './fen';

export interface FormatMoneyOptions {
  /** Significant decimals kept in 万元/亿元 (Chinese) or in millions (English compact). Default 4. */
  digits?: number;
  /** English only: "8.5 million yuan" instead of "8,500,000 yuan". */
  compact?: boolean;
  /** Chinese only: the exact amount in 元 with separators instead of 万元/亿元. */
  exact?: boolean;
}

/**
 * Formats fen for people: 万元/亿元 in Chinese (`2.5亿元`, `800万元`, `5,000元`), yuan with thousands
 * separators in English (`250,000,000 yuan`, `500,000.50 yuan`). Rounding (half up) happens only here,
 * on decimal.js, and only when `digits` asks for it.
 *
 * @example formatMoney(80_000_000_000 / 100, 'zh') // '800万元'
 */
export function formatMoney(fen: Fen, lang: Lang, opts: FormatMoneyOptions = {}): string {
  const digits = opts.digits ?? 4;
  const yuan = new Decimal(fen).div(100);
  const sign = yuan.isNegative() ? '-' : '';
  const abs = yuan.abs();
  if (lang === 'zh') {
    if (opts.exact) return `${sign}${withSeparators(abs)}元`;
    if (abs.greaterThanOrEqualTo(1e8)) return `${sign}${trim(abs.div(1e8), digits)}亿元`;
    if (abs.greaterThanOrEqualTo(1e4)) return `${sign}${trim(abs.div(1e4), digits)}万元`;
    return `${sign}${withSeparators(abs)}元`;
  }
  if (opts.compact) {
    if (abs.greaterThanOrEqualTo(1e9)) return `${sign}${trim(abs.div(1e9), digits)} billion yuan`;
    if (abs.greaterThanOrEqualTo(1e6)) return `${sign}${trim(abs.div(1e6), digits)} million yuan`;
  }
  return `${sign}${withSeparators(abs)} yuan`;
}

/** `1234567.5` → `1,234,567.50`; whole amounts have no decimals. */
function withSeparators(yuan: Decimal): string {
  const fixed = yuan.isInteger() ? yuan.toFixed(0) : yuan.toFixed(2);
  const [whole, frac] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function trim(x: Decimal, digits: number): string {
  return x.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).toString();
}

/** A ratio in basis points as a percentage: 3000 → `30%`, 1250 → `12.5%`. */
export function formatRatio(bp: number): string {
  return `${new Decimal(bp).div(100).toString()}%`;
}
