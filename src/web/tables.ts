/**
 * The page's tables, built from summaries: each cell has the text shown (in the page's language) and the raw
 * value written to CSV (yuan as decimal strings, ratios as fractions), so a spreadsheet gets numbers.
 * With several scenarios every row starts with the scenario's name.
 */
import type { Bilingual, Lang } from '../i18n/Bilingual';
import type { SchemeSummary, Summary, YearSummary } from '../stats/Summary';
import { dateError, pctOf, shareError } from './analysisFormat';
import { formatDate } from '../figures/formatDate';
import { csvText } from '../figures/csvText';
import type { TierCap } from '../scenario/tierCaps';
import { applicantFirms } from '../stats/applicantFirms';
import { formatMean, formatShare, formatSummaryMoney } from './format';
import { strings as S } from '../i18n/pageStrings';
import { yearOf } from './years';

export interface Cell {
  text: string;
  raw: string | number | null;
  /**
   * The Monte Carlo standard error of `raw` (same unit), shown in `text` after ±; a column with errors is followed
   * in CSV by a column of them. Undefined in columns without errors.
   */
  se?: number | null;
}

export interface Table {
  id: string;
  title: Bilingual;
  columns: Bilingual[];
  rows: Cell[][];
}


/**
 * The tables for `year` (scenario names label the rows when there are several; a scenario that does not simulate
 * the year has no rows).
 */
export function pageTables(
  summaries: readonly Summary[], names: readonly string[], year: number, lang: Lang,
  caps: ReadonlyArray<ReadonlyMap<string, TierCap> | undefined> = [],
): Table[] {
  const years: (YearSummary | undefined)[] = summaries.map((s) => yearOf(s, year));
  const many = summaries.length > 1;
  const lead = (i: number): Cell[] => (many ? [{ text: names[i] ?? '', raw: names[i] ?? '' }] : []);
  const leadCol = many ? [S.colScenario] : [];
  const money = (m: { fen: number; yuan: string } | null | undefined): Cell =>
    m ? { text: formatSummaryMoney(m, lang), raw: m.yuan } : { text: '—', raw: null };
  const share = (x: number | null): Cell => ({ text: formatShare(x, lang), raw: x });
  const exhausted = (e: SchemeSummary['exhaustion']): Cell => {
    if (!e) return { text: '—', raw: null, se: null };
    const err = shareError(e.probabilityError, lang);
    return { text: err ? `${pctOf(e.probabilityByYearEnd, e.probabilityError?.se)} ${err.se}` : formatShare(e.probabilityByYearEnd, lang), raw: e.probabilityByYearEnd, se: e.probabilityError?.se ?? null };
  };
  const medianDate = (e: SchemeSummary['exhaustion']): Cell => {
    const d = e?.date?.p50.date ?? null;
    if (d === null) return { text: '—', raw: null, se: null };
    const err = dateError(e?.medianDateError, lang);
    // a date as people write it (11月13日 / 13 Nov); the CSV keeps the ISO date
    const shown = formatDate(d, lang);
    return { text: err && e?.medianDateError?.se != null ? `${shown} ${err.se}` : shown, raw: d, se: e?.medianDateError?.se ?? null };
  };
  const count = (x: number): Cell => ({ text: formatMean(x, lang), raw: x });

  const schemes: Table = {
    id: 'schemes',
    title: S.tableSchemes,
    columns: [...leadCol, S.colScheme, S.colPool, S.colPaidMedian, S.colPaidP5,
      S.colPaidP95, S.colRequestedMean, S.colUnmetMean,
      S.colExhausted, S.colExhaustedDate, S.colFirmsFunded,
      S.colFirmsRefused],
    rows: years.flatMap((y, i) => (y ? y.schemes : []).map((s) => [
      ...lead(i),
      { text: s.label[lang], raw: s.id },
      money(s.pool?.p50),
      money(s.money.paid.p50), money(s.money.paid.p5), money(s.money.paid.p95),
      money(s.money.requested.mean), money(s.money.unmet.mean),
      exhausted(s.exhaustion),
      medianDate(s.exhaustion),
      count(s.firms.funded.mean), count(s.firms.refused.mean),
    ])),
  };

  const tiers: Table = {
    id: 'tiers',
    title: S.tableTiers,
    columns: [...leadCol, S.colTier, S.colFirmsApplying, S.colGrantMedian,
      S.colGrantP95, S.colShareOfPaid, S.colSubsidyRate,
      S.colAtCap, S.colRefusedShare],
    rows: years.flatMap((y, i) => (y ? [
      ...y.groups.tier.map((g) => [
        ...lead(i),
        { text: g.label[lang], raw: g.key },
        count(g.firms.mean),
        money(g.grantPerFirm?.p50), money(g.grantPerFirm?.p95),
        share(g.shareOfPaid.pooled), share(g.subsidyRate.pooled),
        // a tier without a cap cannot reach one: say so rather than 0%
        caps[i]?.get(g.key)?.kind === 'none' ? { text: S.noCap[lang], raw: null } : share(g.atCapShare.pooled),
        share(g.refusedFirmShare.pooled),
      ]),
      // the total row: the one firm count the cards and sentences give (applicantFirms), as in the CLI and report
      [...lead(i), { text: S.tierTotal[lang], raw: 'total' }, count(applicantFirms(y)), ...Array.from({ length: 6 }, () => ({ text: '', raw: null }))],
    ] : [])),
  };

  const levels: Table = {
    id: 'levels',
    title: S.tableLevels,
    columns: [...leadCol, S.colLevel, S.colPaidMedian, S.colPaidMean, S.colShare],
    rows: years.flatMap((y, i) => (y ? y.levels : []).map((l) => [
      ...lead(i),
      { text: (S.levels[l.level] ?? { zh: l.level, en: l.level })[lang], raw: l.level },
      money(l.paid.p50), money(l.paid.mean), share(l.share.pooled),
    ])),
  };
  return [schemes, tiers, levels];
}

/**
 * A table as CSV for spreadsheets (src/output csvText): the raw values, a header in the page's language, and
 * every text cell that starts with = + - @ (or a tab or carriage return) escaped so a spreadsheet shows it as text.
 */
export function tableCsv(t: Table, lang: Lang): string {
  const withSe = t.columns.map((_, j) => t.rows.some((r) => r[j]?.se !== undefined));
  const header = t.columns.flatMap((c, j) => (withSe[j] ? [c[lang], S.colSe(c)[lang]] : [c[lang]]));
  return csvText(header, t.rows.map((r) => r.flatMap((c, j) => (withSe[j] ? [c.raw, c.se ?? null] : [c.raw]))));
}
