import { csvText, type CsvCell } from '../figures/csvText';
import { formatDay, yearStart } from '../time/day';
import type { SweepResult } from './sweep';

/**
 * The sweep as CSV, one row per cell: the two variables (fen, or bp for ratio), P(runs out by 31 December) with
 * its standard error and 95% interval, the median exhaustion date over all runs (empty when the pool lasts the
 * year in at least half the runs), the mean money paid (fen) and the unmet share of demand.
 */
export function sweepCsv(r: SweepResult): string {
  const unit = (v: string) => (v === 'ratio' ? 'bp' : 'fen');
  const fields = [
    `${r.x.variable}_${unit(r.x.variable)}`, `${r.y.variable}_${unit(r.y.variable)}`, 'runs',
    'p_exhausted', 'p_se', 'p_lo', 'p_hi', 'median_exhaustion', 'paid_mean_fen', 'unmet_share',
  ];
  const r6 = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
  const rows: CsvCell[][] = r.cells.map((c) => [
    c.x, c.y, r.runs,
    r6(c.exhausted.value), r6(c.exhausted.se), r6(c.exhausted.lo), r6(c.exhausted.hi),
    c.medianDay.value >= r.days ? null : formatDay(yearStart(r.year) + c.medianDay.value),
    Math.round(c.paid.value), r6(c.unmetShare.value),
  ]);
  return csvText(fields, rows);
}
