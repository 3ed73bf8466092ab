/**
 * Chart 2, the exhaustion date: for each scheme with a pool in force that year, the share of runs whose pool ran out in each week
 * of the year (bars spanning the week), with P(runs out before 31 December) and before each quarter end as
 * subtitle lines. Several summaries: bars of each scenario overlaid in its colour.
 *
 *   Summary.years[y].schemes[s].exhaustion.weekly ─▶ rows {panel, series, start, end, share} ─▶ vconcat(rect per week)
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { exhaustionProbabilitySentence, quarterExhaustionSentence } from '../stats/headlines';
import type { Summary } from '../stats/Summary';
import { formatDay, yearEnd } from '../time/day';
import { schemeInForce } from '../stats/schemeInForce';
import { chartConfig, chartInputs, chartTitle, dateFormat, notInForceLines, panelTitle, prefixed, topLegend, type ChartOptions } from './chartBase';
import { chartLabels as L } from '../i18n/chartLabels';
import { noDataSpec } from './noDataSpec';
import { colorScale } from './palette';

/** The exhaustion-date histogram of one summary or several (scenario as colour). */
export function exhaustionDate(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): TopLevelSpec {
  const inputs = chartInputs(input, lang, opts);
  const compare = inputs.length > 1;
  const width = opts.width ?? 560;
  const yearNo = inputs[0]!.year.year;
  const title = `${L.exhaustionTitle[lang]} (${yearNo})`;
  const panels: string[] = [];
  const rows: Array<Record<string, string | number>> = [];
  const subtitle: Array<string | null> = [];
  const endOfYear = formatDay(yearEnd(yearNo) + 1);
  inputs.forEach(({ year, name }, i) => {
    year.schemes.forEach((s, k) => {
      if (!s.exhaustion || !schemeInForce(s)) return;
      const panel = s.label[lang];
      if (!panels.includes(panel)) panels.push(panel);
      s.exhaustion.weekly.forEach((w, j) => {
        const next = s.exhaustion!.weekly[j + 1];
        rows.push({ panel, series: compare ? name : panel, start: w.start, end: next ? next.start : endOfYear, share: w.share, runs: w.runs });
      });
      subtitle.push(prefixed(inputs, i, exhaustionProbabilitySentence(year, k)?.[lang], lang));
      subtitle.push(prefixed(inputs, i, quarterExhaustionSentence(year, k)?.[lang], lang));
    });
  });
  subtitle.push(...notInForceLines(inputs, lang));
  if (panels.length === 0) {
    const pooled = inputs.some(({ year }) => year.schemes.some((s) => s.exhaustion));
    return noDataSpec(title, pooled ? L.noneInForce[lang].replace('{year}', String(yearNo)) : L.noPool[lang], lang, width);
  }
  // Ticks on the first of each month of the year only: the last week ends on 1 January of the next year.
  const monthStarts = Array.from({ length: 12 }, (_, m) => ({ year: yearNo, month: m + 1, date: 1, utc: true }));
  // Colours by position among all schemes, pooled or not, so a scheme has the same colour in every chart.
  const domain = compare ? inputs.map((i) => i.name) : inputs[0]!.year.schemes.map((s) => s.label[lang]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(title, subtitle, width),
    config: chartConfig(lang),
    data: { values: rows },
    spacing: 24,
    vconcat: panels.map((panel, i) => ({
      title: panelTitle(panel),
      width,
      height: 140,
      transform: [{ filter: { field: 'panel', equal: panel } }],
      mark: { type: 'rect' as const, opacity: compare ? 0.6 : 0.9, stroke: 'white', strokeWidth: 0.5 },
      encoding: {
        x: {
          field: 'start', type: 'temporal' as const,
          scale: { type: 'utc' as const }, // every week is a row, so the domain is the whole year
          axis: { title: i === panels.length - 1 ? L.weekStart[lang] : null, format: dateFormat(lang), values: monthStarts },
        },
        x2: { field: 'end' },
        y: { field: 'share', type: 'quantitative' as const, axis: { title: L.shareOfRuns[lang], format: '.0%' } },
        y2: { datum: 0 },
        color: {
          field: 'series', type: 'nominal' as const, scale: colorScale(compare ? 'scenario' : 'scheme', domain),
          legend: compare ? topLegend(L.scenario[lang]) : null,
        },
      },
    })),
  };
}
