/**
 * Chart 3d, the effective subsidy rate (paid ÷ contract fee) by tier and by compute category (000 （三）), two
 * panels side by side; bars are pooled rates, whiskers the 5–95% range over runs.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { subsidyRateSentence } from '../stats/headlines';
import type { Summary } from '../stats/Summary';
import { chartConfig, chartInputs, chartTitle, prefixed, type ChartOptions } from './chartBase';
import { chartLabels as L } from '../i18n/chartLabels';
import { groupAxes } from './groupChart';
import { noDataSpec } from './noDataSpec';
import { whiskerLayers, type WhiskerRow } from './whiskerBars';

/** Effective subsidy rate by tier and by compute category. */
export function subsidyRateByGroup(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const width = opts.width ?? 560;
  const title = `${L.subsidyRateTitle[lang]} (${inputs[0]!.year.year})`;
  const panels = (['tier', 'category'] as const).map((dim) => {
    const cats: string[] = [];
    const rows: WhiskerRow[] = [];
    for (const { year, name } of inputs) {
      for (const g of year.groups[dim]) {
        const cat = g.label[lang];
        if (!cats.includes(cat)) cats.push(cat);
        rows.push({ cat, series: name, value: g.subsidyRate.pooled, lo: g.subsidyRate.p5, hi: g.subsidyRate.p95 });
      }
    }
    return { dim, cats, rows };
  });
  if (panels.every((p) => p.rows.every((r) => r.value === null))) return noDataSpec(title, L.noData[lang], lang, width);
  const cats = panels.reduce((n, p) => n + Math.max(p.cats.length, 1), 0);
  const subtitle = [...inputs.map((x, i) => prefixed(inputs, i, subsidyRateSentence(x.year)?.[lang], lang)), L.whiskers[lang]];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(title, subtitle, width),
    config: chartConfig(lang),
    resolve: { scale: { y: 'shared' } },
    hconcat: panels.map((p) => {
      // Each panel as wide as its share of the categories, so tiers and categories get the same room per label.
      const w = Math.round(((width - 60) * Math.max(p.cats.length, 1)) / cats);
      return {
        width: w,
        height: 220,
        data: { values: p.rows as unknown as Record<string, unknown>[] },
        layer: whiskerLayers({ ...groupAxes(inputs, p.cats, L[p.dim][lang], L.subsidyRate[lang], lang, '.0%'), plotWidth: w }),
      };
    }),
  };
}
