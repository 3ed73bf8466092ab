/**
 * Chart 5, who pays: the money each level of government pays (province, city, district) as bars of the mean
 * per run with whiskers from the 5th to the 95th percentile over runs, in 万元 / million yuan; the subtitle gives
 * each level's share of the money.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { whoPaysSentence } from '../stats/headlines';
import type { Summary } from '../stats/Summary';
import { chartInputs, moneyAxis, prefixed, toUnit, type ChartOptions } from './chartBase';
import { chartLabels as L } from '../i18n/chartLabels';
import { whoPaysWords } from '../i18n/chartWords';
import { groupAxes, groupChart } from './groupChart';
import type { WhiskerRow } from './whiskerBars';

/** Money paid by province, city and district. */
export function whoPays(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const width = opts.width ?? 560;
  const cats = (['province', 'city', 'district'] as const).map((l) => L[l][lang]);
  const rows: WhiskerRow[] = inputs.flatMap(({ year, name }) =>
    year.levels.map((l) => ({
      cat: L[l.level][lang],
      series: name,
      value: toUnit(l.paid.mean.fen, lang),
      lo: toUnit(l.paid.p5.fen, lang),
      hi: toUnit(l.paid.p95.fen, lang),
    })),
  );
  const subtitle = [
    ...inputs.map((x, i) => prefixed(inputs, i, whoPaysSentence(x.year)[lang], lang)),
    whoPaysWords.whiskers[lang],
  ];
  return groupChart(
    'whisker',
    rows,
    groupAxes(inputs, cats, L.level[lang], moneyAxis(L.paidByLevel[lang], lang), lang),
    `${L.whoPaysTitle[lang]} (${inputs[0]!.year.year})`,
    subtitle,
    lang,
    width,
  );
}
