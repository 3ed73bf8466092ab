/**
 * The page's charts (issue 4): which builders of src/charts, in what order, how wide, and how a comparison is
 * laid out. Overlaid: one chart per kind with every scenario in its colour. Side by side: one chart per scenario
 * in a row, each card marked with its scenario's colour. Each chart's title and subtitle (the sentence that reads
 * it) come from the builder.
 */
import type { TopLevelSpec } from 'vega-lite';
import {
  budgetExhaustion, capShareByTier, exhaustionDate, grantPerFirmByTier, shareOfPoolByTier, subsidyRateByGroup, unmetDemand, whoPays,
  type ChartOptions,
} from '../charts';
import type { Lang } from '../i18n/Bilingual';
import { csvText, type CsvCell } from '../output/csvText';
import type { Summary } from '../stats/Summary';
import type { RunResult } from './App';
import type { Layout } from './pageState';

type Builder = (input: Summary | readonly Summary[], lang: Lang, opts?: ChartOptions) => TopLevelSpec;

/** The charts in reading order: when the money runs out, who gets it, what is left unmet, who pays. */
export const CHARTS: { id: string; build: Builder }[] = [
  { id: 'budget-exhaustion', build: budgetExhaustion },
  { id: 'exhaustion-date', build: exhaustionDate },
  { id: 'grant-per-firm', build: grantPerFirmByTier },
  { id: 'share-of-pool', build: shareOfPoolByTier },
  { id: 'cap-share', build: capShareByTier },
  { id: 'subsidy-rate', build: subsidyRateByGroup },
  { id: 'unmet-demand', build: unmetDemand },
  { id: 'who-pays', build: whoPays },
];

/** One chart to draw. */
export interface ChartDef {
  /** Chart kind, e.g. `budget-exhaustion`. */
  id: string;
  /** Slot of the scenario drawn alone (side by side), or null when it holds every scenario. */
  slot: number | null;
  /** Base name of exported files. */
  file: string;
  spec: TopLevelSpec;
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
 * The chart rows for year `yearIndex` of a run, fitted to a row `rowWidth` pixels wide.
 * @example chartRows(result, 0, 'zh', 'side', 900).map((r) => r.id) // ['budget-exhaustion', …]
 */
export function chartRows(r: RunResult, yearIndex: number, lang: Lang, layout: Layout, rowWidth: number): ChartRow[] {
  const year = r.summaries[0]!.years[Math.min(yearIndex, r.summaries[0]!.years.length - 1)]!.year;
  const side = layout === 'side' && r.summaries.length > 1;
  const columns = side ? r.summaries.length : 1;
  const cardWidth = (rowWidth - GAP * (columns - 1)) / columns;
  const chartWidth = Math.max(200, Math.min(900, Math.floor(cardWidth - CARD_PADDING - CHROME)));
  const ids = r.scenarios.map((s) => s.id);
  return CHARTS.map(({ id, build }) => ({
    id,
    charts: side
      ? r.summaries.map((s, i) => ({ id, slot: i, file: `${ids[i]}-${id}-${year}`, spec: build(s, lang, { year, width: chartWidth }) }))
      : [{
        id,
        slot: null,
        file: `${r.summaries.length > 1 ? ids.join('-vs-') : ids[0]}-${id}-${year}`,
        spec: build(r.summaries.length > 1 ? r.summaries : r.summaries[0]!, lang, { year, width: chartWidth }),
      }],
  }));
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
