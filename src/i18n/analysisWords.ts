/**
 * The words of the analysis texts (src/analysis): each entry is a text in both languages or takes the figures
 * already written for people (strings) and gives the text in both. The logic that picks and formats the figures
 * stays in src/analysis.
 */
import type { Bilingual } from './Bilingual';

export const analysisWords = {
  /** After a ± figure in percentage points, then the "(SE)" that names it. */
  ppSe: { zh: '个百分点（标准误）', en: ' pp (SE)' },
  /** A median date whose 95% interval is one day. */
  oneDayInterval: { zh: '（95% 区间只有这一天）', en: ' (its 95% interval is this one day)' },
  /** A number of days after a ±. */
  daysUnit: { zh: '天', en: ' d' },
  /** A unit name in brackets after a heading. */
  inUnit: (unit: string): Bilingual => ({ zh: `（${unit}）`, en: ` (${unit})` }),
  mean: { zh: '均值', en: 'mean' },
  precisionHeading: (title: string, year: string, runs: string): Bilingual => ({
    zh: `${title}：${year}年，${runs}次模拟`,
    en: `${title}: ${year}, ${runs} runs`,
  }),
  tolerance: (pp: string, days: string, share: string): Bilingual => ({
    zh: `概率±${pp}个百分点，日期±${days}天，支付分位数±资金池的${share}%`,
    en: `probability ±${pp} pp, date ±${days} d, paid quantiles ±${share}% of the pool`,
  }),
  converged: (runs: string, batch: string, tol: string): Bilingual => ({
    zh: `已收敛：${runs} 次模拟（每批 ${batch} 次）后所有要点数字均在容差内（95%：${tol}）`,
    en: `Converged after ${runs} runs (batches of ${batch}): every headline figure within tolerance (95%: ${tol})`,
  }),
  notConverged: (runs: string, tol: string, figures: Bilingual): Bilingual => ({
    zh: `未收敛：已达上限 ${runs} 次模拟，仍超出容差（${tol}）的数字：${figures.zh}`,
    en: `Not converged: reached the limit of ${runs} runs with figures still outside tolerance (${tol}): ${figures.en}`,
  }),
  /** The headline figures a convergence check names. */
  figureProbabilityByYearEnd: { zh: '年内用完概率', en: 'P(runs out by 31 Dec)' },
  figureMedianExhaustionDate: { zh: '用完日期中位数', en: 'median date it runs out' },
  figurePaidP5: { zh: '全年支付 p5', en: 'money paid p5' },
  figurePaidP95: { zh: '全年支付 p95', en: 'money paid p95' },
  /** A list's separators: 、 and ", "; ； and "; ". */
  listSep: { zh: '、', en: ', ' },
  semicolon: { zh: '；', en: '; ' },
  colon: { zh: '：', en: ': ' },
  sweepHeading: (sweep: Bilingual, scenario: string, year: string, scheme: string, runsOut: Bilingual, x: Bilingual, y: Bilingual): Bilingual => ({
    zh: `${sweep.zh}：${scenario}（${year}年，方案 ${scheme}）的${runsOut.zh}，横向 ${x.zh}，纵向 ${y.zh}`,
    en: `${sweep.en} of ${scenario} (${year}, ${scheme}): ${runsOut.en} by ${x.en} (across) and ${y.en} (down)`,
  }),
  sweepRuns: (runs: string, seed: string, crn: Bilingual, maxSe: string): Bilingual => ({
    zh: `每格 ${runs} 次模拟，随机种子 ${seed}，${crn.zh}；标准误最大 ${maxSe} 个百分点`,
    en: `${runs} runs per cell, seed ${seed}, ${crn.en}; largest standard error ${maxSe} pp`,
  }),
};
