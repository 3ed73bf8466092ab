/**
 * Numbers as the notebooks print them, in Chinese or English: money in 万元/亿元 or million yuan (quansim's
 * formatMoneyShort), shares as percentages, and paired differences with their 95% interval.
 */
import { formatMoneyShort, type Lang, type PairedDifference } from '../../src/index';

/** Money (fen, possibly fractional, e.g. a mean) rounded to whole fen and shortened: `2.38亿元`, `238.4 million yuan`. */
export function money(fen: number, lang: Lang): string {
  return formatMoneyShort(Math.round(fen), lang);
}

/** Signed money: `+1234万元`, `−5.2 million yuan`. */
export function signedMoney(fen: number, lang: Lang): string {
  return `${fen < 0 ? '−' : '+'}${money(Math.abs(fen), lang)}`;
}

/** A share as a percentage with `digits` decimals: `23.4%`; `—` for null. */
export function pct(p: number | null, digits = 1): string {
  return p === null || Number.isNaN(p) ? '—' : `${(p * 100).toFixed(digits)}%`;
}

/** A paired difference of money per run with its 95% interval: `−1234万元 [−1300万元, −1170万元]`. */
export function moneyDiff(d: PairedDifference, lang: Lang): string {
  if (d.lo === null || d.hi === null) return signedMoney(d.mean, lang);
  return `${signedMoney(d.mean, lang)} [${signedMoney(d.lo, lang)}, ${signedMoney(d.hi, lang)}]`;
}

/** A paired difference of shares in percentage points with its 95% interval. */
export function ppDiff(d: PairedDifference): string {
  const s = (v: number) => `${v < 0 ? '−' : '+'}${Math.abs(v * 100).toFixed(1)}`;
  if (d.lo === null || d.hi === null) return `${s(d.mean)} pp`;
  return `${s(d.mean)} pp [${s(d.lo)}, ${s(d.hi)}]`;
}

/** The unit of money in tables and charts: 万元 in Chinese, million yuan in English (as quansim's charts). */
export function unitName(lang: Lang): string {
  return lang === 'zh' ? '万元' : 'million yuan';
}

/** Fen in the table unit, as a number (for charts). */
export function toUnit(fen: number, lang: Lang): number {
  return lang === 'zh' ? fen / 1e6 : fen / 1e8;
}

/** Fen in the table unit, as text with digit grouping: `1,458` (万元), `14.58` (million yuan). */
export function inUnit(fen: number, lang: Lang): string {
  const v = toUnit(fen, lang);
  return v.toLocaleString('en-US', { maximumFractionDigits: lang === 'zh' ? 0 : 2, minimumFractionDigits: lang === 'zh' ? 0 : 2 });
}

/** A paired difference in the table unit with its 95% interval: `−572 [−592, −552]`. */
export function unitDiff(d: PairedDifference, lang: Lang): string {
  const s = (fen: number) => `${fen < 0 ? '−' : '+'}${inUnit(Math.abs(fen), lang)}`;
  return d.lo === null || d.hi === null ? s(d.mean) : `${s(d.mean)} [${s(d.lo)}, ${s(d.hi)}]`;
}

/**
 * A scenario's title without the series prefix and the year, for legends and column heads:
 * `市省对比：仅杭州市算力券（2026年）` → `仅杭州市算力券`.
 */
export function shortTitle(title: string): string {
  return title.replace(/^[^：:]*[：:]\s*/, '').replace(/\s*[（(][^（()）]*\d{4}[^（()）]*[)）]\s*$/, '');
}
