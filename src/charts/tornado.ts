/**
 * The tornado chart of a sensitivity: for each input, two bars from zero, the effect of moving it by −δ and +δ on
 * one output (P(the pool runs out by a day, 31 December by default) in percentage points, or the money paid in 万元 / million yuan),
 * each with its 95% interval as a line; inputs sorted by their largest effect on that output, the largest on top.
 * Inputs a move does not change, and inputs that change this output in no run, are named in the subtitle instead of
 * drawn; inputs whose moves give identical results (the same change under two names) are merged into one row.
 *
 *   SensitivityResult.rows ─▶ rows {input, move, value, lo, hi} ─▶ layer(bar from 0, one band per input and move; rule lo–hi; rule at 0)
 */
import type { TopLevelSpec } from 'vega-lite';
import { monthDayText } from '../analysis/formatTarget';
import type { SensitivityResult, SensitivityRow } from '../analysis/sensitivity';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { formatMoneyShort } from '../stats/headlines';
import { chartConfig, chartTitle, moneyAxis, toUnit } from './chartBase';
import { paletteColor } from './palette';
import { tornadoWords as T } from '../i18n/chartWords';

/** Which output the tornado shows. */
export type TornadoMetric = 'exhausted' | 'paid';

export interface TornadoOptions {
  metric?: TornadoMetric;
  width?: number;
  /** The scenario's title and the pool's scheme label, to name them in words (default: their ids). */
  scenarioTitle?: Bilingual;
  schemeLabel?: Bilingual;
}


/**
 * The inputs the chart draws: those whose moves change the measure, inputs with identical results on both measures
 * merged into one row (named together); `still` names the inputs whose moves change it in no run (left out, named
 * in the subtitle), `mergedNames` the merged rows.
 */
function tornadoInputs(
  result: SensitivityResult, metric: TornadoMetric, lang: Lang,
): { applicable: SensitivityRow[]; still: string[]; mergedNames: string[] } {
  const moved = result.rows.filter((r) => r.applicable && r.down && r.up);
  // An input whose moves change this measure in no run cannot move it: left out, and named in the subtitle.
  const zero = (e: SensitivityRow['down']) => {
    const x = e![metric].difference;
    return x.mean === 0 && (x.lo ?? 0) === 0 && (x.hi ?? 0) === 0;
  };
  const still = moved.filter((r) => zero(r.down) && zero(r.up)).map((r) => r.label[lang]);
  // Inputs whose moves give identical results on both measures are the same change: one row, named together.
  const sig = (r: SensitivityRow) => JSON.stringify([r.down, r.up].map((e) => [e!.exhausted.difference, e!.paid.difference]));
  const groups = new Map<string, SensitivityRow[]>();
  for (const r of moved.filter((x) => !(zero(x.down) && zero(x.up)))) groups.set(sig(r), [...(groups.get(sig(r)) ?? []), r]);
  const join = lang === 'zh' ? ' = ' : ' = ';
  const applicable = [...groups.values()].map((g) => ({ ...g[0]!, label: { zh: g.map((r) => r.label.zh).join(join), en: g.map((r) => r.label.en).join(join) } }));
  const mergedNames = [...groups.values()].filter((g) => g.length > 1).map((g) => g.map((r) => r.label[lang]).join(join));
  return { applicable, still, mergedNames };
}

/** The name of the chance the pool runs out by the sensitivity's day. */
function chanceName(result: SensitivityResult, lang: Lang): string {
  const by = monthDayText(result.by, lang);
  return T.chanceBy(by)[lang];
}

/** The baseline of the measure, for the subtitle. */
function baselineText(result: SensitivityResult, metric: TornadoMetric, lang: Lang): string {
  const pName = chanceName(result, lang);
  return metric === 'exhausted'
    ? T.baselineChance(pName, `${(result.baseline.exhausted.value * 100).toFixed(1)}%`)[lang]
    : T.baselinePaid(formatMoneyShort(Math.round(result.baseline.paid.value), lang))[lang];
}

/**
 * The tornado chart of `result` for one output.
 * @example tornado(sensitivity, 'zh', { metric: 'paid' }) // a layered Vega-Lite bar chart
 */
