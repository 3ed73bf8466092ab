/**
 * Chart 3a, grant per firm by tier: a box drawn from the quantiles of the year's grant per firm, pooled over
 * firms and runs (rule 5–95%, box 25–75%, tick at the median), in 万元 / million yuan, on a log scale (symlog:
 * linear below 1万元, so a grant of 0 has its place) so micro firms' grants are not flattened against large ones'.
 * With the tiers' caps (opts.tierCaps, one summary) each capped tier's cap is drawn as a red dashed line and the
 * subtitle says which tiers have none.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { grantPerTierSentence } from '../stats/headlines';
import type { Summary } from '../stats/Summary';
import { capLines } from './capNotes';
import { chartInputs, moneyAxis, prefixed, toUnit, type ChartOptions } from './chartBase';
import { chartLabels as L } from '../i18n/chartLabels';
import { outputWords } from '../i18n/outputWords';
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
  const caps = inputs.length === 1 ? opts.tierCaps?.[0] : undefined;
  const capRows = caps ? inputs[0]!.year.groups.tier.flatMap((g) => {
    const c = caps.get(g.key);
    return c?.kind === 'cap' && cats.includes(g.label[lang]) ? [{ cat: g.label[lang], cap: toUnit(c.fen, lang) }] : [];
  }) : [];
  const subtitle = [
    ...inputs.map((x, i) => prefixed(inputs, i, grantPerTierSentence(x.year)[lang], lang)),
    ...(caps ? capLines(inputs[0]!.year, caps, lang) : []),
    `${L.box[lang]}${outputWords.listSemicolon[lang]}${capRows.length ? `${L.capLine[lang]}${outputWords.listSemicolon[lang]}` : ''}${L.logScale[lang]}`,
  ];
  // symlog is linear within ±1万元 of 0 (a firm paid nothing still has its place) and logarithmic beyond
  // ticks at 0 and the powers of ten from 1万元 up to the largest value drawn (1, 10, 100 … 万元; 0.01, 0.1 … million)
  const top = Math.max(...rows.map((r) => r.p95), ...capRows.map((r) => r.cap));
  const yValues = [0];
  for (let fen = 1_000_000; toUnit(fen, lang) <= top * 1.0001 || yValues.length < 3; fen *= 10) yValues.push(toUnit(fen, lang));
  const axes = {
    ...groupAxes(inputs, cats, L.tier[lang], moneyAxis(L.grantPerFirm[lang], lang), lang),
    yScale: { type: 'symlog' as const, constant: toUnit(1_000_000, lang) },
    yValues,
    // 0.01, 0.1 (million yuan) would read 0 in the axis's default format
    yFormat: ',~r',
  };
  const spec = groupChart('box', rows, axes, title, subtitle, lang, width);
  if (capRows.length === 0) return spec;
  const band = width / Math.max(cats.length, 1);
  const capLayer = {
    data: { values: capRows },
    mark: { type: 'tick' as const, color: '#c0392b', strokeDash: [5, 3], thickness: 2, size: Math.round(band * 0.8) },
    // the boxes' x (same field, order and axis), so the layers share one axis
    encoding: { x: (spec as { layer: Array<{ encoding: { x: unknown } }> }).layer[0]!.encoding.x, y: { field: 'cap', type: 'quantitative' as const } },
  };
  return { ...spec, layer: [...(spec as { layer: unknown[] }).layer, capLayer] } as TopLevelSpec;
}
