/**
 * The page's tables, built from summaries: each cell has the text shown (in the page's language) and the raw
 * value written to CSV (yuan as decimal strings, ratios as fractions), so a spreadsheet gets numbers.
 * With several scenarios every row starts with the scenario's name.
 */
import type { Bilingual, Lang } from '../i18n/Bilingual';
import type { Summary, YearSummary } from '../stats/Summary';
import { csvText } from '../output/csvText';
import { formatMean, formatShare, formatSummaryMoney } from './format';

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

const b = (zh: string, en: string): Bilingual => ({ zh, en });
const levelNames: Record<string, Bilingual> = { province: b('省', 'Province'), city: b('市', 'City'), district: b('区', 'District') };

/** The tables for year `yearIndex` of each summary (scenario names label the rows when there are several). */
export function pageTables(summaries: readonly Summary[], names: readonly string[], yearIndex: number, lang: Lang): Table[] {
  const years = summaries.map((s) => s.years[Math.min(yearIndex, s.years.length - 1)]!);
  const many = summaries.length > 1;
  const lead = (i: number): Cell[] => (many ? [{ text: names[i] ?? '', raw: names[i] ?? '' }] : []);
  const leadCol = many ? [b('情景', 'Scenario')] : [];
  const money = (m: { fen: number; yuan: string } | null | undefined): Cell =>
    m ? { text: formatSummaryMoney(m, lang), raw: m.yuan } : { text: '—', raw: null };
  const share = (x: number | null): Cell => ({ text: formatShare(x, lang), raw: x });
  const count = (x: number): Cell => ({ text: formatMean(x, lang), raw: x });

  const schemes: Table = {
    id: 'schemes',
    title: b('各项目：资金池、支出与缺口（每次模拟）', 'Schemes: pool, money paid and unmet (per run)'),
    columns: [...leadCol, b('项目', 'Scheme'), b('资金池', 'Pool'), b('支出中位数', 'Paid, median'), b('支出 5%', 'Paid, 5th pct'),
      b('支出 95%', 'Paid, 95th pct'), b('申请额中位数', 'Requested, median'), b('缺口中位数', 'Unmet, median'),
      b('年内用尽概率', 'P(runs out in the year)'), b('用尽日期中位数', 'Runs out, median date'), b('获全额企业（均值）', 'Firms paid in full (mean)'),
      b('被拒企业（均值）', 'Firms refused (mean)')],
    rows: years.flatMap((y, i) => y.schemes.map((s) => [
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
    title: b('各档企业：所得与覆盖', 'Tiers of firms: what they receive'),
    columns: [...leadCol, b('档位', 'Tier'), b('申请企业（均值）', 'Firms applying (mean)'), b('每家所得中位数', 'Grant per firm, median'),
      b('每家所得 95%', 'Grant per firm, 95th pct'), b('占支出比例', 'Share of money paid'), b('实际补贴率', 'Effective subsidy rate'),
      b('达上限企业比例', 'Share of firms at a cap'), b('被拒企业比例', 'Share of firms refused')],
    rows: years.flatMap((y: YearSummary, i) => y.groups.tier.map((g) => [
      ...lead(i),
      { text: g.label[lang], raw: g.key },
      count(g.firms.mean),
      money(g.grantPerFirm?.p50), money(g.grantPerFirm?.p95),
      share(g.shareOfPaid.pooled), share(g.subsidyRate.pooled), share(g.atCapShare.pooled), share(g.refusedFirmShare.pooled),
    ])),
  };

  const levels: Table = {
    id: 'levels',
    title: b('谁出钱：省、市、区', 'Who pays: province, city, district'),
    columns: [...leadCol, b('层级', 'Level'), b('支出中位数', 'Paid, median'), b('支出均值', 'Paid, mean'), b('占比', 'Share')],
    rows: years.flatMap((y, i) => y.levels.map((l) => [
      ...lead(i),
      { text: (levelNames[l.level] ?? b(l.level, l.level))[lang], raw: l.level },
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
