/**
 * The sentences that read the numbers: one function per headline, a summary (or a year of it) in, a text in
 * both languages out. The page, the text report and the chart subtitles all use these, so a figure is worded
 * the same way everywhere. Every number in a sentence is computed from the summary passed in; the words are in
 * src/i18n/headlineWords.ts.
 */
import { applicantFirms } from './applicantFirms';
import { formatAmount } from '../figures/formatAmount';
import { formatDate } from '../figures/formatDate';
import { formatPercent } from '../figures/formatPercent';
import type { Bilingual } from '../i18n/Bilingual';
import type { Lang } from '../i18n/Bilingual';
import { headlineWords as W, levelNames } from '../i18n/headlineWords';
import { schemeInForce } from './schemeInForce';
import type { Money, SchemeSummary, Summary, YearSummary } from './Summary';

/**
 * A day as people write it: `14 Nov` / `11月14日` (src/figures formatDate).
 * @example formatShortDate('2025-11-14', 'zh') // '11月14日'
 */
export function formatShortDate(iso: string, lang: Lang): string {
  return formatDate(iso, lang);
}

/**
 * A share as a whole percentage; shares that are not exactly 0 or 1 never print as 0% or 100%.
 * @example formatShare(0.371) // '37%'; formatShare(0.002) // '<1%'
 */
export function formatShare(p: number): string {
  return formatPercent(p);
}

/**
 * Money for sentences: three significant figures in 万元/亿元 (zh) or million/billion yuan (en), the rule of
 * src/figures formatAmount.
 * @example formatMoneyShort(2_158_000_000, 'zh') // '2160万元'; formatMoneyShort(14_090_240, 'en') // '141,000 yuan'
 */
export function formatMoneyShort(m: Money | number, lang: Lang): string {
  return formatAmount(typeof m === 'number' ? m : m.fen, lang);
}

/** A figure written in each language. */
const both = (f: (lang: Lang) => string): Bilingual => ({ zh: f('zh'), en: f('en') });
const money = (m: Money | number): Bilingual => both((lang) => formatMoneyShort(m, lang));
const day = (iso: string): Bilingual => both((lang) => formatShortDate(iso, lang));

function schemeOf(year: YearSummary, scheme: number | string): SchemeSummary {
  const s = typeof scheme === 'number' ? year.schemes[scheme] : year.schemes.find((x) => x.id === scheme);
  if (!s) throw new Error(`no scheme ${scheme} in the summary of ${year.year}`);
  return s;
}

/**
 * "The Zhejiang compute voucher is not in force in 2024 (no pool, no applications)": what the headlines say of a
 * scheme outside its validity window that year instead of its exhaustion figures. null when it is in force.
 */
export function notInForceSentence(year: YearSummary, scheme: number | string): Bilingual | null {
  const s = schemeOf(year, scheme);
  if (schemeInForce(s)) return null;
  return W.notInForce(s.label, year.year);
}

/**
 * "In 90% of runs the pool of … lasts until 14 Nov" (the latest day D such that in at least that share of runs
 * the pool is not exhausted before D). null when the scheme has no pool limit, is not in force that year, or the
 * share is not reported. A pool that never runs out "lasts to the end of the year": a scheme that starts in May
 * was not there the whole year.
 */
export function poolLastsSentence(year: YearSummary, scheme: number | string, share = 0.9): Bilingual | null {
  const s = schemeOf(year, scheme);
  if (!schemeInForce(s)) return null;
  const l = s.exhaustion?.lastsUntil.find((x) => x.share === share);
  if (!l) return null;
  const pct = formatShare(share);
  if (l.wholeYear || !l.day) return W.poolLastsYear(pct, s.label);
  return W.poolLastsUntil(pct, s.label, day(l.day.date));
}

/** "The pool of … runs out before year end in 37% of runs". null for a scheme without a pool limit or not in force. */
export function exhaustionProbabilitySentence(year: YearSummary, scheme: number | string): Bilingual | null {
  const s = schemeOf(year, scheme);
  if (!s.exhaustion || !schemeInForce(s)) return null;
  const p = s.exhaustion.probabilityByYearEnd;
  if (p === 0) return W.poolNeverRunsOut(s.label);
  return W.poolRunsOut(formatShare(p), s.label);
}

/** One line per quarter end: "P(exhausted by 31 Mar) = 0%" etc.; none for a scheme without a pool limit or not in force. */
export function quarterExhaustionLines(year: YearSummary, scheme: number | string): Bilingual[] {
  const s = schemeOf(year, scheme);
  if (!s.exhaustion || !schemeInForce(s)) return [];
  const ex = s.exhaustion;
  return [3, 6, 9, 12].map((m) => {
    const last = new Date(Date.UTC(year.year, m, 0)).toISOString().slice(0, 10);
    return W.quarterLine(day(last), formatShare(ex.probabilityByMonthEnd[m - 1]!));
  });
}

/** The quarter lines in one sentence: "Runs out by 31 Mar: 0%, 30 Jun: 5%, 30 Sep: 12%, 31 Dec: 37%"; null as above. */
export function quarterExhaustionSentence(year: YearSummary, scheme: number | string): Bilingual | null {
  const s = schemeOf(year, scheme);
  if (!s.exhaustion || !schemeInForce(s)) return null;
  const ex = s.exhaustion;
  const parts = [3, 6, 9, 12].map((m) => {
    const last = new Date(Date.UTC(year.year, m, 0)).toISOString().slice(0, 10);
    return W.quarterPart(day(last), formatShare(ex.probabilityByMonthEnd[m - 1]!));
  });
  return W.quarters(parts);
}

