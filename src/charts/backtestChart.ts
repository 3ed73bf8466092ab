/**
 * Backtest chart: the observed cumulative payments (line with points) over the simulated bands (5–95%, 25–75%,
 * median) at each month's end; one panel per scheme compared (or one for all schemes).
 *
 *   BacktestResult.series[].months ─▶ rows {panel, month, p5…p95, observed} ─▶ facet(layer(area, area, line, line+points))
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import type { BacktestResult } from '../analysis/backtest';
import { backtestChartWords as T } from '../i18n/chartWords';
import { chartConfig, toUnit, moneyAxis } from './chartBase';

/**
 * @example backtestChart(result, 'en') // bands of the simulated runs with the observed path drawn over them
 */
export function backtestChart(result: BacktestResult, lang: Lang): TopLevelSpec {
  const rows = result.series.flatMap((s) => s.months.map((m) => ({
    panel: T.panel(s.label[lang], String(result.observedYear), String(result.simulatedYear))[lang],
    month: m.month,
    p5: toUnit(m.p5, lang), p25: toUnit(m.p25, lang), p50: toUnit(m.p50, lang), p75: toUnit(m.p75, lang), p95: toUnit(m.p95, lang),
    observed: toUnit(m.observedFen, lang),
  })));
  const x = { field: 'month', type: 'quantitative' as const, scale: { domain: [1, 12] }, axis: { tickCount: 12, format: 'd' }, title: T.month[lang] };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: T.title[lang], subtitle: T.subtitle[lang], anchor: 'start' },
    data: { values: rows },
    facet: { field: 'panel', type: 'nominal', title: null },
    columns: 1,
    spec: {
      width: 560,
      height: 240,
      layer: [
        { mark: { type: 'area', color: '#0072B2', opacity: 0.18 }, encoding: { x, y: { field: 'p5', type: 'quantitative', title: moneyAxis(T.paid[lang], lang) }, y2: { field: 'p95' } } },
        { mark: { type: 'area', color: '#0072B2', opacity: 0.3 }, encoding: { x, y: { field: 'p25', type: 'quantitative' }, y2: { field: 'p75' } } },
        { mark: { type: 'line', color: '#0072B2' }, encoding: { x, y: { field: 'p50', type: 'quantitative' } } },
        { mark: { type: 'line', color: '#D55E00', strokeWidth: 2.5, point: { filled: true, size: 40, color: '#D55E00' } }, encoding: { x, y: { field: 'observed', type: 'quantitative' } } },
      ],
    },
    config: chartConfig(lang),
  } as TopLevelSpec;
}
