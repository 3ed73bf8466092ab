/**
 * The per-run CSV: one row per run, year and scheme, and a `total` row per run and year (all schemes), with
 * every money figure in fen and in yuan. Read from the accumulators' per-run rows in run-index order.
 */
import Decimal from 'decimal.js';
import type { Accumulator } from '../stats/Accumulator';
import { formatDay, yearStart } from '../time/day';
import { csvText, type CsvCell } from './csvText';

const MONEY = ['pool', 'requested', 'paid', 'unmet', 'refused', 'scaled'] as const;
const COUNTS = [
  'apps_requested', 'apps_funded', 'apps_partial', 'apps_refused',
  'firms_requested', 'firms_funded', 'firms_partial', 'firms_refused', 'firms_at_cap',
] as const;

/** Column names of the per-run CSV. */
export const PER_RUN_FIELDS = [
  'run', 'year', 'scheme',
  ...MONEY.flatMap((m) => [`${m}_fen`, `${m}_yuan`]),
  ...COUNTS,
  'exhaustion_day_of_year', 'exhaustion_date',
] as const;

const yuan = (fen: number): string => new Decimal(fen).div(100).toFixed(2);

/**
 * CSV of every run of every year. `pool_*` is empty for a scheme without a pool limit and for totals;
 * `exhaustion_*` empty when the pool lasted the year; `firms_at_cap` empty for totals (a firm may be at the cap
 * of one scheme and not another).
 * @throws Error when the accumulators hold different runs
 */
export function perRunCsv(years: readonly Accumulator[]): string {
  const rows: CsvCell[][] = [];
  const runIndex = years[0] ? Array.from(years[0].sorted().runIndex) : [];
  for (const acc of years) {
    if (acc.count !== runIndex.length || acc.sorted().runIndex.some((r, i) => r !== runIndex[i])) {
      throw new Error('per-run CSV: the years hold different runs');
    }
  }
  const perYear = years.map((acc) => {
    const nS = acc.shape.schemeIds.length;
    const col = (s: number, f: Parameters<Accumulator['schemeColumn']>[1]) => acc.schemeColumn(s, f);
    const schemes = Array.from({ length: nS }, (_, s) => ({
      id: acc.shape.schemeIds[s]!,
      pool: col(s, 'poolFen'), requested: col(s, 'requestedFen'), paid: col(s, 'paidFen'), refused: col(s, 'refusedFen'),
      scaled: col(s, 'scaledFen'),
      counts: [
        col(s, 'appsRequested'), col(s, 'appsFunded'), col(s, 'appsPartial'), col(s, 'appsRefused'),
        col(s, 'firmsRequested'), col(s, 'firmsFunded'), col(s, 'firmsPartial'), col(s, 'firmsRefused'), col(s, 'firmsAtCap'),
      ],
      exhaustion: col(s, 'exhaustionDay'),
    }));
    const L = acc.layout;
    const total = {
      requested: acc.totalColumn('requestedFen'), paid: acc.totalColumn('paidFen'), refused: acc.totalColumn('refusedFen'),
      scaled: acc.totalColumn('scaledFen'),
      counts: [
        acc.totalColumn('appsRequested'), acc.totalColumn('appsFunded'), acc.totalColumn('appsPartial'), acc.totalColumn('appsRefused'),
        acc.column(L.firms), acc.column(L.firms + 1), acc.column(L.firms + 2), acc.column(L.firms + 3),
      ],
    };
    return { acc, schemes, total, start: yearStart(acc.shape.year) };
  });
  runIndex.forEach((run, i) => {
    for (const { acc, schemes, total, start } of perYear) {
      const year = acc.shape.year;
      for (const s of schemes) {
        const pool = s.pool[i]!;
        const ex = s.exhaustion[i]!;
        rows.push([
          run, year, s.id,
          ...money(pool < 0 ? null : pool),
          ...money(s.requested[i]!), ...money(s.paid[i]!), ...money(s.refused[i]! + s.scaled[i]!),
          ...money(s.refused[i]!), ...money(s.scaled[i]!),
          ...s.counts.map((c) => c[i]!),
          ex < 0 ? null : ex, ex < 0 ? null : formatDay(start + ex),
        ]);
      }
      rows.push([
        run, year, 'total',
        ...money(null),
        ...money(total.requested[i]!), ...money(total.paid[i]!), ...money(total.refused[i]! + total.scaled[i]!),
        ...money(total.refused[i]!), ...money(total.scaled[i]!),
        ...total.counts.map((c) => c[i]!), null,
        null, null,
      ]);
    }
  });
  return csvText(PER_RUN_FIELDS, rows);
}

function money(fen: number | null): [CsvCell, CsvCell] {
  return fen === null ? [null, null] : [fen, yuan(fen)];
}
