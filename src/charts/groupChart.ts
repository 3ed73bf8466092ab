/**
 * The frame shared by the per-group charts (tiers, categories, levels): the inputs, the series names and a
 * layered spec around whiskerLayers or boxLayers.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { chartConfig, chartTitle, type ChartInput } from './chartBase';
import { chartLabels as L } from '../i18n/chartLabels';
import { boxLayers, whiskerLayers, type BoxRow, type GroupAxes, type WhiskerRow } from './whiskerBars';

/** Axes and colour settings of a group chart, with the series taken from the inputs. */
export function groupAxes(inputs: readonly ChartInput[], cats: string[], xTitle: string, yTitle: string, lang: Lang, yFormat?: string): GroupAxes {
  const compare = inputs.length > 1;
  return {
    cats,
    xTitle,
    yTitle,
    ...(yFormat ? { yFormat } : {}),
    series: inputs.map((i) => i.name),
    colorKind: compare ? 'scenario' : 'single',
    legendTitle: L.scenario[lang],
  };
}

/** A layered group chart of whisker bars or boxes. */
export function groupChart(
  kind: 'whisker' | 'box',
  rows: WhiskerRow[] | BoxRow[],
  axes: GroupAxes,
  title: string,
  subtitle: ReadonlyArray<string | null | undefined>,
  lang: Lang,
  width: number,
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(title, subtitle, width),
    config: chartConfig(lang),
    width,
    height: 240,
    data: { values: rows as unknown as Record<string, unknown>[] },
    layer: kind === 'whisker' ? whiskerLayers({ ...axes, plotWidth: width }) : boxLayers({ ...axes, plotWidth: width }),
  };
}
