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
    title: lang === 'zh'
      ? `12月31日前用完的概率：按${L[r.x.variable].zh}（横向）与${L[r.y.variable].zh}（纵向）（${r.year}年）`
      : `P(runs out by 31 Dec) by ${L[r.x.variable].en} (across) and ${L[r.y.variable].en} (down) (${r.year})`,
    columns: [
      { header: `${L[r.y.variable][lang]} \\ ${L[r.x.variable][lang]}`, align: 'left', nowrap: true },
      ...r.x.values.map((x) => ({ header: fx(x), align: 'right' as const, nowrap: true })),
    ],
    rows: [...r.y.values].reverse().map((y) => [fy(y), ...r.x.values.map((x) => {
      const e = cellAt(r, x, y).exhausted;
      return `${pct(e.value)}\n[${pct(e.lo)}, ${pct(e.hi)}]`;
    })]),
    note: lang === 'zh'
      ? `每格：用完的模拟所占比例及其 95% Wilson 区间；每格 ${r.runs} 次模拟，标准误最大 ${(maxSe * 100).toFixed(1)} 个百分点。sweep.csv 还给出每格的用完日期中位数、全年支付与未满足比例。`
      : `Each cell: the share of runs in which the pool runs out, with its 95% Wilson interval; ${r.runs} runs per cell, standard error at most ${(maxSe * 100).toFixed(1)} pp. sweep.csv also gives each cell's median exhaustion date, money paid and unmet share.`,
  };
}

function method(r: SweepResult, lang: Lang, scheme: Bilingual | null): string {
  const fx = (x: number) => formatVariableValue(r.x.variable, x, lang);
  const fy = (y: number) => formatVariableValue(r.y.variable, y, lang);
  const id = scheme ? (lang === 'zh' ? `${scheme.zh}（${r.scheme}）` : `${scheme.en} (${r.scheme})`) : r.scheme;
  const nx = r.x.values.length;
  const ny = r.y.values.length;
  return lang === 'zh'
    ? `方法：在${L[r.x.variable].zh}（${fx(r.x.from)}–${fx(r.x.to)}，${nx} 个等距取值）与${L[r.y.variable].zh}（${fy(r.y.from)}–${fy(r.y.to)}，${ny} 个取值）的网格上，计算${r.year}年方案 ${id}的资金池在12月31日前用完的概率。每格都用同一批 ${r.runs} 次模拟（情景 ${r.scenario}，随机种子 ${r.seed}，共同随机数），所以相邻格子之差来自输入而非噪声；每格给出用完的模拟所占比例及其 95% Wilson 区间。`
    : `Method: the chance that the pool of ${id} runs out by 31 December ${r.year}, on a grid of ${nx} evenly spaced values of the ${L[r.x.variable].en} (${fx(r.x.from)}–${fx(r.x.to)}) by ${ny} values of the ${L[r.y.variable].en} (${fy(r.y.from)}–${fy(r.y.to)}). Every cell runs the same ${r.runs} runs (scenario ${r.scenario}, seed ${r.seed}, common random numbers), so neighbouring cells differ by the inputs, not by noise; a cell gives the share of runs in which the pool runs out, with its 95% Wilson interval.`;
}

/**
 * The sentences that read a sweep: the highest and lowest cells, and how much each input moves the chance across
 * its range, on average over the other input's values.
 */
export function sweepReading(r: SweepResult, lang: Lang): string {
  const zh = lang === 'zh';
  const fx = (x: number) => formatVariableValue(r.x.variable, x, lang);
  const fy = (y: number) => formatVariableValue(r.y.variable, y, lang);
  const xn = L[r.x.variable][lang];
  const yn = L[r.y.variable][lang];
  const xs = r.x.values;
  const ys = r.y.values;
  const one = (c: SweepCell) => (zh ? `${xn} ${fx(c.x)}、${yn} ${fy(c.y)}` : `${xn} ${fx(c.x)}, ${yn} ${fy(c.y)}`);
  // Where a value is reached: one cell, a whole column or row, or several cells (the first named).
  const at = (value: number) => {
    const cells = r.cells.filter((c) => c.exhausted.value === value);
    const first = cells[0]!;
    if (cells.length === 1) return one(first);
    if (cells.length === ys.length && cells.every((c) => c.x === first.x)) return zh ? `${xn} ${fx(first.x)}，${yn}取任何值` : `${xn} ${fx(first.x)}, at every ${yn}`;
    if (cells.length === xs.length && cells.every((c) => c.y === first.y)) return zh ? `${yn} ${fy(first.y)}，${xn}取任何值` : `${yn} ${fy(first.y)}, at every ${xn}`;
    return zh ? `${cells.length} 格，如 ${one(first)}` : `${cells.length} cells, e.g. ${one(first)}`;
  };
  const values = r.cells.map((c) => c.exhausted.value);
  const high = Math.max(...values);
  const low = Math.min(...values);
  // How much each input moves P from its first value to its last, averaged over the other input's values.
  const dx = mean(ys.map((y) => cellAt(r, xs[xs.length - 1]!, y).exhausted.value - cellAt(r, xs[0]!, y).exhausted.value));
  const dy = mean(xs.map((x) => cellAt(r, x, ys[ys.length - 1]!).exhausted.value - cellAt(r, x, ys[0]!).exhausted.value));
  const pp = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(d * 100).toFixed(1)}${zh ? ' 个百分点' : ' pp'}`;
  const out: string[] = [];
  out.push(high === low
    ? (zh ? `网格上每一格用完的概率都是 ${pct(high)}。` : `The chance it runs out by 31 Dec is ${pct(high)} in every cell.`)
    : zh
      ? `12月31日前用完的概率从 ${pct(high)}（${at(high)}）到 ${pct(low)}（${at(low)}）。`
      : `The chance it runs out by 31 Dec goes from ${pct(high)} (${at(high)}) to ${pct(low)} (${at(low)}).`);
  out.push(zh
    ? `${xn}从 ${fx(xs[0]!)} 增加到 ${fx(xs[xs.length - 1]!)}，平均使其变化 ${pp(dx)}（对${yn}的各个取值平均）；${yn}从 ${fy(ys[0]!)} 增加到 ${fy(ys[ys.length - 1]!)}，平均变化 ${pp(dy)}。`
    : `Raising the ${xn} from ${fx(xs[0]!)} to ${fx(xs[xs.length - 1]!)} changes it by ${pp(dx)} on average over the ${yn} values; raising the ${yn} from ${fy(ys[0]!)} to ${fy(ys[ys.length - 1]!)}, by ${pp(dy)} on average over the ${xn} values.`);
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  if (ax !== ay) {
    const more = ax > ay ? xn : yn;
    out.push(zh ? `在这两个范围内，${more}的影响更大。` : `Over these ranges the ${more} matters more.`);
  }
  return out.join(zh ? '' : ' ');
}

function cellAt(r: SweepResult, x: number, y: number): SweepCell {
  const c = r.cells.find((k) => k.x === x && k.y === y);
  if (!c) throw new Error(`sweep has no cell at ${x}, ${y}`);
  return c;
}
