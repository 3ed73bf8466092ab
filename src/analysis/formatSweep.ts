import type { Lang } from '../i18n/Bilingual';
import { textTable } from '../figures/textTable';
import { analysisLabels as L } from '../i18n/analysisLabels';
import { pct } from './formatEstimate';
import { formatVariableValue } from './parseRange';
import type { SweepResult } from './sweep';

/** The text report of a sweep: P(runs out by 31 December) on the grid, y down the side, x across. */
export function formatSweep(r: SweepResult, lang: Lang): string {
  const zh = lang === 'zh';
  const xs = r.x.values;
  const fx = (x: number) => formatVariableValue(r.x.variable, x, lang);
  const fy = (y: number) => formatVariableValue(r.y.variable, y, lang);
  const maxSe = Math.max(...r.cells.map((c) => c.exhausted.se));
  const out: string[] = [];
  out.push(zh
    ? `${L.sweep.zh}：${r.scenario}（${r.year}年，方案 ${r.scheme}）的${L.runsOut.zh}，横向 ${L[r.x.variable].zh}，纵向 ${L[r.y.variable].zh}`
    : `${L.sweep.en} of ${r.scenario} (${r.year}, ${r.scheme}): ${L.runsOut.en} by ${L[r.x.variable].en} (across) and ${L[r.y.variable].en} (down)`);
  out.push(zh
    ? `每格 ${r.runs} 次模拟，随机种子 ${r.seed}，${L.crn.zh}；标准误最大 ${(maxSe * 100).toFixed(1)} 个百分点`
    : `${r.runs} runs per cell, seed ${r.seed}, ${L.crn.en}; largest standard error ${(maxSe * 100).toFixed(1)} pp`);
  const rows = [...r.y.values].reverse().map((y) => [fy(y), ...xs.map((x) => pct(r.cells.find((c) => c.x === x && c.y === y)!.exhausted.value))]);
  out.push('', textTable([{ header: `${L[r.y.variable][lang]} \\ ${L[r.x.variable][lang]}` }, ...xs.map((x) => ({ header: fx(x), align: 'right' as const }))], rows));
  return `${out.join('\n')}\n`;
}