export function tornado(result: SensitivityResult, lang: Lang, opts: TornadoOptions = {}): TopLevelSpec {
  const metric = opts.metric ?? 'exhausted';
  const width = opts.width ?? 560;
  const d = `${result.deltaBp / 100}%`;
  const moves = [`−${d}`, `+${d}`];
  const tipFormat = metric === 'paid' ? { format: ',.3~r' } : {};
  const scale = (x: number) => (metric === 'exhausted' ? Math.round(x * 1000) / 10 : toUnit(x, lang));
  const { applicable, still, mergedNames } = tornadoInputs(result, metric, lang);
  const swing = (r: SensitivityRow) => Math.max(Math.abs(r.down![metric].difference.mean), Math.abs(r.up![metric].difference.mean));
  const order = [...applicable].sort((a, b) => swing(b) - swing(a)).map((r) => r.label[lang]);
  const rows = applicable.flatMap((r) =>
    ([r.down!, r.up!] as const).map((e, i) => {
      const diff = e[metric].difference;
      return { key: `${r.label[lang]}|${moves[i]}`, input: r.label[lang], move: moves[i]!, value: scale(diff.mean), lo: scale(diff.lo ?? diff.mean), hi: scale(diff.hi ?? diff.mean) };
    }),
  );
  const base = baselineText(result, metric, lang);
  const scenarioName = opts.scenarioTitle?.[lang] ?? result.scenario;
  const schemeName = opts.schemeLabel?.[lang] ?? result.scheme;
  const about = T.about(scenarioName, String(result.year), schemeName, d, String(result.runs), String(result.seed))[lang];
  const skipped = result.rows.filter((r) => !r.applicable).map((r) => r.label[lang]);
  const colon = T.colon[lang];
  const list = (xs: string[]) => xs.join(T.listSep[lang]);
  const subtitle = [
    about, base, T.interval[lang],
    skipped.length ? `${T.notApplicable[lang]}${colon}${list(skipped)}` : null,
    still.length ? `${T.cannotMove[lang]}${colon}${list(still)}` : null,
    ...mergedNames.map((m) => `${m}${colon}${T.merged[lang]}`),
  ];
  const pName = chanceName(result, lang);
  const xTitle = metric === 'exhausted' ? T.axisChance(pName)[lang] : moneyAxis(T.axisPaid[lang], lang);
  // One band per input and move, each labelled with its input and move: a label on one bar of the pair only let the
  // other bar read as the neighbouring input's (yOffset would not centre the interval rules).
  const y = {
    field: 'key',
    type: 'nominal' as const,
    sort: order.flatMap((o) => moves.map((m) => `${o}|${m}`)),
    axis: { title: null, labelLimit: 240, ticks: false, labelExpr: `split(datum.value, '|')[0] + ' ' + split(datum.value, '|')[1]` },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // Without a canvas (SVG in Node) label widths are estimated short for Chinese: leave room on the left.
    padding: { left: lang === 'zh' ? 24 : 5, right: 5, top: 5, bottom: 5 },
    title: chartTitle(metric === 'exhausted' ? T.titleExhausted[lang] : T.titlePaid[lang], subtitle, width),
    config: chartConfig(lang),
    width,
    height: { step: 18 },
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.75 } },
        encoding: {
          y,
          x: { field: 'value', type: 'quantitative', axis: { title: xTitle } },
          color: {
            field: 'move', type: 'nominal',
            scale: { domain: moves, range: [paletteColor('scheme', 0), paletteColor('scheme', 1)] },
            legend: { title: T.move[lang], orient: 'top' },
          },
          tooltip: [
            { field: 'input', type: 'nominal', title: T.input[lang] },
            { field: 'move', type: 'nominal', title: T.move[lang] },
            // money to three significant figures, like every figure for people (src/figures); points have one decimal
            { field: 'value', type: 'quantitative', ...tipFormat },
            { field: 'lo', type: 'quantitative', ...tipFormat },
            { field: 'hi', type: 'quantitative', ...tipFormat },
          ],
        },
      },
      {
        mark: { type: 'rule', color: '#222' },
        encoding: {
          y: { ...y, bandPosition: 0.5 },
          x: { field: 'lo', type: 'quantitative' },
          x2: { field: 'hi' },
        },
      },
      { mark: { type: 'rule', color: '#666' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
    ],
  };
}
