/**
 * The per-run CSV: one row per run, year and scheme, and a `total` row per run and year (all schemes), with
 * every money figure in fen and in yuan. Read from the accumulators' per-run rows in run-index order.
 */
import Decimal from 'decimal.js';
import type { Accumulator } from '../stats/Accumulator';
import { formatDay, yearStart } from '../time/day';
import { csvText, type CsvCell } from '../figures/csvText';

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

/** Runs per slice of the per-run CSV: the rows of a slice are unpacked, written and dropped. */
const SLICE_RUNS = 2048;

/**
 * CSV of every run of every year. `pool_*` is empty for a scheme without a pool limit and for totals;
 * `exhaustion_*` empty when the pool lasted the year; `firms_at_cap` empty for totals (a firm may be at the cap
 * of one scheme and not another).
 * @throws Error when the accumulators hold different runs
 */
export function perRunCsv(years: readonly Accumulator[]): string {
  let out = '';
  for (const part of perRunCsvParts(years)) out += part;
  return out;
}

/**
 * The per-run CSV in parts of a few thousand runs, to write to a file or a stream as they come: memory stays
 * that of one slice of runs (a million runs make about 500 MB of text, more than one string can hold).
 * Joined, the parts are the text of `perRunCsv`.
 * @throws Error when the accumulators hold different runs
 */
export function* perRunCsvParts(years: readonly Accumulator[]): Generator<string> {
  const runIndex = years[0] ? years[0].runIndices() : new Float64Array(0);
  for (const acc of years) {
    const own = acc.runIndices();
    if (own.length !== runIndex.length || own.some((r, i) => r !== runIndex[i])) {
      throw new Error('per-run CSV: the years hold different runs');
    }
  }
  const perYear = years.map((acc) => {
    const nS = acc.shape.schemeIds.length;
    const schemes = Array.from({ length: nS }, (_, s) => {
      const at = (f: Parameters<Accumulator['schemeOffset']>[1]) => acc.schemeOffset(s, f);
      return {
        id: acc.shape.schemeIds[s]!,
        pool: at('poolFen'), requested: at('requestedFen'), paid: at('paidFen'), refused: at('refusedFen'), scaled: at('scaledFen'),
        counts: [
          at('appsRequested'), at('appsFunded'), at('appsPartial'), at('appsRefused'),
          at('firmsRequested'), at('firmsFunded'), at('firmsPartial'), at('firmsRefused'), at('firmsAtCap'),
        ],
        exhaustion: at('exhaustionDay'),
      };
    });
    const L = acc.layout;
    const all = (f: 'requestedFen' | 'paidFen' | 'refusedFen' | 'scaledFen' | 'appsRequested' | 'appsFunded' | 'appsPartial' | 'appsRefused') =>
      schemes.map((_, s) => acc.schemeOffset(s, f));
    const total = {
      requested: all('requestedFen'), paid: all('paidFen'), refused: all('refusedFen'), scaled: all('scaledFen'),
      apps: [all('appsRequested'), all('appsFunded'), all('appsPartial'), all('appsRefused')],
      firms: [L.firms, L.firms + 1, L.firms + 2, L.firms + 3],
    };
    return { acc, schemes, total, start: yearStart(acc.shape.year) };
  });
  if (runIndex.length === 0) {
    yield csvText(PER_RUN_FIELDS, []);
    return;
  }
  for (let from = 0; from < runIndex.length; from += SLICE_RUNS) {
    const to = Math.min(runIndex.length, from + SLICE_RUNS);
    const slices = perYear.map((y) => y.acc.rows(from, to));
    const rows: CsvCell[][] = [];
    for (let i = from; i < to; i++) {
      const run = runIndex[i]!;
      perYear.forEach(({ acc, schemes, total, start }, k) => {
        const rowLength = acc.layout.rowLength;
        const row = slices[k]!.subarray((i - from) * rowLength, (i - from + 1) * rowLength);
        const v = (offset: number) => row[offset]!;
        const sum = (offsets: readonly number[]) => offsets.reduce((t, o) => t + row[o]!, 0);
        const year = acc.shape.year;
        for (const s of schemes) {
          const pool = v(s.pool);
          const ex = v(s.exhaustion);
          rows.push([
            run, year, s.id,
            ...money(pool < 0 ? null : pool),
            ...money(v(s.requested)), ...money(v(s.paid)), ...money(v(s.refused) + v(s.scaled)),
            ...money(v(s.refused)), ...money(v(s.scaled)),
            ...s.counts.map(v),
            ex < 0 ? null : ex, ex < 0 ? null : formatDay(start + ex),
          ]);
        }
        const refused = sum(total.refused);
        const scaled = sum(total.scaled);
        rows.push([
          run, year, 'total',
          ...money(null),
          ...money(sum(total.requested)), ...money(sum(total.paid)), ...money(refused + scaled),
          ...money(refused), ...money(scaled),
          ...total.apps.map(sum), ...total.firms.map(v), null,
          null, null,
        ]);
      });
    }
    yield from === 0 ? csvText(PER_RUN_FIELDS, rows) : `\r\n${csvText(PER_RUN_FIELDS, rows, { header: false })}`;
  }
}

function money(fen: number | null): [CsvCell, CsvCell] {
  return fen === null ? [null, null] : [fen, yuan(fen)];
}
