/**
 * The heatmap of a sweep: P(the pool runs out by 31 December) for every pair of values of two inputs (pool × cap,
 * pool × ratio scale, …), one cell each, coloured from 0% to 100% and labelled with the percentage; the larger
 * values of the vertical input at the top.
 *
 *   SweepResult.cells ─▶ rows {x, y, xText, yText, p, text} ─▶ layer(rect coloured by p, text of p)
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatVariableValue } from '../analysis/parseRange';
import type { SweepResult } from '../analysis/sweep';
import type { Lang } from '../i18n/Bilingual';
import { heatmapWords as T } from '../i18n/chartWords';
import { formatShare } from '../stats/headlines';
import { chartConfig, chartTitle } from './chartBase';

export interface HeatmapOptions {
  width?: number;
}

/**
 * The heatmap of `result`.
 * @example heatmap(sweepResult, 'en') // a Vega-Lite rect + text layer
 */
export function heatmap(result: SweepResult, lang: Lang, opts: HeatmapOptions = {}): TopLevelSpec {
  const width = opts.width ?? Math.max(320, Math.min(720, 64 * result.x.values.length));
  const fx = (v: number) => formatVariableValue(result.x.variable, v, lang);
  const fy = (v: number) => formatVariableValue(result.y.variable, v, lang);
  const xOrder = result.x.values.map(fx);
  const yOrder = [...result.y.values].reverse().map(fy);
  const rows = result.cells.map((c) => ({
    xText: fx(c.x),
    yText: fy(c.y),
    p: Math.round(c.exhausted.value * 10_000) / 10_000,
    text: formatShare(c.exhausted.value),
  }));
  const maxSe = Math.max(...result.cells.map((c) => c.exhausted.se));
  const subtitle = [
    T.subtitle(result.scenario, String(result.year), result.scheme, String(result.runs), result.seed, (maxSe * 100).toFixed(1))[lang],
  ];
  const x = { field: 'xText', type: 'ordinal' as const, sort: xOrder, axis: { title: T[result.x.variable][lang], labelAngle: -30 } };
  const y = { field: 'yText', type: 'ordinal' as const, sort: yOrder, axis: { title: T[result.y.variable][lang] } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(`${T.title[lang]} (${result.year})`, subtitle, Math.max(width, 520)),
    config: chartConfig(lang),
    width,
    height: { step: 32 },
    data: { values: rows },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          x,
          y,
          color: {
            field: 'p', type: 'quantitative',
            scale: { domain: [0, 1], scheme: 'orangered' },
            legend: { title: T.p[lang], format: '.0%' },
          },
          tooltip: [
            { field: 'xText', type: 'ordinal', title: T[result.x.variable][lang] },
            { field: 'yText', type: 'ordinal', title: T[result.y.variable][lang] },
            { field: 'p', type: 'quantitative', title: T.p[lang], format: '.1%' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          x,
          y,
          text: { field: 'text', type: 'nominal' },
          color: { condition: { test: 'datum.p > 0.6', value: 'white' }, value: '#222' },
        },
      },
    ],
  };
}
