/**
 * Chart 1, budget exhaustion: the money paid from 1 January to each day, as the median line with nested
 * quantile bands (5–95%, 25–75%) and the pool as a dashed horizontal rule; one panel per scheme. Given several
 * summaries it overlays them in each panel, one colour per scenario.
 *
 *   Summary.years[y].schemes[s].cumulative (BandRow per day) ─▶ rows {panel, series, date, p5…p95, pool} ─▶
 *   vconcat(one panel per scheme: layer(area 5–95, area 25–75, line p50, rule pool, text pool))
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { disbursedSentence, formatMoneyShort, poolLastsSentence } from '../stats/headlines';
import type { Summary } from '../stats/Summary';
import {
  chartConfig, chartInputs, chartTitle, dateFormat, moneyAxis, prefixed, toUnit, type ChartOptions,
} from './chartBase';
import { chartLabels as L } from './chartLabels';
import { colorScale } from './palette';

/**
 * The budget-exhaustion chart of one summary, or of several overlaid (scenario as colour).
 * @example budgetExhaustion(summary, 'zh') // a faceted Vega-Lite spec, one panel per scheme
 */
export function budgetExhaustion(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const compare = inputs.length > 1;
  const panels: string[] = [];
  const rows: Array<Record<string, string | number | boolean | null>> = [];
  inputs.forEach(({ year, name }) => {
    for (const s of year.schemes) {
      const panel = s.label[lang];
      if (!panels.includes(panel)) panels.push(panel);
      const pool = s.pool ? toUnit(s.pool.p50.fen, lang) : null;
      const poolText = s.pool ? `${L.pool[lang]} ${formatMoneyShort(s.pool.p50, lang)}` : null;
      for (const r of s.cumulative) {
        rows.push({
          panel,
          series: compare ? name : panel,
          date: r.date,
          day: r.dayOfYear,
          last: r.dayOfYear === s.cumulative.length - 1,
          p5: toUnit(r.p5.fen, lang),
          p25: toUnit(r.p25.fen, lang),
          p50: toUnit(r.p50.fen, lang),
          p75: toUnit(r.p75.fen, lang),
          p95: toUnit(r.p95.fen, lang),
          pool,
          poolText,
        });
      }
    }
  });
  const seriesDomain = compare ? inputs.map((i) => i.name) : panels;
  const color = {
    field: 'series',
    type: 'nominal' as const,
    scale: colorScale(compare ? 'scenario' : 'scheme', seriesDomain),
    legend: compare ? { title: L.scenario[lang], orient: 'top' as const, labelLimit: 400 } : null,
  };
  // Every panel has month labels; only the last names the axis.
  const xOf = (last: boolean) => ({
    field: 'date',
    type: 'temporal' as const,
    scale: { type: 'utc' as const },
    axis: { title: last ? L.date[lang] : null, format: dateFormat(lang) },
  });
  const yTitle = moneyAxis(L.cumulativePaid[lang], lang);
  const subtitle: Array<string | null> = [];
  inputs.forEach(({ year }, i) => {
    year.schemes.forEach((s, k) => {
      subtitle.push(prefixed(inputs, i, s.exhaustion ? poolLastsSentence(year, k, 0.9)?.[lang] : disbursedSentence(year, k)?.[lang], lang));
    });
  });
  subtitle.push(L.band[lang]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(`${L.budgetTitle[lang]} (${inputs[0]!.year.year})`, subtitle, opts.width ?? 560),
    config: chartConfig(lang),
    data: { values: rows },
    resolve: { scale: { color: 'shared' } },
    spacing: 24,
    vconcat: panels.map((panel, i) => ({
      title: { text: panel, anchor: 'start' as const, fontSize: 12, fontWeight: 'bold' as const, offset: 4 },
      width: opts.width ?? 560,
      height: 170,
      transform: [{ filter: { field: 'panel', equal: panel } }],
      layer: [
        { mark: { type: 'area' as const, opacity: 0.18 }, encoding: { x: xOf(i === panels.length - 1), y: { field: 'p5', type: 'quantitative' as const, title: yTitle }, y2: { field: 'p95' }, color } },
        { mark: { type: 'area' as const, opacity: 0.35 }, encoding: { x: xOf(i === panels.length - 1), y: { field: 'p25', type: 'quantitative' as const }, y2: { field: 'p75' }, color } },
        { mark: { type: 'line' as const, strokeWidth: 2 }, encoding: { x: xOf(i === panels.length - 1), y: { field: 'p50', type: 'quantitative' as const }, color } },
        {
          transform: [{ filter: 'datum.day === 0 && datum.pool !== null' }],
          mark: { type: 'rule' as const, strokeDash: [6, 4], strokeWidth: 1.5 },
          encoding: { y: { field: 'pool', type: 'quantitative' as const }, color },
        },
        {
          // The pool's name at the right end of its rule, clear of the axis title at the left.
          transform: [{ filter: 'datum.last && datum.pool !== null' }],
          mark: { type: 'text' as const, align: 'right' as const, baseline: 'bottom' as const, dx: -2, dy: -3, fontSize: 11 },
          encoding: { x: xOf(i === panels.length - 1), y: { field: 'pool', type: 'quantitative' as const }, text: { field: 'poolText' }, color },
        },
      ],
    })),
  };
}
