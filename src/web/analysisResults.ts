/**
 * The result of an analysis on the page: the sentence that reads it, its chart (tornado, heatmap), its table, and
 * the CLI command that gives the same numbers (with the edited YAML to save first when the scenario is not a project
 * file as it stands).
 */
import { formatTarget } from '../analysis/formatTarget';
import { targetEstimateText } from '../analysis/formatEstimate';
import { formatVariableValue } from '../analysis/parseRange';
import type { SensitivityResult, SensitivityRow } from '../analysis/sensitivity';
import type { SolveResult } from '../analysis/solve';
import type { SweepResult } from '../analysis/sweep';
import { sweepCsv } from '../analysis/sweepCsv';
import { heatmap } from '../charts/heatmap';
import { tornado, type TornadoMetric } from '../charts/tornado';
import type { Lang } from '../i18n/Bilingual';
import type { PairedDifference } from '../stats/pairedDifference';
import { formatMoneyShort } from '../stats/headlines';
import { moneyInUnit, unitName } from '../figures/moneyInUnit';
import { analysisProvenance, provenanceLine } from '../output/provenance';
import type { App } from './App';
import type { AnalysisChart } from './analysisChart';
import { pctOf, pointsOf } from './analysisFormat';
import type { TopLevelSpec } from 'vega-lite';
import { chartCsv } from './chartDefs';
import { append, el } from './dom';
import { download } from './download';
import { formatCount, formatSeconds } from './format';
import { tableCard } from './resultsView';
import { strings } from '../i18n/pageStrings';
import type { Table } from './tables';

interface OutcomeBase {
  /** What it was computed from (see analysisPanel outcomeKey). */
  key: string;
  /** The CLI command that gives the same numbers, the file it reads, and whether that file must be saved first. */
  command: string;
  file: string;
  custom: boolean;
  yaml: string;
  /** Runs in all, and how long they took. */
  runs: number;
  elapsedMs: number;
}

/** A finished analysis. */
export type Outcome = OutcomeBase & (
  | { kind: 'sensitivity'; result: SensitivityResult }
  | { kind: 'solve'; result: SolveResult }
  | { kind: 'sweep'; result: SweepResult }
);

/** The nodes of a result: before its charts, the charts (drawn by the panel), after them. */
export interface OutcomeView {
  before: HTMLElement[];
  charts: AnalysisChart[];
  after: HTMLElement[];
}

/** Room the tornado's input names take on the left of its bars, and a heatmap's axis labels and legend. */
const TORNADO_LABELS = 150;
const HEATMAP_CHROME = 190;
/** The widest a heatmap cell is drawn; below NARROW_HEATMAP its legend goes under it and only its labels take room. */
const HEATMAP_CELL = 110;
const NARROW_HEATMAP = 520;
const HEATMAP_LABELS = 110;

/** The heatmap with its colour legend under the grid. */
function legendBelow(spec: TopLevelSpec): TopLevelSpec {
  const layers = (spec as { layer?: Record<string, unknown>[] }).layer ?? [];
  const layer = layers.map((l) => {
    const color = (l.encoding as { color?: { legend?: object } } | undefined)?.color;
    if (!color?.legend) return l;
    return { ...l, encoding: { ...(l.encoding as object), color: { ...color, legend: { ...color.legend, orient: 'bottom', direction: 'horizontal' } } } };
  });
  return { ...spec, layer } as unknown as TopLevelSpec;
}

/**
 * The view of `o` whose charts fit `width` pixels (the inside of a chart card).
 */
