/**
 * The per-group CSV: one row per year, grouping dimension (tier, category, voucher, district) and value, with
 * the group's means, grant per firm, shares and rates; and one row per paying level (dimension `level`).
 */
import type { RatioStats, Summary } from '../stats/Summary';
import { csvText, type CsvCell } from '../figures/csvText';

/** Column names of the per-group CSV. */
export const GROUPS_FIELDS = [
  'year', 'dimension', 'key', 'label_zh', 'label_en',
  'firms_mean', 'applications_mean',
  'contract_mean_fen', 'contract_mean_yuan', 'requested_mean_fen', 'requested_mean_yuan',
  'paid_mean_fen', 'paid_mean_yuan', 'paid_p5_fen', 'paid_p95_fen', 'unmet_mean_fen', 'unmet_mean_yuan',
  'grant_per_firm_mean_fen', 'grant_per_firm_mean_yuan', 'grant_per_firm_p5_fen', 'grant_per_firm_p25_fen',
  'grant_per_firm_p50_fen', 'grant_per_firm_p75_fen', 'grant_per_firm_p95_fen',
  'share_of_paid', 'share_of_paid_p5', 'share_of_paid_p95', 'subsidy_rate', 'at_cap_share', 'refused_firm_share',
] as const;

/** CSV of the per-group (and per-level) figures. Ratios are the pooled ones (Σ over runs ÷ Σ over runs). */
export function groupsCsv(summary: Summary): string {
  const rows: CsvCell[][] = [];
  const blank = (n: number) => Array<CsvCell>(n).fill(null);
  for (const y of summary.years) {
    for (const dim of ['tier', 'category', 'voucher', 'district'] as const) {
      for (const g of y.groups[dim]) {
        const gp = g.grantPerFirm;
        rows.push([
          y.year, dim, g.key, g.label.zh, g.label.en,
          g.firms.mean, g.applications.mean,
          g.contract.mean.fen, g.contract.mean.yuan, g.money.requested.mean.fen, g.money.requested.mean.yuan,
          g.money.paid.mean.fen, g.money.paid.mean.yuan, g.money.paid.p5.fen, g.money.paid.p95.fen,
          g.money.unmet.mean.fen, g.money.unmet.mean.yuan,
          gp?.mean.fen ?? null, gp?.mean.yuan ?? null,
          gp?.p5?.fen ?? null, gp?.p25?.fen ?? null, gp?.p50?.fen ?? null, gp?.p75?.fen ?? null, gp?.p95?.fen ?? null,
          ...share(g.shareOfPaid), g.subsidyRate.pooled, g.atCapShare.pooled, g.refusedFirmShare.pooled,
        ]);
      }
    }
    for (const l of y.levels) {
      rows.push([
        y.year, 'level', l.level, null, null, ...blank(2), ...blank(4),
        l.paid.mean.fen, l.paid.mean.yuan, l.paid.p5.fen, l.paid.p95.fen, ...blank(2), ...blank(7),
        ...share(l.share), ...blank(3),
      ]);
    }
  }
  return csvText(GROUPS_FIELDS, rows);
}

function share(r: RatioStats): CsvCell[] {
  return [r.pooled, r.p5, r.p95];
}
