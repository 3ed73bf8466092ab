import type { Lang } from '../i18n/Bilingual';
import { textTable } from '../figures/textTable';
import { analysisLabels as L } from '../i18n/analysisLabels';
import { pct } from './formatEstimate';
import { formatVariableValue } from './parseRange';
import type { SweepResult } from './sweep';
import { analysisWords as W } from '../i18n/analysisWords';

/** The text report of a sweep: P(runs out by 31 December) on the grid, y down the side, x across. */
export function formatSweep(r: SweepResult, lang: Lang): string {
  const xs = r.x.values;
  const fx = (x: number) => formatVariableValue(r.x.variable, x, lang);
  const fy = (y: number) => formatVariableValue(r.y.variable, y, lang);
  const maxSe = Math.max(...r.cells.map((c) => c.exhausted.se));
  const out: string[] = [];
  out.push(W.sweepHeading(L.sweep, r.scenario, String(r.year), r.scheme, L.runsOut, L[r.x.variable], L[r.y.variable])[lang]);
  out.push(W.sweepRuns(String(r.runs), String(r.seed), L.crn, (maxSe * 100).toFixed(1))[lang]);
  const rows = [...r.y.values].reverse().map((y) => [fy(y), ...xs.map((x) => pct(r.cells.find((c) => c.x === x && c.y === y)!.exhausted.value))]);
  out.push('', textTable([{ header: `${L[r.y.variable][lang]} \\ ${L[r.x.variable][lang]}` }, ...xs.map((x) => ({ header: fx(x), align: 'right' as const }))], rows));
  return `${out.join('\n')}\n`;
}
