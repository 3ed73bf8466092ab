/** Numbers for people on the page, in the page's language (money goes through src/money formatMoney). */
import type { Lang } from '../i18n/Bilingual';
import { formatMoney } from '../money/formatMoney';
import type { Money } from '../stats/Summary';

const locale = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en-US');

/** A whole count with separators: 10,000. */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(n);
}

/** A count that may be fractional (a mean): one decimal below 100. */
export function formatMean(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: Math.abs(n) < 100 ? 1 : 0 }).format(n);
}

/** A fraction as a percentage: 0.934 → 93.4%. */
export function formatShare(x: number | null, lang: Lang, digits = 1): string {
  if (x === null) return '—';
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: digits }).format(x);
}

/** A summary's money: 万元/亿元 in Chinese (two decimals at most), yuan with thousands separators in English. */
export function formatSummaryMoney(m: Money, lang: Lang): string {
  return formatMoney(m.fen, lang, { digits: 2 });
}

/** Seconds with one decimal. */
export function formatSeconds(ms: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(ms / 1000);
}
