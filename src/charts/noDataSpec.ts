/**
 * The chart drawn when there is nothing to draw (e.g. no scheme has a pool limit): the title and a line of
 * text, so the page and reports still show why the picture is empty.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { chartConfig, chartTitle } from './chartBase';

/** A one-text-mark spec with the chart's title and the reason. */
export function noDataSpec(title: string, reason: string, lang: Lang, width = 560): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(title, [], width),
    config: chartConfig(lang),
    width,
    height: 60,
    data: { values: [{ text: reason }] },
    mark: { type: 'text', fontSize: 14, color: '#666' },
    encoding: { text: { field: 'text', type: 'nominal' } },
  };
}
