/**
 * The sweep section of a report (`quansim report --sweep "pool=1亿..5亿:5" "cap=200万..1000万:3"`): the method in a
 * sentence, the heatmap (src/charts/heatmap.ts), the grid as a table with each cell's 95% interval, the command that
 * reproduces it (`quansim sweep`), and last the sentences that read the grid. Every number comes from the
 * SweepResult (src/analysis/sweep.ts).
 */
import { mean } from 'simple-statistics';
import { analysisLabels as L } from '../i18n/analysisLabels';
import { pct } from '../analysis/formatEstimate';
import { formatVariableValue } from '../analysis/parseRange';
import type { SweepCell, SweepResult } from '../analysis/sweep';
import { heatmap } from '../charts/heatmap';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { studyWords as S } from '../i18n/studyWords';
import type { ReportBlock } from './ReportDocument';
import { reportChart } from './reportCharts';
import type { ReportTable } from './ReportTable';
import { reportWords as W } from '../i18n/reportWords';

/**
 * @param scheme the label of the scheme varied (null: the result's scheme id is shown)
 * @param width width of the heatmap (the builder's default when absent)
 */
export function sweepBlocks(a: { result: SweepResult; command: string }, lang: Lang, scheme: Bilingual | null, width?: number): ReportBlock[] {
  const r = a.result;
  return [
    { kind: 'paragraph', text: method(r, lang, scheme) },
    { kind: 'chart', chart: reportChart('heatmap', r.year, heatmap(r, lang, width === undefined ? {} : { width })) },
    { kind: 'table', table: sweepTable(r, lang) },
    { kind: 'paragraph', text: W.analysisCommand[lang] },
    { kind: 'code', text: a.command },
    { kind: 'paragraph', text: sweepReading(r, lang) },
  ];
}

/** The grid: the vertical input down the side (largest on top, as in the heatmap), the horizontal one across. */
export function sweepTable(r: SweepResult, lang: Lang): ReportTable {
  const fx = (x: number) => formatVariableValue(r.x.variable, x, lang);
  const fy = (y: number) => formatVariableValue(r.y.variable, y, lang);
  const maxSe = Math.max(...r.cells.map((c) => c.exhausted.se));
  return {
    id: `sweep-${r.year}`,
    title: S.sweepTitle(L[r.x.variable][lang], L[r.y.variable][lang], String(r.year))[lang],
    columns: [
      { header: `${L[r.y.variable][lang]} \\ ${L[r.x.variable][lang]}`, align: 'left', nowrap: true },
      ...r.x.values.map((x) => ({ header: fx(x), align: 'right' as const, nowrap: true })),
    ],
    rows: [...r.y.values].reverse().map((y) => [fy(y), ...r.x.values.map((x) => {
      const e = cellAt(r, x, y).exhausted;
      return `${pct(e.value)}\n[${pct(e.lo)}, ${pct(e.hi)}]`;
    })]),
    note: S.sweepNote(String(r.runs), (maxSe * 100).toFixed(1))[lang],
  };
}

function method(r: SweepResult, lang: Lang, scheme: Bilingual | null): string {
  const fx = (x: number) => formatVariableValue(r.x.variable, x, lang);
  const fy = (y: number) => formatVariableValue(r.y.variable, y, lang);
  const id = scheme ? S.solveSchemeId(scheme[lang], r.scheme)[lang] : r.scheme;
  const nx = r.x.values.length;
  const ny = r.y.values.length;
  return S.sweepMethod(L[r.x.variable][lang], fx(r.x.from), fx(r.x.to), String(nx), L[r.y.variable][lang], fy(r.y.from), fy(r.y.to), String(ny), String(r.year), id, String(r.runs), r.scenario, String(r.seed))[lang];
}

/**
 * The sentences that read a sweep: the highest and lowest cells, and how much each input moves the chance across
 * its range, on average over the other input's values.
 */
export function sweepReading(r: SweepResult, lang: Lang): string {
  const fx = (x: number) => formatVariableValue(r.x.variable, x, lang);
  const fy = (y: number) => formatVariableValue(r.y.variable, y, lang);
  const xn = L[r.x.variable][lang];
  const yn = L[r.y.variable][lang];
  const xs = r.x.values;
  const ys = r.y.values;
  const one = (c: SweepCell) => S.sweepCell(xn, fx(c.x), yn, fy(c.y))[lang];
  // Where a value is reached: one cell, a whole column or row, or several cells (the first named).
  const at = (value: number) => {
    const cells = r.cells.filter((c) => c.exhausted.value === value);
    const first = cells[0]!;
    if (cells.length === 1) return one(first);
    if (cells.length === ys.length && cells.every((c) => c.x === first.x)) return S.sweepLine(xn, fx(first.x), yn)[lang];
    if (cells.length === xs.length && cells.every((c) => c.y === first.y)) return S.sweepLine(yn, fy(first.y), xn)[lang];
    return S.sweepCells(String(cells.length), one(first))[lang];
  };
  const values = r.cells.map((c) => c.exhausted.value);
  const high = Math.max(...values);
  const low = Math.min(...values);
  // How much each input moves P from its first value to its last, averaged over the other input's values.
  const dx = mean(ys.map((y) => cellAt(r, xs[xs.length - 1]!, y).exhausted.value - cellAt(r, xs[0]!, y).exhausted.value));
  const dy = mean(xs.map((x) => cellAt(r, x, ys[ys.length - 1]!).exhausted.value - cellAt(r, x, ys[0]!).exhausted.value));
  const pp = (d: number) => S.points(`${d >= 0 ? '+' : '−'}${Math.abs(d * 100).toFixed(1)}`)[lang];
  const out: string[] = [];
  out.push(high === low ? S.sweepEveryCell(pct(high))[lang] : S.sweepFromTo(pct(high), at(high), pct(low), at(low))[lang]);
  out.push(S.sweepEffects(xn, fx(xs[0]!), fx(xs[xs.length - 1]!), pp(dx), yn, fy(ys[0]!), fy(ys[ys.length - 1]!), pp(dy))[lang]);
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  if (ax !== ay) {
    const more = ax > ay ? xn : yn;
    out.push(S.sweepMatters(more)[lang]);
  }
  return out.join(S.sentenceJoin[lang]);
}

function cellAt(r: SweepResult, x: number, y: number): SweepCell {
  const c = r.cells.find((k) => k.x === x && k.y === y);
  if (!c) throw new Error(`sweep has no cell at ${x}, ${y}`);
  return c;
}
