/**
 * The words of summary.methods in the report's language. summary.json records its methods in English; a Chinese
 * report shows the Chinese text of the same method when the recorded words are the ones this quansim writes, and
 * otherwise (a summary written by another version) the recorded words, marked as quoted from the file.
 */
import { MONTE_CARLO_METHOD } from '../stats/monteCarloErrors';
import type { Lang } from '../i18n/Bilingual';
import { SUB_BINS } from '../stats/LogHistogram';
import { SUMMARY_METHODS } from '../stats/summarize';

const ZH: ReadonlyArray<readonly [string, string]> = [
  [SUMMARY_METHODS.quantile, 'R 第7类分位数（Hyndman 与 Fan 的定义7，即 NumPy 的 "linear"）：h = (n − 1)p，在相邻顺序统计量之间线性插值；各处相同。'],
  [SUMMARY_METHODS.rounding, '非整数的分（均值、插值得到的分位数）和天数按“逢半进一”（向 +∞）取整；比率保留6位小数。'],
  [SUMMARY_METHODS.histogram, `每日累计支付和每家企业获补助取自对数-线性直方图：一个精确的零值箱，每个2的幂区间分 ${SUB_BINS} 个子箱（相对箱宽 ≤ ${(100 / SUB_BINS).toFixed(2)}%）；分位数取箱的中点。`],
  [SUMMARY_METHODS.means, '各次模拟的均值按模拟序号依次由每次的数值求和，或由精确的整数和得出（按月未满足需求），因此与模拟在线程间的分配无关。'],
  [MONTE_CARLO_METHOD, '蒙特卡洛误差均在95%水平：概率（模拟次数占比）用二项标准误 √(p(1 − p)/n) 和 Wilson 得分区间；分位数（用完日期、全年支付的 p5/p95）用顺序统计量 l 与 u 之间的无分布区间，l、u 由 Binomial(n, p) 的2.5%与97.5%分位点给出（Conover 1999，§3.2），标准误取 (hi − lo) / (2 × 1.96)；均值用 s/√n 和正态区间。`--runs auto` 依次加入 [0, b)、[b, 2b)…各批模拟，直到每个要点区间的半宽（估计值到较远端点的距离）都在容差以内，因此同样的种子和容差总在同样的模拟次数停下。'],
];

/**
 * @example methodText(SUMMARY_METHODS.rounding, 'zh') // '非整数的分…'
 * @example methodText('some other words', 'zh') // '（summary.json 原文）some other words'
 */
export function methodText(recorded: string, lang: Lang): string {
  if (lang === 'en') return recorded;
  const zh = ZH.find(([en]) => en === recorded)?.[1];
  return zh ?? `（summary.json 原文）${recorded}`;
}
