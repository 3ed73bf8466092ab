/**
 * Chart 3a, grant per firm by tier: a box drawn from the quantiles of the year's grant per firm, pooled over
 * firms and runs (rule 5–95%, box 25–75%, tick at the median), in 万元 / million yuan.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { grantPerTierSentence } from '../stats/headlines';
import type { Summary } from '../stats/Summary';
import { chartInputs, moneyAxis, prefixed, toUnit, type ChartOptions } from './chartBase';
import { chartLabels as L } from './chartLabels';
import { groupAxes, groupChart } from './groupChart';
import { noDataSpec } from './noDataSpec';
import type { BoxRow } from './whiskerBars';

/** Grant per firm by tier, one summary or several side by side. */
export function grantPerFirmByTier(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const width = opts.width ?? 560;
  const title = `${L.grantPerFirmTitle[lang]} (${inputs[0]!.year.year})`;
  const cats: string[] = [];
  const rows: BoxRow[] = [];
  for (const { year, name } of inputs) {
    for (const g of year.groups.tier) {
      const q = g.grantPerFirm;
      if (!q || !q.p5 || !q.p25 || !q.p50 || !q.p75 || !q.p95) continue;
      const cat = g.label[lang];
      if (!cats.includes(cat)) cats.push(cat);
      rows.push({
        cat, series: name,
        p5: toUnit(q.p5.fen, lang), p25: toUnit(q.p25.fen, lang), p50: toUnit(q.p50.fen, lang),
        p75: toUnit(q.p75.fen, lang), p95: toUnit(q.p95.fen, lang),
      });
    }
  }
  if (rows.length === 0) return noDataSpec(title, L.noData[lang], lang, width);
  const subtitle = [...inputs.map((x, i) => prefixed(inputs, i, grantPerTierSentence(x.year)[lang], lang)), L.box[lang]];
  return groupChart('box', rows, groupAxes(inputs, cats, L.tier[lang], moneyAxis(L.grantPerFirm[lang], lang), lang), title, subtitle, lang, width);
}
