/**
 * Chart 1, budget exhaustion: the money paid from 1 January to each day, as the median line with nested
 * quantile bands (5–95%, 25–75%) and the pool as a dashed horizontal rule; one panel per scheme in force that
 * year (the others are named in the subtitle). Given several summaries it overlays them in each panel, one colour
 * per scenario.
 *
 *   Summary.years[y].schemes[s].cumulative (BandRow per day) ─▶ rows {panel, series, date, p5…p95, pool} ─▶
 *   vconcat(one panel per scheme: layer(area 5–95, area 25–75, line p50, rule pool, text pool))
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { disbursedSentence, formatMoneyShort, poolLastsSentence } from '../stats/headlines';
import type { Summary } from '../stats/Summary';
import { schemeInForce } from '../stats/schemeInForce';
import {
  chartConfig, chartInputs, chartTitle, dateFormat, moneyAxis, notInForceLines, panelTitle, prefixed, toUnit, topLegend, type ChartOptions,
} from './chartBase';
import { chartLabels as L } from '../i18n/chartLabels';
import { noDataSpec } from './noDataSpec';
import { colorScale } from './palette';

/**
 * The chart's rows: each scheme's cumulative payment bands by day, a panel per scheme in force. Every scheme names
 * a colour (by position, as in the other charts), so `schemes` lists them all and `panels` those in force.
 */
function budgetRows(
  inputs: ReturnType<typeof chartInputs>, lang: Lang, compare: boolean,
): { schemes: string[]; panels: string[]; rows: Array<Record<string, string | number | boolean | null>> } {
  const schemes: string[] = [];
  const panels: string[] = [];
  const rows: Array<Record<string, string | number | boolean | null>> = [];
  inputs.forEach(({ year, name }) => {
    for (const s of year.schemes) {
      const panel = s.label[lang];
      if (!schemes.includes(panel)) schemes.push(panel);
      if (!schemeInForce(s)) continue;
      if (!panels.includes(panel)) panels.push(panel);
      const pool = s.pool ? toUnit(s.pool.p50.fen, lang) : null;
      const poolText = s.pool ? `${L.pool[lang]} ${formatMoneyShort(s.pool.p50, lang)}` : null;
      for (const r of s.cumulative) {
        rows.push({
          panel,
          series: compare ? name : panel,
          date: r.date,
          day: r.dayOfYear,
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
  return { schemes, panels, rows };
}

/**
 * The budget-exhaustion chart of one summary, or of several overlaid (scenario as colour).
 * @example budgetExhaustion(summary, 'zh') // a faceted Vega-Lite spec, one panel per scheme
 */
export function budgetExhaustion(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const compare = inputs.length > 1;
  const width = opts.width ?? 560;
  const title = `${L.budgetTitle[lang]} (${inputs[0]!.year.year})`;
  const { schemes, panels, rows } = budgetRows(inputs, lang, compare);
  if (panels.length === 0) return noDataSpec(title, L.noneInForce[lang].replace('{year}', String(inputs[0]!.year.year)), lang, width);
  const seriesDomain = compare ? inputs.map((i) => i.name) : schemes;
  const color = {
    field: 'series',
    type: 'nominal' as const,
    scale: colorScale(compare ? 'scenario' : 'scheme', seriesDomain),
    legend: compare ? topLegend(L.scenario[lang]) : null,
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
  subtitle.push(...notInForceLines(inputs, lang), L.band[lang]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(title, subtitle, width),
    config: chartConfig(lang),
    data: { values: rows },
    resolve: { scale: { color: 'shared' } },
    spacing: 24,
    vconcat: panels.map((panel, i) => ({
      title: panelTitle(panel),
      width,
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
          // The pool's name under the start of its rule: in January little is paid yet, so no line or band is there,
          // and under the rule it stays clear of the axis title above the plot.
          transform: [{ filter: 'datum.day === 0 && datum.pool !== null' }],
          mark: { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, dx: 4, dy: 3, fontSize: 11 },
          encoding: { x: xOf(i === panels.length - 1), y: { field: 'pool', type: 'quantitative' as const }, text: { field: 'poolText' }, color },
        },
      ],
    })),
  };
}
