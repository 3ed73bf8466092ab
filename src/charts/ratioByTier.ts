/**
 * Charts 3b and 3c, a ratio by tier as bars with whiskers: the bar is the pooled ratio (Σ over runs ÷ Σ over
 * runs), the whisker the 5–95% range of the per-run ratio.
 *   shareOfPoolByTier: the tier's share of all money paid;
 *   capShareByTier:    the share of the tier's firms that reach a yearly cap.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { capShareSentence, tierShareSentence } from '../stats/headlines';
import type { GroupSummary, RatioStats, Summary, YearSummary } from '../stats/Summary';
import { chartInputs, prefixed, type ChartOptions } from './chartBase';
import { chartLabels as L } from '../i18n/chartLabels';
import { outputWords } from '../i18n/outputWords';
import { groupAxes, groupChart } from './groupChart';
import { noDataSpec } from './noDataSpec';
import type { WhiskerRow } from './whiskerBars';

function ratioChart(
  input: Summary | readonly Summary[],
  lang: Lang,
  opts: ChartOptions,
  pick: (g: GroupSummary) => RatioStats,
  title: Bilingual,
  yTitle: Bilingual,
  sentence: (y: YearSummary) => Bilingual | null,
  /** For the share at the cap: a tier without a cap has no bar (not "0%"), and the subtitle says so. */
  capsMatter = false,
): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const width = opts.width ?? 560;
  const fullTitle = `${title[lang]} (${inputs[0]!.year.year})`;
  const cats: string[] = [];
  const rows: WhiskerRow[] = [];
  for (const { year, name } of inputs) {
    for (const g of year.groups.tier) {
      const r = pick(g);
      const cat = g.label[lang];
      if (!cats.includes(cat)) cats.push(cat);
      const noCap = capsMatter && opts.tierCaps?.[inputs.findIndex((x) => x.name === name)]?.get(g.key)?.kind === 'none';
      rows.push(noCap ? { cat, series: name, value: null, lo: null, hi: null } : { cat, series: name, value: r.pooled, lo: r.p5, hi: r.p95 });
    }
  }
  const notes = capsMatter ? inputs.flatMap((x, i) => {
    const caps = opts.tierCaps?.[i];
    if (!caps) return [];
    const none = x.year.groups.tier.filter((g) => caps.get(g.key)?.kind === 'none').map((g) => g.label[lang]);
    return none.length ? [prefixed(inputs, i, L.noCapTiers[lang].replace('{tiers}', none.join(outputWords.listEnum[lang])), lang)] : [];
  }) : [];
  if (rows.every((r) => r.value === null)) return noDataSpec(fullTitle, L.noData[lang], lang, width);
  const subtitle = [...inputs.map((x, i) => prefixed(inputs, i, sentence(x.year)?.[lang], lang)), ...notes, L.whiskers[lang]];
  return groupChart('whisker', rows, groupAxes(inputs, cats, L.tier[lang], yTitle[lang], lang, '.0%'), fullTitle, subtitle, lang, width);
}

/** Share of the money paid that goes to each tier. */
export function shareOfPoolByTier(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  return ratioChart(input, lang, opts, (g) => g.shareOfPaid, L.shareOfPoolTitle, L.shareOfPaid, tierShareSentence);
}

/** Share of each tier's firms that reach a yearly cap. */
export function capShareByTier(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  return ratioChart(input, lang, opts, (g) => g.atCapShare, L.capShareTitle, L.atCapShare, capShareSentence, true);
}
