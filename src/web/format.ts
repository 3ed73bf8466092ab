/** Numbers for people on the page, in the page's language (money goes through src/money formatMoney). */
import type { Lang } from '../i18n/Bilingual';
import { formatAmount } from '../figures/formatAmount';
import { formatPercent } from '../figures/formatPercent';
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

/** A fraction as a percentage without false precision (src/figures formatPercent): 0.934 → 93%. */
export function formatShare(x: number | null, _lang: Lang, se?: number | null): string {
  return formatPercent(x, { se });
}

/** A summary's money for people: three significant figures in 万元/亿元 or million/billion yuan (src/figures). */
export function formatSummaryMoney(m: Money, lang: Lang): string {
  return formatAmount(m.fen, lang);
}

/** Seconds with one decimal. */
export function formatSeconds(ms: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(ms / 1000);
}
