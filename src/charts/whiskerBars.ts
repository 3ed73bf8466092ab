/**
 * The two layered shapes the group charts are built from, both drawn from numbers already in the summary
 * (never a smoothed density):
 * - bars with whiskers: a bar at the value (a pooled share, a mean) and a rule from p5 to p95 over runs;
 * - a box from quantiles: a rule p5–p95, a bar p25–p75 and a tick at the median.
 * Categories on x in the given order; several series (scenarios) side by side with xOffset, one colour each.
 */
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import { bandLabelExpr, topLegend } from './chartBase';
import { colorScale } from './palette';

export interface WhiskerRow {
  cat: string;
  series: string;
  value: number | null;
  lo: number | null;
  hi: number | null;
}

export interface BoxRow {
  cat: string;
  series: string;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface GroupAxes {
  /** Category order on x. */
  cats: string[];
  xTitle: string;
  yTitle: string;
  /** d3 format of the y axis, e.g. `.0%`. */
  yFormat?: string;
  /** The y scale, when not linear (e.g. symlog for money that spans orders of magnitude). */
  yScale?: { type: 'symlog'; constant: number };
  /** Tick values of the y axis, when the scale's own would not do (symlog: powers of ten). */
  yValues?: number[];
  /** Series in colour order; one series means no legend and no offset. */
  series: string[];
  /** `scenario` colours for comparisons; `single` draws one series in the first scenario colour. */
  colorKind: 'scenario' | 'single';
  legendTitle: string;
  /** Width of the plot in pixels: category labels wrap to their share of it. */
  plotWidth?: number;
}

function shared(a: GroupAxes) {
  const many = a.series.length > 1;
  return {
    x: {
      field: 'cat', type: 'nominal' as const, sort: a.cats,
      axis: { title: a.xTitle, labelAngle: 0, labelExpr: bandLabelExpr(a.cats, (a.plotWidth ?? 560) / Math.max(a.cats.length, 1)) },
    },
    xOffset: many ? { field: 'series', type: 'nominal' as const, sort: a.series } : undefined,
    color: {
      field: 'series',
      type: 'nominal' as const,
      scale: colorScale('scenario', a.series),
      legend: many ? topLegend(a.legendTitle) : null,
    },
  };
}

/** Layers of a bars-with-whiskers chart; rows whose value is null are left out. */
export function whiskerLayers(a: GroupAxes): LayerSpec<Field>['layer'] {
  const { x, xOffset, color } = shared(a);
  const y = { type: 'quantitative' as const, axis: { title: a.yTitle, ...(a.yFormat ? { format: a.yFormat } : {}) } };
  return [
    {
      transform: [{ filter: 'datum.value !== null' }],
      mark: { type: 'bar', opacity: 0.85 },
      encoding: { x, ...(xOffset ? { xOffset } : {}), y: { field: 'value', ...y }, color },
    },
    {
      transform: [{ filter: 'datum.lo !== null && datum.hi !== null' }],
      mark: { type: 'rule', color: '#333', strokeWidth: 1.2 },
      encoding: { x, ...(xOffset ? { xOffset } : {}), y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } },
    },
  ];
}

/** Layers of a box drawn from quantiles (rule p5–p95, bar p25–p75, tick p50). */
export function boxLayers(a: GroupAxes): LayerSpec<Field>['layer'] {
  const { x, xOffset, color } = shared(a);
  const off = xOffset ? { xOffset } : {};
  const y = {
    type: 'quantitative' as const, ...(a.yScale ? { scale: a.yScale } : {}),
    axis: { title: a.yTitle, ...(a.yFormat ? { format: a.yFormat } : {}), ...(a.yValues ? { values: a.yValues } : {}) },
  };
  return [
    { mark: { type: 'rule', strokeWidth: 1.2 }, encoding: { x, ...off, y: { field: 'p5', ...y }, y2: { field: 'p95' }, color } },
    { mark: { type: 'bar', size: a.series.length > 1 ? 12 : 22 }, encoding: { x, ...off, y: { field: 'p25', type: 'quantitative' }, y2: { field: 'p75' }, color } },
    {
      mark: { type: 'tick', color: 'black', thickness: 2, size: a.series.length > 1 ? 12 : 22 },
      encoding: { x, ...off, y: { field: 'p50', type: 'quantitative' } },
    },
  ];
}
