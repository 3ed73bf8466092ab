/**
 * The tables of one summary, year by year: schemes (pool, demand, money paid, when the pool runs out), tiers
 * (grant per firm, share of the money, subsidy rate, firms at the cap), paying levels, and unmet demand by month.
 * Every cell is read from the summary; nothing is recomputed but the display rounding.
 */
import { applicantFirms } from '../stats/applicantFirms';
import type { Lang } from '../i18n/Bilingual';
import { formatShare, formatShortDate } from '../stats/headlines';
import type { MoneyStats, Summary, YearSummary } from '../stats/Summary';
import { reportMoney } from './reportMoney';
import type { ReportTable } from './ReportTable';
import { reportWords as W } from '../i18n/reportWords';
import { reportBlockWords as B } from '../i18n/reportBlockWords';
import { monthName } from '../i18n/headlineWords';


/** The four tables of each simulated year, in the summary's year order. `prefix` makes ids unique in a comparison. */
export function summaryTables(summary: Summary, lang: Lang, prefix = ''): ReportTable[] {
  return summary.years.flatMap((y) => [schemes(y, lang, prefix), tiers(y, lang, prefix), levels(y, lang, prefix), months(y, lang, prefix)]);
}

const left = (header: string) => ({ header, align: 'left' as const });
const right = (header: string) => ({ header, align: 'right' as const, nowrap: true });

function range(m: MoneyStats, lang: Lang): string {
  return `${reportMoney(m.p5.fen, lang)} – ${reportMoney(m.p95.fen, lang)}`;
}

function pct(x: number | null): string {
  return x === null ? W.none.en : formatShare(x);
}

function schemes(y: YearSummary, lang: Lang, prefix: string): ReportTable {
  const t = (k: keyof typeof W) => W[k][lang];
  const rows = y.schemes.map((s) => [
    s.label[lang],
    s.pool ? reportMoney(s.pool.p50.fen, lang) : t('unlimited'),
    reportMoney(s.money.requested.mean.fen, lang),
    reportMoney(s.money.paid.p50.fen, lang),
    range(s.money.paid, lang),
    reportMoney(s.money.unmet.mean.fen, lang),
    s.exhaustion ? formatShare(s.exhaustion.probabilityByYearEnd) : t('none'),
    s.exhaustion?.date ? formatShortDate(s.exhaustion.date.p50.date, lang) : t('none'),
  ]);
  if (y.schemes.length > 1) {
    const m = y.total.money;
    rows.push([t('total'), t('none'), reportMoney(m.requested.mean.fen, lang), reportMoney(m.paid.p50.fen, lang), range(m.paid, lang), reportMoney(m.unmet.mean.fen, lang), t('none'), t('none')]);
  }
  return {
    id: `${prefix}schemes-${y.year}`,
    title: `${t('schemesTable')} (${y.year})`,
    columns: [left(t('scheme')), right(t('pool')), right(t('requestedMean')), right(t('paidMedian')), right(t('paidRange')), right(t('unmetMean')), right(t('exhaustedP')), right(t('exhaustedMedian'))],
    rows,
    note: B.schemesNote[lang],
  };
}

function tiers(y: YearSummary, lang: Lang, prefix: string): ReportTable {
  const t = (k: keyof typeof W) => W[k][lang];
  return {
    id: `${prefix}tiers-${y.year}`,
    title: `${t('tiersTable')} (${y.year})`,
    columns: [left(t('tier')), right(t('firmsMean')), right(t('grantPerFirmMedian')), right(t('shareOfPaid')), right(t('subsidyRate')), right(t('atCap'))],
    rows: y.groups.tier.map((g) => [
      g.label[lang],
      g.firms.mean.toFixed(1),
      g.grantPerFirm?.p50 ? reportMoney(g.grantPerFirm.p50.fen, lang) : t('none'),
      pct(g.shareOfPaid.pooled),
      pct(g.subsidyRate.pooled),
      pct(g.atCapShare.pooled),
    ]).concat([[t('total'), applicantFirms(y).toFixed(1), t('none'), t('none'), t('none'), t('none')]]),
    note: B.tiersNote[lang],
  };
}

function levels(y: YearSummary, lang: Lang, prefix: string): ReportTable {
  const t = (k: keyof typeof W) => W[k][lang];
  return {
    id: `${prefix}levels-${y.year}`,
    title: `${t('levelsTable')} (${y.year})`,
    columns: [left(t('level')), right(t('paidMean')), right(t('paidRange')), right(t('share'))],
    rows: y.levels.map((l) => [W[l.level][lang], reportMoney(l.paid.mean.fen, lang), range(l.paid, lang), pct(l.share.pooled)]),
    note: null,
  };
}

function months(y: YearSummary, lang: Lang, prefix: string): ReportTable {
  const t = (k: keyof typeof W) => W[k][lang];
  return {
    id: `${prefix}unmet-by-month-${y.year}`,
    title: `${t('monthsTable')} (${y.year})`,
    columns: [left(t('month')), right(t('refusedMean')), right(t('scaledMean')), right(t('appsRefused'))],
    rows: y.unmetByMonth.map((m) => [
      monthName(m.month)[lang],
      reportMoney(m.refused.fen, lang),
      reportMoney(m.scaled.fen, lang),
      m.appsRefused.toFixed(1),
    ]),
    note: null,
  };
}
