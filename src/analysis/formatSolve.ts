import type { Lang } from '../i18n/Bilingual';
import { textTable } from '../figures/textTable';
import { analysisLabels as L } from '../i18n/analysisLabels';
import { solveTextWords as W } from '../i18n/analysisWords';
import { studyWords } from '../i18n/studyWords';
import type { Estimate } from '../stats/Estimate';
import { targetEstimateText } from './formatEstimate';
import { formatTarget } from './formatTarget';
import { formatVariableValue } from './parseRange';
import type { SolveResult } from './solve';

/** The text report of a goal seek: the question, the answer with its uncertainty, and every point evaluated. */
export function formatSolve(r: SolveResult, lang: Lang): string {
  const v = (x: number) => formatVariableValue(r.variable, x, lang);
  const name = L[r.variable][lang];
  const est = (e: Estimate) => targetEstimateText(r.target, e, r.year, lang);
  const target = formatTarget(r.target, lang);
  const out: string[] = [];
  const wanted = (r.variable === 'pool' ? studyWords.solveSmallest : studyWords.solveLargest)[lang];
  out.push(W.heading(L.solve, target, wanted, name, r.scheme, String(r.year))[lang]);
  out.push(W.runs(String(r.runs), r.seed, v(r.range[0]), v(r.range[1]), v(r.resolution), String(r.points.length))[lang]);
  out.push('');
  const at = (x: number | null) => r.points.find((p) => p.x === x);
  if (r.status === 'none') {
    out.push(W.none(name)[lang]);
  } else {
    const p = at(r.answer)!;
    const meetWord = (r.side === 'above' ? W.andAbove : W.andBelow)[lang];
    out.push(W.answer(L.answer, v(r.answer!), est(p.estimate), meetWord)[lang]);
    if (r.status === 'whole-range') {
      out.push(W.wholeRange(wanted, name)[lang]);
    } else {
      const neighbour = r.points.filter((q) => !q.meets).sort((a, b) => Math.abs(a.x - r.answer!) - Math.abs(b.x - r.answer!))[0];
      if (neighbour) out.push(W.next(v(neighbour.x), est(neighbour.estimate))[lang]);
    }
    const u = r.uncertainty;
    const beyond = studyWords.solveBeyond[lang];
    const optimistic = W.optimistic(u.optimistic === null ? beyond : v(u.optimistic))[lang];
    const safe = W.safe(u.pessimistic === null ? beyond : v(u.pessimistic))[lang];
    // Smaller value first: for a pool the optimistic end is the smaller, for a cap or ratio the safe one.
    const [first, second] = r.side === 'below' ? [safe, optimistic] : [optimistic, safe];
    out.push(W.uncertainty(L.uncertainty, first, second)[lang]);
  }
  if (!r.monotone) {
    out.push(W.notMonotone(name, wanted)[lang]);
  }
  out.push('', L.pointsEvaluated[lang]);
  out.push(textTable(
    [{ header: name }, { header: `${L.estimate[lang]} [${L.interval[lang]}]`, align: 'right' }, { header: L.meets[lang] }],
    r.points.map((p) => [v(p.x), est(p.estimate), p.meets ? L.yes[lang] : L.no[lang]]),
  ));
  return `${out.join('\n')}\n`;
}