/**
 * "A median of 2.4亿元 is paid by 31 Dec, against a pool of 2.5亿元 (5–95%: … – …)": reads the per-run totals.
 * null for a scheme not in force that year (notInForceSentence says so).
 */
export function disbursedSentence(year: YearSummary, scheme: number | string): Bilingual | null {
  const s = schemeOf(year, scheme);
  if (!schemeInForce(s)) return null;
  // The per-run totals (exact), not the last day of the cumulative bands (read from a histogram): the same figures
  // as the tables of money paid, so a sentence and a table never give two 5th percentiles of one thing.
  const paid = s.money.paid;
  return W.disbursed(s.label, money(paid.p50), money(paid.p5), money(paid.p95), s.pool ? money(s.pool.p50) : null);
}

/** "On average 1.2 million yuan of demand (8% of it) goes unmet": all schemes together. */
export function unmetSentence(year: YearSummary): Bilingual {
  const m = year.total.money;
  const share = m.requested.mean.fen === 0 ? 0 : m.unmet.mean.fen / m.requested.mean.fen;
  if (m.unmet.p95.fen === 0 && m.unmet.mean.fen === 0) return W.allPaid;
  return W.unmet(money(m.unmet.mean), formatShare(share), money(m.refused.mean), money(m.scaled.mean));
}

/**
 * "The city pays 70% of the money, the districts 30%", "The districts pay 53% of the money, the city 47%" (pooled
 * over runs; levels paying nothing left out).
 */
export function whoPaysSentence(year: YearSummary): Bilingual {
  // Levels that pay nothing are left out: "the province 0%" says nothing when no provincial scheme runs.
  const parts = year.levels
    .filter((l) => l.share.pooled !== null && l.share.pooled > 0)
    .sort((a, b) => (b.share.pooled ?? 0) - (a.share.pooled ?? 0));
  if (parts.length === 0) return W.nothingPaid;
  const [first, ...rest] = parts;
  const name = (l: string) => levelNames[l] ?? { zh: l, en: l, verb: 'pays' };
  return W.whoPays(name(first!.level), formatShare(first!.share.pooled!), rest.map((l) => ({ level: name(l.level), share: formatShare(l.share.pooled!) })));
}

/** "Median grant per firm: micro 12万元, small 40万元, …" (tiers, pooled over firms and runs). */
export function grantPerTierSentence(year: YearSummary): Bilingual {
  const tiers = year.groups.tier.filter((g) => g.grantPerFirm?.p50);
  if (tiers.length === 0) return W.noFirmApplied;
  return W.grantPerTier(tiers.map((g) => ({ tier: g.label, grant: money(g.grantPerFirm!.p50!) })));
}

/** "Large firms are 5% of the firms and receive 36% of the money": the tier with the largest share. */
export function tierShareSentence(year: YearSummary): Bilingual | null {
  const tiers = year.groups.tier;
  const firms = applicantFirms(year);
  const top = [...tiers].sort((a, b) => (b.shareOfPaid.pooled ?? 0) - (a.shareOfPaid.pooled ?? 0))[0];
  if (!top || top.shareOfPaid.pooled === null || firms === 0) return null;
  return W.tierShare(top.label, formatShare(top.firms.mean / firms), formatShare(top.shareOfPaid.pooled));
}

/** "43% of large firms reach a yearly cap": the tier where the share is highest. */
export function capShareSentence(year: YearSummary): Bilingual | null {
  const top = [...year.groups.tier].sort((a, b) => (b.atCapShare.pooled ?? 0) - (a.atCapShare.pooled ?? 0))[0];
  if (!top || top.atCapShare.pooled === null) return null;
  if (top.atCapShare.pooled === 0) return W.noFirmAtCap;
  return W.capShare(formatShare(top.atCapShare.pooled), top.label);
}

/** "Overall the vouchers pay 28% of the contract fees": Σ paid ÷ Σ contract over tiers and runs. */
export function subsidyRateSentence(year: YearSummary): Bilingual | null {
  const paid = year.groups.tier.reduce((t, g) => t + g.money.paid.mean.fen, 0);
  const contract = year.groups.tier.reduce((t, g) => t + g.contract.mean.fen, 0);
  if (contract === 0) return null;
  return W.subsidyRate(formatShare(paid / contract));
}

/** "Most unmet demand falls in December: 2.34 million yuan refused, 0.59 million cut (means)". */
export function unmetMonthSentence(year: YearSummary): Bilingual | null {
  const top = [...year.unmetByMonth].sort((a, b) => b.refused.fen + b.scaled.fen - (a.refused.fen + a.scaled.fen))[0];
  if (!top || top.refused.fen + top.scaled.fen === 0) return W.noUnmetMonth;
  return W.unmetMonth(top.month, money(top.refused), money(top.scaled));
}

/**
 * The headlines of a summary, year by year: for each pooled scheme its exhaustion lines (a scheme not in force that
 * year says so instead), then unmet demand and who pays.
 */
export function headlines(summary: Summary): Array<{ year: number; scheme: string | null; text: Bilingual }> {
  const out: Array<{ year: number; scheme: string | null; text: Bilingual }> = [];
  for (const y of summary.years) {
    y.schemes.forEach((s, i) => {
      for (const t of [notInForceSentence(y, i), exhaustionProbabilitySentence(y, i), poolLastsSentence(y, i, 0.9)]) {
        if (t) out.push({ year: y.year, scheme: s.id, text: t });
      }
    });
    out.push({ year: y.year, scheme: null, text: unmetSentence(y) });
    out.push({ year: y.year, scheme: null, text: whoPaysSentence(y) });
  }
  return out;
}
