/**
 * The per-day CSV: for each year, scheme (and `total`) and day, the quantile band of the cumulative money
 * paid, in fen and yuan, from the summary.
 */
import type { Summary } from '../stats/Summary';
import { QUANTILE_KEYS } from '../stats/Summary';
import { csvText, type CsvCell } from '../figures/csvText';

/** Column names of the per-day CSV. */
export const BANDS_FIELDS = [
  'year', 'scheme', 'date', 'day_of_year',
  ...QUANTILE_KEYS.flatMap((k) => [`cumulative_paid_${k}_fen`, `cumulative_paid_${k}_yuan`]),
] as const;

/** CSV of the cumulative disbursement bands by day. */
export function bandsCsv(summary: Summary): string {
  const rows: CsvCell[][] = [];
  for (const y of summary.years) {
    for (const series of [...y.schemes.map((s) => ({ id: s.id, rows: s.cumulative })), { id: 'total', rows: y.total.cumulative }]) {
      for (const r of series.rows) {
        rows.push([y.year, series.id, r.date, r.dayOfYear, ...QUANTILE_KEYS.flatMap((k) => [r[k].fen, r[k].yuan])]);
      }
    }
  }
  return csvText(BANDS_FIELDS, rows);
}
