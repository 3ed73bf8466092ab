import type { Lang } from '../i18n/Bilingual';
import { textTable } from '../figures/textTable';
import { analysisLabels as L } from '../i18n/analysisLabels';
import type { Estimate } from '../stats/Estimate';
import { targetEstimateText } from './formatEstimate';
import { formatTarget } from './formatTarget';
import { formatVariableValue } from './parseRange';
import type { SolveResult } from './solve';

/** The text report of a goal seek: the question, the answer with its uncertainty, and every point evaluated. */
export function formatSolve(r: SolveResult, lang: Lang): string {
  const zh = lang === 'zh';
  const v = (x: number) => formatVariableValue(r.variable, x, lang);
  const name = L[r.variable][lang];
  const est = (e: Estimate) => targetEstimateText(r.target, e, r.year, lang);
  const target = formatTarget(r.target, lang);
  const out: string[] = [];
  const wanted = r.variable === 'pool' ? (zh ? '最小' : 'smallest') : zh ? '最大' : 'largest';
  out.push(zh
    ? `${L.solve.zh}：使 ${target} 的${wanted}${name}（方案 ${r.scheme}，${r.year}年）`
    : `${L.solve.en}: the ${wanted} ${name} of ${r.scheme} (${r.year}) such that ${target}`);
  out.push(zh
    ? `每次计算 ${r.runs} 次模拟（随机种子 ${r.seed}，共同随机数），范围 ${v(r.range[0])} – ${v(r.range[1])}，精度 ${v(r.resolution)}，共计算 ${r.points.length} 个取值`
    : `${r.runs} runs per evaluation (seed ${r.seed}, common random numbers), range ${v(r.range[0])} – ${v(r.range[1])}, resolution ${v(r.resolution)}, ${r.points.length} evaluations`);
  out.push('');
  const at = (x: number | null) => r.points.find((p) => p.x === x);
  if (r.status === 'none') {
    out.push(zh ? `范围内没有任何${name}达到目标。` : `No ${name} in the range meets the target.`);
  } else {
    const p = at(r.answer)!;
    const meetWord = r.side === 'above' ? (zh ? '及以上' : 'this value and above') : zh ? '及以下' : 'this value and below';
    out.push(`${zh ? '结果' : 'Answer'}${zh ? '：' : ': '}${v(r.answer!)}${zh ? `（${est(p.estimate)}）` : ` (${est(p.estimate)})`}${zh ? `；${v(r.answer!)}${meetWord}均达到目标` : `; ${meetWord} meet the target`}`);
    if (r.status === 'whole-range') {
      out.push(zh ? `整个范围都达到目标：真实的${wanted}${name}可能在范围之外，请放宽 --range。` : `The whole range meets the target: the true ${wanted} ${name} may lie outside it; widen --range.`);
    } else {
      const neighbour = r.points.filter((q) => !q.meets).sort((a, b) => Math.abs(a.x - r.answer!) - Math.abs(b.x - r.answer!))[0];
      if (neighbour) out.push(zh ? `相邻取值 ${v(neighbour.x)}：${est(neighbour.estimate)}，未达到目标` : `Next value ${v(neighbour.x)}: ${est(neighbour.estimate)}, does not meet it`);
    }
    const u = r.uncertainty;
    const optimistic = `${u.optimistic === null ? (zh ? '范围之外' : 'beyond the range') : v(u.optimistic)}${zh ? '（乐观：95%区间的乐观端达到目标）' : ' (optimistic: the favourable end of the 95% interval meets the target)'}`;
    const safe = `${u.pessimistic === null ? (zh ? '范围之外' : 'beyond the range') : v(u.pessimistic)}${zh ? '（稳妥：95%区间的保守端也达到目标）' : ' (safe: even its unfavourable end does)'}`;
    // Smaller value first: for a pool the optimistic end is the smaller, for a cap or ratio the safe one.
    const [first, second] = r.side === 'below' ? [safe, optimistic] : [optimistic, safe];
    out.push(`${zh ? '不确定范围：' : 'Uncertainty: '}${first} – ${second}`);
  }
  if (!r.monotone) {
    out.push(zh
      ? `注意：计算得到的数字并非随${name}单调变化（见下表）。二分法假定单调；结果是目标被跨越的一个位置，不一定是${wanted}的那个。`
      : `Warning: the figure is not monotone in the ${name} over the points evaluated (see below). Bisection assumes it is; the answer is a crossing of the target, not necessarily the ${wanted} one.`);
  }
  out.push('', L.pointsEvaluated[lang]);
  out.push(textTable(
    [{ header: name }, { header: `${L.estimate[lang]} [${L.interval[lang]}]`, align: 'right' }, { header: L.meets[lang] }],
    r.points.map((p) => [v(p.x), est(p.estimate), p.meets ? L.yes[lang] : L.no[lang]]),
  ));
  return `${out.join('\n')}\n`;
}
