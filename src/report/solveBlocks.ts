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
import { studyWords as S } from '../i18n/studyWords';

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
    title: S.solveTitle(String(r.year))[lang],
    columns: [
      { header: lang === 'zh' ? name : cap(name), align: 'right', nowrap: true },
      { header: `${formatTarget(r.target, lang).replace(/\s*[<>≤≥].*$/, '')} [${L.interval[lang]}]`, align: 'right', nowrap: true },
      { header: W.solveMeets[lang], align: 'left' },
    ],
    rows: r.points.map((p) => [
      formatVariableValue(r.variable, p.x, lang),
      targetEstimateText(r.target, p.estimate, r.year, lang),
      `${p.meets ? L.yes[lang] : L.no[lang]}${p.x === r.answer ? S.solveAnswerMark[lang] : ''}`,
    ]),
    note: S.solveNote(String(r.runs), String(r.seed))[lang],
  };
}

function method(r: SolveResult, lang: Lang, scheme: Bilingual | null): string {
  const v = (x: number) => formatVariableValue(r.variable, x, lang);
  const name = L[r.variable][lang];
  const target = formatTarget(r.target, lang);
  const id = scheme ? S.solveSchemeId(scheme[lang], r.scheme)[lang] : r.scheme;
  const ratio = r.variable === 'ratio' ? S.solveRatioScale[lang] : '';
  const wanted = (r.variable === 'pool' ? S.solveSmallest : S.solveLargest)[lang];
  return S.solveMethod(wanted, name, ratio, id, String(r.year), target, v(r.range[0]), v(r.range[1]), v(r.resolution), String(r.runs), String(r.seed))[lang];
}

/** The sentences that read a goal seek: the answer, the next value, the uncertainty; or why there is none. */
export function solveReading(r: SolveResult, lang: Lang): string {
  const v = (x: number) => formatVariableValue(r.variable, x, lang);
  const est = (e: Estimate) => targetEstimateText(r.target, e, r.year, lang);
  const name = L[r.variable][lang];
  const target = formatTarget(r.target, lang);
  const wanted = (r.variable === 'pool' ? S.solveSmallest : S.solveLargest)[lang];
  const out: string[] = [];
  if (r.status === 'none' || r.answer === null) {
    const values = r.points.map((p) => p.estimate.value);
    const low = r.points[values.indexOf(Math.min(...values))]!;
    const high = r.points[values.indexOf(Math.max(...values))]!;
    out.push(S.solveNone(name, v(r.range[0]), v(r.range[1]), target, est(low.estimate), v(low.x), est(high.estimate), v(high.x))[lang]);
    return out.join(S.sentenceJoin[lang]);
  }
  const answer = r.points.find((p) => p.x === r.answer)!;
  const side = (r.side === 'above' ? S.solveAbove : S.solveBelow)[lang];
  out.push(S.solveAnswer(v(r.answer), est(answer.estimate), wanted, name, target, side)[lang]);
  if (r.status === 'whole-range') {
    out.push(S.solveWholeRange(wanted, name)[lang]);
  } else {
    const next = r.points.filter((q) => !q.meets).sort((a, b) => Math.abs(a.x - r.answer!) - Math.abs(b.x - r.answer!))[0];
    if (next) out.push(S.solveNext(v(next.x), est(next.estimate))[lang]);
  }
  const u = r.uncertainty;
  const beyond = S.solveBeyond[lang];
  const safe = u.pessimistic === null ? beyond : v(u.pessimistic);
  const optimistic = u.optimistic === null ? beyond : v(u.optimistic);
  const [first, second] = r.side === 'below' ? [safe, optimistic] : [optimistic, safe];
  const safeClause = u.pessimistic === null ? S.solveNoSafe[lang] : S.solveSafe(safe)[lang];
  out.push(S.solveUncertainty(String(r.runs), first, second, safeClause)[lang]);
  if (!r.monotone) out.push(S.solveNotMonotone(name, wanted)[lang]);
  return out.join(S.sentenceJoin[lang]);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
