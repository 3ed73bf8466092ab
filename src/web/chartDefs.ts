/**
 * The page's charts (issue 4): which builders of src/charts, in what order, how wide, and how a comparison is
 * laid out. Overlaid: one chart per kind with every scenario in its colour. Side by side: one chart per scenario
 * in a row, each card marked with its scenario's colour. Each chart's title and subtitle (the sentence that reads
 * it) come from the builder.
 */
import type { TopLevelSpec } from 'vega-lite';
import {
  budgetExhaustion, capShareByTier, exhaustionDate, grantPerFirmByTier, shareOfPoolByTier, subsidyRateByGroup, unmetByMonth, unmetByTier,
  unmetDemand, whoPays, type ChartOptions,
} from '../charts';
import { shareScales } from '../charts/shareScales';
import type { Lang } from '../i18n/Bilingual';
import { csvText, type CsvCell } from '../figures/csvText';
import { tierCaps } from '../scenario/tierCaps';
import type { Summary } from '../stats/Summary';
import type { RunResult } from './App';
import type { Layout } from './pageState';
import { yearOf } from './years';

type Builder = (input: Summary | readonly Summary[], lang: Lang, opts?: ChartOptions) => TopLevelSpec;

/**
 * The charts in reading order: when the money runs out, who gets it, what is left unmet, who pays. Unmet demand
 * by month and by tier share one chart when there is room, and are two charts on a narrow one.
 */
export function chartList(narrow: boolean): { id: string; build: Builder }[] {
  return [
    { id: 'budget-exhaustion', build: budgetExhaustion },
    { id: 'exhaustion-date', build: exhaustionDate },
    { id: 'grant-per-firm', build: grantPerFirmByTier },
    { id: 'share-of-pool', build: shareOfPoolByTier },
    { id: 'cap-share', build: capShareByTier },
    { id: 'subsidy-rate', build: subsidyRateByGroup },
    ...(narrow
      ? [{ id: 'unmet-by-month', build: unmetByMonth }, { id: 'unmet-by-tier', build: unmetByTier }]
      : [{ id: 'unmet-demand', build: unmetDemand }]),
    { id: 'who-pays', build: whoPays },
  ];
}

/** Charts narrower than this get slanted category labels and unmet demand split in two. */
export const NARROW_CHART = 700;

/** One chart to draw. */
export interface ChartDef {
  /** Chart kind, e.g. `budget-exhaustion`. */
  id: string;
  /** Slot of the scenario drawn alone (side by side), or null when it holds every scenario. */
  slot: number | null;
  /** Base name of exported files. */
  file: string;
  spec: TopLevelSpec;
  /** The width asked of the builder (one panel), in pixels. */
  width: number;
}

/** A row of charts of one kind (one chart, or one per scenario side by side). */
export interface ChartRow {
  id: string;
  charts: ChartDef[];
}

/** Room the axes, labels and legend take beside a chart's plotting width, in pixels. */
const CHROME = 110;
/** A chart card's horizontal padding and border, and the gap between cards of a row. */
const CARD_PADDING = 40;
const GAP = 20;

/**
 * The chart rows for `year` of a run, fitted to a row `rowWidth` pixels wide. Scenarios that do not simulate the
 * year are left out; when some are, the others are shown side by side (an overlay gives colours by position, and
 * a scenario's colour must not change with the year).
 * @example chartRows(result, 2025, 'zh', 'side', 900).map((r) => r.id) // ['budget-exhaustion', …]
 */
export function chartRows(r: RunResult, year: number, lang: Lang, layout: Layout, rowWidth: number): ChartRow[] {
  const present = r.summaries.map((s, i) => (yearOf(s, year) ? i : -1)).filter((i) => i >= 0);
  const side = present.length > 1 && (layout === 'side' || present.length < r.summaries.length);
  const columns = side ? present.length : 1;
  const cardWidth = (rowWidth - GAP * (columns - 1)) / columns;
  const chartWidth = Math.max(200, Math.min(900, Math.floor(cardWidth - CARD_PADDING - CHROME)));
  const ids = r.scenarios.map((s) => s.id);
  const caps = r.scenarios.map((s) => (s.years.includes(year) ? tierCaps(s, year) : undefined));
  return chartList(chartWidth < NARROW_CHART).map(({ id, build }) => ({
    id,
    charts: side || present.length === 1
      ? sideBySide(present.map((i) => ({ id, slot: i, file: `${ids[i]}-${id}-${year}`, spec: build(r.summaries[i]!, lang, { year, width: chartWidth, tierCaps: [caps[i]] }), width: chartWidth })))
      : [{
        id,
        slot: null,
        file: `${ids.join('-vs-')}-${id}-${year}`,
        spec: build(r.summaries, lang, { year, width: chartWidth, tierCaps: caps }),
        width: chartWidth,
      }],
  }));
}

/** Charts of one kind side by side, on the same x and y scales (shareScales), so they compare by eye. */
export function sideBySide(charts: ChartDef[]): ChartDef[] {
  const specs = shareScales(charts.map((c) => c.spec));
  return charts.map((c, i) => ({ ...c, spec: specs[i]! }));
}

/** The data a chart draws (its inline `data.values`, wherever they sit in the spec), as CSV with formulas escaped. */
export function chartCsv(spec: TopLevelSpec): string {
  const rows: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const o = node as Record<string, unknown>;
    const data = o.data as { values?: unknown } | undefined;
    if (data && Array.isArray(data.values)) rows.push(...(data.values as Record<string, unknown>[]));
    for (const k of ['layer', 'hconcat', 'vconcat', 'concat', 'spec']) if (k in o) visit(o[k]);
  };
  visit(spec);
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (v: unknown): CsvCell => (v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v));
  return csvText(fields, rows.map((row) => fields.map((f) => cell(row[f]))));
}
