/**
 * The goal-seek section of a report (`quansim report --solve "<target>" --find pool|cap|ratio`): the method in a
 * sentence, the table of every value evaluated, the command that reproduces it (`quansim solve`), and last the
 * sentences that read the answer and its uncertainty. Every number comes from the SolveResult (src/analysis/solve.ts).
 */
import { analysisLabels as L } from '../i18n/analysisLabels';
import type { Estimate } from '../stats/Estimate';
import { targetEstimateText } from '../analysis/formatEstimate';
import { formatTarget } from '../analysis/formatTarget';
import { formatVariableValue } from '../analysis/parseRange';
import type { SolveResult } from '../analysis/solve';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import type { ReportBlock } from './ReportDocument';
import type { ReportTable } from './ReportTable';
import { reportWords as W } from '../i18n/reportWords';

/** @param scheme the label of the scheme varied (null: the result's scheme id is shown) */
export function solveBlocks(a: { result: SolveResult; command: string }, lang: Lang, scheme: Bilingual | null): ReportBlock[] {
  return [
    { kind: 'paragraph', text: method(a.result, lang, scheme) },
    { kind: 'table', table: solveTable(a.result, lang) },
    { kind: 'paragraph', text: W.analysisCommand[lang] },
    { kind: 'code', text: a.command },
    { kind: 'paragraph', text: solveReading(a.result, lang) },
  ];
}

/** The values evaluated, in order: the value, the figure with its 95% interval, whether it meets the target. */
export function solveTable(r: SolveResult, lang: Lang): ReportTable {
  const name = L[r.variable][lang];
  return {
    id: `solve-${r.year}`,
    title: lang === 'zh' ? `目标求解：已计算的取值（${r.year}年）` : `Goal seek: the values evaluated (${r.year})`,
    columns: [
      { header: lang === 'zh' ? name : cap(name), align: 'right', nowrap: true },
      { header: `${formatTarget(r.target, lang).replace(/\s*[<>≤≥].*$/, '')} [${L.interval[lang]}]`, align: 'right', nowrap: true },
      { header: W.solveMeets[lang], align: 'left' },
    ],
    rows: r.points.map((p) => [
      formatVariableValue(r.variable, p.x, lang),
      targetEstimateText(r.target, p.estimate, r.year, lang),
      `${p.meets ? L.yes[lang] : L.no[lang]}${p.x === r.answer ? (lang === 'zh' ? '（结果）' : ' (answer)') : ''}`,
    ]),
    note: lang === 'zh'
      ? `每个取值都用同一批 ${r.runs} 次模拟（随机种子 ${r.seed}）计算。`
      : `Every value is evaluated on the same ${r.runs} runs (seed ${r.seed}).`,
  };
}

function method(r: SolveResult, lang: Lang, scheme: Bilingual | null): string {
  const v = (x: number) => formatVariableValue(r.variable, x, lang);
  const name = L[r.variable][lang];
  const target = formatTarget(r.target, lang);
  const id = scheme ? (lang === 'zh' ? `${scheme.zh}（${r.scheme}）` : `${scheme.en} (${r.scheme})`) : r.scheme;
  const ratio = r.variable === 'ratio'
    ? (lang === 'zh' ? '（补贴比例缩放：100% 即情景中的比例，公布的比例为上限）' : ' (a scale of its ratios: 100% is the scenario\'s, the published ratios being maxima)')
    : '';
  if (lang === 'zh') {
    const wanted = r.variable === 'pool' ? '最小' : '最大';
    return `方法：寻找使 ${target} 的${wanted}${name}${ratio}（方案 ${id}，${r.year}年）。在 ${v(r.range[0])} 至 ${v(r.range[1])}、步长 ${v(r.resolution)} 的网格上先计算两端，再二分找到开始达到目标的位置；每次计算都用同一批 ${r.runs} 次模拟（随机种子 ${r.seed}，共同随机数），所以相邻取值的差别来自${name}本身而非噪声。不确定范围由目标数字的 95% 区间反推：稳妥值处连区间的不利端也达到目标，乐观值处只有有利端达到；两者之间的取值用 ${r.runs} 次模拟无法与结果区分（精确到结果的 1%）。二分法假定目标数字随${name}单调变化，求解后会检查。`;
  }
  const wanted = r.variable === 'pool' ? 'smallest' : 'largest';
  return `Method: the ${wanted} ${name}${ratio} of ${id} in ${r.year} such that ${target}. On a grid from ${v(r.range[0])} to ${v(r.range[1])} in steps of ${v(r.resolution)}, both ends are evaluated, then bisection finds where the target starts to be met; every evaluation runs the same ${r.runs} runs (seed ${r.seed}, common random numbers), so two values differ by the ${name}, not by noise. The uncertainty inverts the figure's 95% interval: the safe value is where even the interval's unfavourable end meets the target, the optimistic one where only its favourable end does; values between them cannot be told apart from the answer with ${r.runs} runs (found to 1% of the answer). Bisection assumes the figure moves one way with the ${name}; the values evaluated are checked afterwards.`;
}

