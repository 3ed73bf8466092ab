/**
 * Chart 4, unmet demand: the money refused (requests paid nothing) and cut (requests paid in part), as
 * stacked bars of the means over runs, by month and by tier; `unmetDemand` puts one above the other. Several
 * summaries: one bar per scenario (its colour), refused solid and cut lighter.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { unmetMonthSentence, unmetSentence } from '../stats/headlines';
import type { Summary } from '../stats/Summary';
import {
  bandLabelExpr, chartConfig, chartInputs, chartTitle, moneyAxis, monthLabelExpr, prefixed, toUnit, topLegend, type ChartInput, type ChartOptions,
} from './chartBase';
import { chartLabels as L } from '../i18n/chartLabels';
import { UNMET_COLORS, colorScale } from './palette';

interface UnmetRow {
  cat: string | number;
  series: string;
  kind: string;
  order: number;
  value: number;
}

function kinds(lang: Lang) {
  return [L.refused[lang], L.scaled[lang]];
}

function monthRows(inputs: readonly ChartInput[], lang: Lang): UnmetRow[] {
  const [refused, scaled] = kinds(lang) as [string, string];
  return inputs.flatMap(({ year, name }) =>
    year.unmetByMonth.flatMap((m) => [
      { cat: m.month, series: name, kind: refused, order: 0, value: toUnit(m.refused.fen, lang) },
      { cat: m.month, series: name, kind: scaled, order: 1, value: toUnit(m.scaled.fen, lang) },
    ]),
  );
}

function tierRows(inputs: readonly ChartInput[], lang: Lang): UnmetRow[] {
  const [refused, scaled] = kinds(lang) as [string, string];
  return inputs.flatMap(({ year, name }) =>
    year.groups.tier.flatMap((g) => [
      { cat: g.label[lang], series: name, kind: refused, order: 0, value: toUnit(g.money.refused.mean.fen, lang) },
      { cat: g.label[lang], series: name, kind: scaled, order: 1, value: toUnit(g.money.scaled.mean.fen, lang) },
    ]),
  );
}

function layer(inputs: readonly ChartInput[], rows: UnmetRow[], by: 'month' | 'tier', lang: Lang, width: number) {
  const compare = inputs.length > 1;
  const cats = by === 'tier' ? inputs[0]!.year.groups.tier.map((g) => g.label[lang]) : undefined;
  const x =
    by === 'month'
      ? { field: 'cat', type: 'ordinal' as const, axis: { title: L.month[lang], labelAngle: 0, labelExpr: monthLabelExpr(lang) } }
      : {
          field: 'cat', type: 'nominal' as const, sort: cats,
          axis: { title: L.tier[lang], labelAngle: 0, labelExpr: bandLabelExpr(cats ?? [], width / Math.max(cats?.length ?? 1, 1)) },
        };
  const color = compare
    ? { field: 'series', type: 'nominal' as const, scale: colorScale('scenario', inputs.map((i) => i.name)), legend: topLegend(L.scenario[lang]) }
    : { field: 'kind', type: 'nominal' as const, scale: { domain: kinds(lang), range: [UNMET_COLORS.refused, UNMET_COLORS.scaled] }, legend: topLegend(L.kind[lang]) };
  return {
    width,
    height: 220,
    data: { values: rows as unknown as Record<string, unknown>[] },
    mark: { type: 'bar' as const },
    encoding: {
      x,
      ...(compare ? { xOffset: { field: 'series', type: 'nominal' as const, sort: inputs.map((i) => i.name) } } : {}),
      y: { field: 'value', type: 'quantitative' as const, stack: 'zero' as const, axis: { title: moneyAxis(L.unmet[lang], lang) } },
      color,
      order: { field: 'order', type: 'quantitative' as const },
      ...(compare
        ? { opacity: { field: 'kind', type: 'ordinal' as const, sort: kinds(lang), scale: { domain: kinds(lang), range: [1, 0.45] }, legend: { title: L.kind[lang], orient: 'top' as const, offset: 26 } } }
        : {}),
    },
  };
}

/** Unmet demand by month (refused and cut, stacked). */
export function unmetByMonth(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const width = opts.width ?? 560;
  const subtitle = inputs.map((x, i) => prefixed(inputs, i, unmetMonthSentence(x.year)?.[lang], lang));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(`${L.unmetByMonthTitle[lang]} (${inputs[0]!.year.year})`, subtitle, width),
    config: chartConfig(lang),
    ...layer(inputs, monthRows(inputs, lang), 'month', lang, width),
  };
}

/** Unmet demand by tier (refused and cut, stacked). */
export function unmetByTier(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const width = opts.width ?? 560;
  const subtitle = inputs.map((x, i) => prefixed(inputs, i, unmetSentence(x.year)[lang], lang));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(`${L.unmetByTierTitle[lang]} (${inputs[0]!.year.year})`, subtitle, width),
    config: chartConfig(lang),
    ...layer(inputs, tierRows(inputs, lang), 'tier', lang, width),
  };
}

/** Both unmet-demand charts, by month above and by tier below, each the full width (their labels need it). */
export function unmetDemand(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const width = opts.width ?? 560;
  const subtitle = inputs.flatMap((x, i) => [
    prefixed(inputs, i, unmetSentence(x.year)[lang], lang),
    prefixed(inputs, i, unmetMonthSentence(x.year)?.[lang], lang),
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(`${L.unmetByMonthTitle[lang]} · ${L.unmetByTierTitle[lang]} (${inputs[0]!.year.year})`, subtitle, width),
    config: chartConfig(lang),
    resolve: { scale: { y: 'independent' } },
    spacing: 28,
    vconcat: [
      { ...layer(inputs, monthRows(inputs, lang), 'month', lang, width), height: 180 },
      { ...layer(inputs, tierRows(inputs, lang), 'tier', lang, width), height: 180 },
    ],
  };
}
