/**
 * The per-run values behind the comparison table's headline figures, taken from a scenario's accumulators
 * (one per year). Scenarios run on the same seeds (common random numbers) pair run i with run i, so
 * compareTable can give the paired difference and its interval.
 */
import type { Accumulator } from '../stats/Accumulator';

/** Per-run values of one year by headline key: requested, paid, unmet, firmsRefused, and `exhausted:<scheme id>` (1 or 0). */
export type PerRunHeadlines = Record<string, Float64Array>;

/** Per-run headline values of each year, in run-index order. */
export function perRunHeadlines(years: readonly Accumulator[]): PerRunHeadlines[] {
  return years.map((acc) => {
    const refused = acc.totalColumn('refusedFen');
    const scaled = acc.totalColumn('scaledFen');
    const unmet = refused.map((r, i) => r + scaled[i]!);
    const out: PerRunHeadlines = {
      requested: acc.totalColumn('requestedFen'),
      paid: acc.totalColumn('paidFen'),
      unmet,
      firmsRefused: acc.column(acc.layout.firms + 3),
    };
    acc.shape.schemeIds.forEach((id, s) => {
      const pool = acc.schemeColumn(s, 'poolFen');
      if (pool[0]! < 0) return;
      out[`exhausted:${id}`] = acc.schemeColumn(s, 'exhaustionDay').map((d) => (d >= 0 ? 1 : 0));
    });
    return out;
  });
}