/** The sentences that read a goal seek: the answer, the next value, the uncertainty; or why there is none. */
export function solveReading(r: SolveResult, lang: Lang): string {
  const zh = lang === 'zh';
  const v = (x: number) => formatVariableValue(r.variable, x, lang);
  const est = (e: Estimate) => targetEstimateText(r.target, e, r.year, lang);
  const name = L[r.variable][lang];
  const target = formatTarget(r.target, lang);
  const wanted = r.variable === 'pool' ? (zh ? '最小' : 'smallest') : zh ? '最大' : 'largest';
  const out: string[] = [];
  if (r.status === 'none' || r.answer === null) {
    const values = r.points.map((p) => p.estimate.value);
    const low = r.points[values.indexOf(Math.min(...values))]!;
    const high = r.points[values.indexOf(Math.max(...values))]!;
    out.push(zh
      ? `${v(r.range[0])} 至 ${v(r.range[1])} 范围内没有任何${name}达到目标 ${target}：已计算的取值中，该数字从 ${est(low.estimate)}（${v(low.x)}）到 ${est(high.estimate)}（${v(high.x)}）。请放宽范围或修改目标。`
      : `No ${name} from ${v(r.range[0])} to ${v(r.range[1])} meets the target ${target}: over the values evaluated the figure goes from ${est(low.estimate)} (at ${v(low.x)}) to ${est(high.estimate)} (at ${v(high.x)}). Widen the range or change the target.`);
    return out.join(zh ? '' : ' ');
  }
  const answer = r.points.find((p) => p.x === r.answer)!;
  const side = r.side === 'above' ? '及以上' : '及以下';
  out.push(zh
    ? `结果：使 ${target} 的${wanted}${name}为 ${v(r.answer)}（${est(answer.estimate)}），${v(r.answer)}${side}均达到目标。`
    : `Answer: ${v(r.answer)} (${est(answer.estimate)}) is the ${wanted} ${name} such that ${target}; every ${r.side === 'above' ? 'larger' : 'smaller'} value meets it too.`);
  if (r.status === 'whole-range') {
    out.push(zh
      ? `整个范围都达到目标，所以结果是范围的端点；真实的${wanted}${name}可能在范围之外，请放宽 --range。`
      : `The whole range meets the target, so the answer is the end of the range; the true ${wanted} ${name} may lie beyond it: widen --range.`);
  } else {
    const next = r.points.filter((q) => !q.meets).sort((a, b) => Math.abs(a.x - r.answer!) - Math.abs(b.x - r.answer!))[0];
    if (next) out.push(zh ? `相邻的 ${v(next.x)} 为 ${est(next.estimate)}，未达到目标。` : `The next value, ${v(next.x)}, gives ${est(next.estimate)} and does not meet it.`);
  }
  const u = r.uncertainty;
  const beyond = zh ? '范围之外' : 'beyond the range';
  const safe = u.pessimistic === null ? beyond : v(u.pessimistic);
  const optimistic = u.optimistic === null ? beyond : v(u.optimistic);
  const [first, second] = r.side === 'below' ? [safe, optimistic] : [optimistic, safe];
  out.push(zh
    ? `以 ${r.runs} 次模拟，${first} 至 ${second} 之间的取值无法与结果区分；${u.pessimistic === null ? '范围内没有取值在区间的不利端也达到目标' : `${safe} 在 95% 区间的不利端也达到目标（稳妥值）`}。`
    : `With ${r.runs} runs, values from ${first} to ${second} cannot be told apart from the answer; ${u.pessimistic === null ? 'no value in the range meets the target at the unfavourable end of the interval' : `${safe} meets it even at the unfavourable end of the 95% interval (the safe value)`}.`);
  if (!r.monotone) {
    out.push(zh
      ? `注意：已计算的数字并非随${name}单调变化（见上表），结果是目标被跨越的一处，不一定是${wanted}的那个。`
      : `Note: the figure is not monotone in the ${name} over the values evaluated (see the table): the answer is a crossing of the target, not necessarily the ${wanted} one.`);
  }
  return out.join(zh ? '' : ' ');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