export function outcomeView(app: App, o: Outcome, width: number): OutcomeView {
  const lang = app.lang;
  const about = el('p', { class: 'small muted', 'data-testid': `elapsed-${o.kind}` }, strings.analysisElapsed(formatCount(o.runs, lang), formatSeconds(o.elapsedMs, lang))[lang]);
  const cli = cliBlock(app, o);
  if (o.kind === 'sensitivity') {
    const r = o.result;
    const w = Math.max(180, Math.min(640, width - TORNADO_LABELS));
    const charts = (['exhausted', 'paid'] as const).map((metric): AnalysisChart => {
      // the scenario's title and the scheme's label instead of their ids
      const sc = app.result?.scenarios.find((x) => x.id === r.scenario);
      const schemeLabel = sc?.rules.schemes.find((x) => x.id === r.scheme)?.label;
      const spec = tornado(r, lang, { metric, width: w, ...(sc ? { scenarioTitle: sc.title } : {}), ...(schemeLabel ? { schemeLabel } : {}) });
      return {
        id: `${o.key}|${metric}`, kind: `tornado-${metric}`, spec, width: w, room: width, sentence: tornadoSentence(r, metric, lang),
        file: `${r.scenario}-tornado-${metric}`, csv: () => chartCsv(spec),
        provenance: provenanceLine(analysisProvenance(r), lang),
      };
    });
    return { before: [about], charts, after: [tableCard(app, sensitivityTable(r, lang)), cli] };
  }
  if (o.kind === 'sweep') {
    const r = o.result;
    // Narrow: the colour legend goes under the grid, so the grid takes the width.
    const narrow = width < NARROW_HEATMAP;
    const w = Math.max(160, Math.min(HEATMAP_CELL * r.x.values.length, width - (narrow ? HEATMAP_LABELS : HEATMAP_CHROME)));
    const built = heatmap(r, lang, { width: w });
    const spec = narrow ? legendBelow(built) : built;
    const chart: AnalysisChart = { id: o.key, kind: 'heatmap', spec, width: w, room: width, sentence: sweepSentence(r, lang), file: `${r.scenario}-sweep`, csv: () => sweepCsv(r), provenance: provenanceLine(analysisProvenance(r), lang) };
    return { before: [about], charts: [chart], after: [cli] };
  }
  return { before: [about, solveAnswer(o.result, lang)], charts: [], after: [tableCard(app, solveTable(o.result, lang)), cli] };
}

function cliBlock(app: App, o: Outcome): HTMLElement {
  const lang = app.lang;
  const name = o.file.split('/').pop()!;
  return el('div', { class: 'analysis-cli' },
    el('p', { class: 'small' }, o.custom ? strings.cliEditedHelp(o.file)[lang] : strings.analysisCli[lang]),
    el('pre', { 'data-testid': `cli-${o.kind}` }, o.command),
    o.custom ? el('div', { class: 'btns' }, el('button', {
      type: 'button', class: 'btn small', onclick: () => download(name, o.yaml, 'application/yaml;charset=utf-8'),
    }, strings.downloadYaml[lang])) : null);
}

// ---- sensitivity ----

const signed = (x: number, f: (v: number) => string) => `${x >= 0 ? '+' : '−'}${f(Math.abs(x))}`;
const pp = (x: number) => signed(x, pointsOf);
const money = (fen: number, lang: Lang) => signed(fen, (v) => formatMoneyShort(Math.round(v), lang));

function swing(r: SensitivityRow, metric: TornadoMetric): number {
  return Math.max(Math.abs(r.down?.[metric].difference.mean ?? 0), Math.abs(r.up?.[metric].difference.mean ?? 0));
}

/** "The number of firms moves the chance the pool runs out most: 20% down changes it by −12.3 pp, …". */
export function tornadoSentence(r: SensitivityResult, metric: TornadoMetric, lang: Lang): string {
  const top = r.rows.filter((x) => x.applicable && x.down && x.up && swing(x, metric) > 0).sort((a, b) => swing(b, metric) - swing(a, metric))[0];
  if (!top) return strings.tornadoNothing[lang];
  const d = `${r.deltaBp / 100}%`;
  const down = top.down![metric].difference.mean;
  const up = top.up![metric].difference.mean;
  return metric === 'exhausted'
    ? strings.tornadoSentenceP(top.label[lang], pp(down), pp(up), d, pctOf(r.baseline.exhausted.value))[lang]
    : strings.tornadoSentencePaid(top.label[lang], money(down, lang), money(up, lang), d, formatMoneyShort(Math.round(r.baseline.paid.value), lang))[lang];
}

