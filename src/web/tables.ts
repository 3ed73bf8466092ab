/**
 * The page's tables, built from summaries: each cell has the text shown (in the page's language) and the raw
 * value written to CSV (yuan as decimal strings, ratios as fractions), so a spreadsheet gets numbers.
 * With several scenarios every row starts with the scenario's name.
 */
import type { Bilingual, Lang } from '../i18n/Bilingual';
import type { Summary, YearSummary } from '../stats/Summary';
import { csvText } from '../output/csvText';
import { formatMean, formatShare, formatSummaryMoney } from './format';
import { strings as S } from './strings';
import { yearOf } from './years';

export interface Cell {
  text: string;
  raw: string | number | null;
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
export function pageTables(summaries: readonly Summary[], names: readonly string[], year: number, lang: Lang): Table[] {
  const years: (YearSummary | undefined)[] = summaries.map((s) => yearOf(s, year));
  const many = summaries.length > 1;
  const lead = (i: number): Cell[] => (many ? [{ text: names[i] ?? '', raw: names[i] ?? '' }] : []);
  const leadCol = many ? [S.colScenario] : [];
  const money = (m: { fen: number; yuan: string } | null | undefined): Cell =>
    m ? { text: formatSummaryMoney(m, lang), raw: m.yuan } : { text: '—', raw: null };
  const share = (x: number | null): Cell => ({ text: formatShare(x, lang), raw: x });
  const count = (x: number): Cell => ({ text: formatMean(x, lang), raw: x });

  const schemes: Table = {
    id: 'schemes',
    title: S.tableSchemes,
    columns: [...leadCol, S.colScheme, S.colPool, S.colPaidMedian, S.colPaidP5,
      S.colPaidP95, S.colRequestedMedian, S.colUnmetMedian,
      S.colExhausted, S.colExhaustedDate, S.colFirmsFunded,
      S.colFirmsRefused],
    rows: years.flatMap((y, i) => (y ? y.schemes : []).map((s) => [
      ...lead(i),
      { text: s.label[lang], raw: s.id },
      money(s.pool?.p50),
      money(s.money.paid.p50), money(s.money.paid.p5), money(s.money.paid.p95),
      money(s.money.requested.p50), money(s.money.unmet.p50),
      share(s.exhaustion ? s.exhaustion.probabilityByYearEnd : null),
      { text: s.exhaustion?.date?.p50.date ?? '—', raw: s.exhaustion?.date?.p50.date ?? null },
      count(s.firms.funded.mean), count(s.firms.refused.mean),
    ])),
  };

  const tiers: Table = {
    id: 'tiers',
    title: S.tableTiers,
    columns: [...leadCol, S.colTier, S.colFirmsApplying, S.colGrantMedian,
      S.colGrantP95, S.colShareOfPaid, S.colSubsidyRate,
      S.colAtCap, S.colRefusedShare],
    rows: years.flatMap((y, i) => (y ? y.groups.tier : []).map((g) => [
      ...lead(i),
      { text: g.label[lang], raw: g.key },
      count(g.firms.mean),
      money(g.grantPerFirm?.p50), money(g.grantPerFirm?.p95),
      share(g.shareOfPaid.pooled), share(g.subsidyRate.pooled), share(g.atCapShare.pooled), share(g.refusedFirmShare.pooled),
    ])),
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
  return csvText(t.columns.map((c) => c[lang]), t.rows.map((r) => r.map((c) => c.raw)));
}
