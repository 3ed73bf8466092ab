/**
 * The charts of a report: every chart builder of src/charts, for each simulated year, drawn from one summary or
 * overlaid from several (a comparison: one colour per scenario, the same in every chart, src/charts/palette.ts).
 */
import type { TopLevelSpec } from 'vega-lite';
import {
  budgetExhaustion, capShareByTier, exhaustionDate, grantPerFirmByTier, shareOfPoolByTier, subsidyRateByGroup, unmetDemand, whoPays,
  type ChartOptions,
} from '../charts';
import type { Lang } from '../i18n/Bilingual';
import type { Summary } from '../stats/Summary';

type Builder = (input: Summary | readonly Summary[], lang: Lang, opts?: ChartOptions) => TopLevelSpec;

/** The charts in reading order: when the money runs out, who gets it, what is left unmet, who pays. */
export const REPORT_CHARTS: ReadonlyArray<{ id: string; build: Builder }> = [
  { id: 'budget-exhaustion', build: budgetExhaustion },
  { id: 'exhaustion-date', build: exhaustionDate },
  { id: 'grant-per-firm', build: grantPerFirmByTier },
  { id: 'share-of-pool', build: shareOfPoolByTier },
  { id: 'cap-share', build: capShareByTier },
  { id: 'subsidy-rate', build: subsidyRateByGroup },
  { id: 'unmet-demand', build: unmetDemand },
  { id: 'who-pays', build: whoPays },
];

/** One chart of the report. */
export interface ReportChart {
  id: string;
  year: number;
  /** Base name of its files (`<id>-<year>`, then `.svg`, `.png`, `.vl.json`). */
  file: string;
  title: string;
  spec: TopLevelSpec;
}

/**
 * The charts for every year all `summaries` share, year by year in the first summary's order.
 * @throws Error when no summary is given
 */
export function reportCharts(summaries: readonly Summary[], lang: Lang, width?: number): ReportChart[] {
  const first = summaries[0];
  if (!first) throw new Error('reportCharts needs a summary');
  const years = first.years.map((y) => y.year).filter((yr) => summaries.every((s) => s.years.some((y) => y.year === yr)));
  const input = summaries.length === 1 ? first : summaries;
  return years.flatMap((year) =>
    REPORT_CHARTS.map(({ id, build }) => {
      return reportChart(id, year, build(input, lang, { year, ...(width === undefined ? {} : { width }) }));
    }),
  );
}

/**
 * A chart of the report from a spec made elsewhere (the analyses' tornado and heatmap): its files are `<id>-<year>`.
 * @example reportChart('heatmap', 2025, heatmap(result, 'en')).file // 'heatmap-2025'
 */
export function reportChart(id: string, year: number, spec: TopLevelSpec): ReportChart {
  return { id, year, file: `${id}-${year}`, title: titleOf(spec, id), spec };
}

function titleOf(spec: TopLevelSpec, fallback: string): string {
  const t = spec.title;
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object' && 'text' in t) return Array.isArray(t.text) ? t.text.join(' ') : String(t.text);
  return fallback;
}