function sensitivityTable(r: SensitivityResult, lang: Lang): Table {
  const d = `${r.deltaBp / 100}%`;
  const withInterval = (x: PairedDifference, f: (v: number) => string) => `${f(x.mean)}${x.lo === null || x.hi === null ? '' : ` [${f(x.lo)}, ${f(x.hi)}]`}`;
  // Money in the table's unit (named in the header), so the columns stay narrow.
  const inUnit = (fen: number) => signed(fen, (v) => moneyInUnit(Math.round(v), lang));
  return {
    id: 'sensitivity',
    title: strings.tableSensitivity,
    columns: [strings.colInput, strings.colDeltaP(`−${d}`), strings.colDeltaP(`+${d}`), strings.colDeltaPaid(`−${d}`, unitName(lang)), strings.colDeltaPaid(`+${d}`, unitName(lang))],
    rows: r.rows.map((row) => {
      const name = { text: row.label[lang], raw: row.input };
      if (!row.applicable || !row.down || !row.up) return [name, { text: strings.notApplicable[lang], raw: null }, { text: '', raw: null }, { text: '', raw: null }, { text: '', raw: null }];
      const p = (x: PairedDifference) => ({ text: withInterval(x, pp), raw: x.mean });
      const m = (x: PairedDifference) => ({ text: withInterval(x, inUnit), raw: Math.round(x.mean) / 100 });
      return [name, p(row.down.exhausted.difference), p(row.up.exhausted.difference), m(row.down.paid.difference), m(row.up.paid.difference)];
    }),
  };
}

// ---- goal seek ----

function solveAnswer(r: SolveResult, lang: Lang): HTMLElement {
  const v = (x: number) => formatVariableValue(r.variable, x, lang);
  const target = formatTarget(r.target, lang);
  const box = el('div', { class: 'solve-answer', 'data-testid': 'solve-answer', 'data-status': r.status, 'data-answer': r.answer === null ? '' : String(r.answer) });
  if (r.status === 'none' || r.answer === null) {
    box.append(el('p', { class: 'answer' }, strings.solveNone(target, `${v(r.range[0])} – ${v(r.range[1])}`)[lang]));
    return box;
  }
  const at = r.points.find((p) => p.x === r.answer)!;
  const u = r.uncertainty;
  const safe = strings.solveSafe(u.pessimistic === null ? strings.solveBeyond[lang] : v(u.pessimistic))[lang];
  const optimistic = strings.solveOptimistic(u.optimistic === null ? strings.solveBeyond[lang] : v(u.optimistic))[lang];
  // Smaller value first: for a pool the optimistic end is the smaller, for a cap or ratio the safe one.
  const [first, second] = r.side === 'below' ? [safe, optimistic] : [optimistic, safe];
  append(box,
    el('p', { class: 'answer' }, strings.solveAnswer(strings.answerNames[r.variable]!, v(r.answer))[lang]),
    el('p', {}, strings.solveEstimate(target, targetEstimateText(r.target, at.estimate, r.year, lang))[lang]),
    el('p', { 'data-testid': 'solve-uncertainty' }, strings.solveUncertainty(first, second)[lang]),
    r.status === 'whole-range' ? el('div', { class: 'notice warn' }, strings.solveWholeRange[lang]) : null,
    r.monotone ? null : el('div', { class: 'notice warn' }, strings.solveNotMonotone[lang]),
  );
  return box;
}

function solveTable(r: SolveResult, lang: Lang): Table {
  return {
    id: 'solve-points',
    title: strings.tableSolvePoints,
    columns: [strings.colValue, strings.colEstimate, strings.colMeets],
    rows: r.points.map((p) => [
      { text: formatVariableValue(r.variable, p.x, lang), raw: r.variable === 'ratio' ? p.x / 10_000 : p.x / 100 },
      { text: targetEstimateText(r.target, p.estimate, r.year, lang), raw: p.estimate.value },
      { text: (p.meets ? strings.yes : strings.no)[lang], raw: p.meets ? 1 : 0 },
    ]),
  };
}

// ---- sweep ----

/** "The chance the pool runs out ranges from 3.2% (pool 3.75亿元, cap 1200万元) to 100% (…)". */
export function sweepSentence(r: SweepResult, lang: Lang): string {
  const at = (c: SweepResult['cells'][number]) => strings.sweepCell(
    `${strings.variables[r.x.variable]![lang]} ${formatVariableValue(r.x.variable, c.x, lang)}`,
    `${strings.variables[r.y.variable]![lang]} ${formatVariableValue(r.y.variable, c.y, lang)}`)[lang];
  let lo = r.cells[0]!;
  let hi = r.cells[0]!;
  for (const c of r.cells) {
    if (c.exhausted.value < lo.exhausted.value) lo = c;
    if (c.exhausted.value > hi.exhausted.value) hi = c;
  }
  return strings.sweepSentence(pctOf(lo.exhausted.value), at(lo), pctOf(hi.exhausted.value), at(hi))[lang];
}
