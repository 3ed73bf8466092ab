/**
 * Backtest: where what was actually paid falls among the simulated outcomes.
 *
 *   PaymentRow[] ──cumulate by month──▶ observed path (end of each month up to the last month with data)
 *   Summary year ──cumulative bands at each month's end (p5 … p95)──▶ simulated bands
 *   per-run yearly totals (Accumulator) ──▶ quantile of the observed year total
 *
 * The observed total's quantile is the mid-rank share of runs that paid less: (#below + ½·#equal) / runs, from
 * the per-run totals when the data reach December; for a part year it is read off the day's band (linear between
 * the 5/25/50/75/95% points; beyond them it is reported as below 5% or above 95%).
 */
import { UserError } from '../errors/UserError';
import type { Fen } from '../money/fen';
import type { Accumulator } from '../stats/Accumulator';
import type { Summary, BandRow } from '../stats/Summary';
import { dataMessages } from '../i18n/dataMessages';
import { backtestWords } from '../i18n/analysisWords';
import type { PaymentRow } from '../data/parsePayments';

export interface BacktestMonth {
  month: number;
  /** Cumulative observed payments at the month's end. */
  observedFen: Fen;
  p5: Fen;
  p25: Fen;
  p50: Fen;
  p75: Fen;
  p95: Fen;
  inside90: boolean;
}

export interface BacktestSeries {
  /** A scheme id, or null for all schemes together. */
  scheme: string | null;
  label: { zh: string; en: string };
  months: BacktestMonth[];
  observedTotalFen: Fen;
  /** Share of runs that paid less than the observed total (mid-rank), or the band bound it lies beyond. */
  quantile: { value: number; from: 'runs' | 'band'; beyond: 'below' | 'above' | null };
  /** Share of the months with data inside the simulated 5–95% band. */
  insideShare: number;
}

export interface BacktestResult {
  /** The year of the payments, and the simulated year they are compared with. */
  observedYear: number;
  simulatedYear: number;
  runs: number;
  series: BacktestSeries[];
}

/**
 * @param summary the scenario's summary
 * @param years the scenario's per-run accumulators (AccumulatorSet.years), for the per-run totals
 * @param payments the observed payments (parsePayments), one calendar year
 * @param file the payments file's name, for messages
 * @throws UserError when the payments span several years or name a scheme the scenario does not have
 * @example backtest(summary, acc.years, parsePayments(text, 'paid.csv'), 'paid.csv').series[0].insideShare // 0.83
 */
export function backtest(summary: Summary, years: readonly Accumulator[], payments: readonly PaymentRow[], file: string): BacktestResult {
  const observedYears = [...new Set(payments.map((p) => p.year))].sort((a, b) => a - b);
  if (observedYears.length !== 1) throw new UserError('data.many-years', dataMessages.manyYears(observedYears), { file });
  const observedYear = observedYears[0]!;
  const yi = Math.max(0, summary.years.findIndex((y) => y.year === observedYear));
  const year = summary.years[yi]!;
  const acc = years.find((a) => a.shape.year === year.year)!;
  const bySchemes = payments.some((p) => p.scheme !== undefined);
  const ids = year.schemes.map((s) => s.id);
  if (bySchemes) {
    const bad = payments.find((p) => p.scheme !== undefined && !ids.includes(p.scheme));
    if (bad) throw new UserError('data.bad-scheme', dataMessages.badScheme(bad.scheme!, ids), { file, line: bad.line, field: 'scheme' });
  }
  const groups: { scheme: string | null; rows: readonly PaymentRow[] }[] = bySchemes
    ? [...new Set(payments.map((p) => p.scheme ?? ''))].filter((s) => s !== '').map((s) => ({ scheme: s, rows: payments.filter((p) => p.scheme === s) }))
    : [{ scheme: null, rows: payments }];
  const series = groups.map(({ scheme, rows }): BacktestSeries => {
    const s = scheme === null ? null : year.schemes.find((x) => x.id === scheme)!;
    const bands = s ? s.cumulative : year.total.cumulative;
    const perRun = s ? acc.schemeColumn(ids.indexOf(scheme!), 'paidFen') : acc.totalColumn('paidFen');
    const lastMonth = Math.max(...rows.map((r) => r.month));
    const months: BacktestMonth[] = [];
    for (let m = 1; m <= lastMonth; m++) {
      const observedFen = rows.filter((r) => r.month <= m).reduce((a, r) => a + r.paidFen, 0);
      const b = bandAtMonthEnd(bands, year.year, m);
      months.push({
        month: m, observedFen,
        p5: b.p5.fen, p25: b.p25.fen, p50: b.p50.fen, p75: b.p75.fen, p95: b.p95.fen,
        inside90: observedFen >= b.p5.fen && observedFen <= b.p95.fen,
      });
    }
    const observedTotalFen = months[months.length - 1]!.observedFen;
    const quantile = lastMonth === 12 ? midRank(perRun, observedTotalFen) : fromBand(months[months.length - 1]!);
    return {
      scheme,
      label: s ? s.label : { ...backtestWords.allSchemes },
      months,
      observedTotalFen,
      quantile,
      insideShare: months.filter((m) => m.inside90).length / months.length,
    };
  });
  return { observedYear, simulatedYear: year.year, runs: year.runs, series };
}

/** The band at the last day of month m of the year (rows are one per day, 0 = 1 January). */
function bandAtMonthEnd(bands: readonly BandRow[], year: number, m: number): BandRow {
  const last = Math.round((Date.UTC(year, m, 0) - Date.UTC(year, 0, 1)) / 86_400_000);
  return bands.find((r) => r.dayOfYear === last) ?? bands[Math.min(last, bands.length - 1)]!;
}

/**
 * Mid-rank quantile of x among the values: (#below + ½·#equal) / n.
 * @example midRank([1, 2, 3, 4], 3).value // 0.625
 */
export function midRank(values: ArrayLike<number>, x: number): BacktestSeries['quantile'] {
  let below = 0;
  let equal = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < x) below++;
    else if (values[i] === x) equal++;
  }
  return { value: (below + equal / 2) / values.length, from: 'runs', beyond: null };
}

function fromBand(m: BacktestMonth): BacktestSeries['quantile'] {
  const pts: [number, number][] = [[m.p5, 0.05], [m.p25, 0.25], [m.p50, 0.5], [m.p75, 0.75], [m.p95, 0.95]];
  const x = m.observedFen;
  if (x < m.p5) return { value: 0.05, from: 'band', beyond: 'below' };
  if (x > m.p95) return { value: 0.95, from: 'band', beyond: 'above' };
  for (let i = 1; i < pts.length; i++) {
    const [x0, q0] = pts[i - 1]!;
    const [x1, q1] = pts[i]!;
    if (x <= x1) return { value: x1 === x0 ? (q0 + q1) / 2 : q0 + ((x - x0) / (x1 - x0)) * (q1 - q0), from: 'band', beyond: null };
  }
  return { value: 0.95, from: 'band', beyond: null };
}
