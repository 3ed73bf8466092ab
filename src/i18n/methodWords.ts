/**
 * The methods of a summary in words (summary.json `methods`): summary.json records the English, and a Chinese
 * report shows the Chinese of the same method (src/report/methodText.ts).
 */
import type { Bilingual } from './Bilingual';

export const methodWords = {
  quantile: {
    zh: 'R 第7类分位数（Hyndman 与 Fan 的定义7，即 NumPy 的 "linear"）：h = (n − 1)p，在相邻顺序统计量之间线性插值；各处相同。',
    en: 'R type 7 (Hyndman & Fan definition 7, NumPy "linear"): h = (n − 1)p, linear interpolation between order statistics; the same everywhere.',
  },
  rounding: {
    zh: '非整数的分（均值、插值得到的分位数）和天数按“逢半进一”（向 +∞）取整；比率保留6位小数。',
    en: 'Fractional fen (means, interpolated quantiles) and days are rounded half up (toward +∞) to whole units; ratios to 6 decimals.',
  },
  /** `subBins`: sub-bins per power of two; `width`: the relative bin width in percent. */
  histogram: (subBins: string, width: string): Bilingual => ({
    zh: `每日累计支付和每家企业获补助取自对数-线性直方图：一个精确的零值箱，每个2的幂区间分 ${subBins} 个子箱（相对箱宽 ≤ ${width}%）；分位数取箱的中点。`,
    en: `Cumulative disbursement by day and grant per firm come from log-linear histograms: an exact zero bin, ${subBins} sub-bins per power of two (relative bin width ≤ ${width}%); quantiles report bin midpoints.`,
  }),
  means: {
    zh: '各次模拟的均值按模拟序号依次由每次的数值求和，或由精确的整数和得出（按月未满足需求），因此与模拟在线程间的分配无关。',
    en: 'Means over runs are summed in run-index order from per-run values, or from exact integer sums (unmet demand by month), so they do not depend on how runs were split over workers.',
  },
  monteCarlo: {
    zh: '蒙特卡洛误差均在95%水平：概率（模拟次数占比）用二项标准误 √(p(1 − p)/n) 和 Wilson 得分区间；分位数（用完日期、全年支付的 p5/p95）用顺序统计量 l 与 u 之间的无分布区间，l、u 由 Binomial(n, p) 的2.5%与97.5%分位点给出（Conover 1999，§3.2），标准误取 (hi − lo) / (2 × 1.96)；均值用 s/√n 和正态区间。`--runs auto` 依次加入 [0, b)、[b, 2b)…各批模拟，直到每个要点区间的半宽（估计值到较远端点的距离）都在容差以内，因此同样的种子和容差总在同样的模拟次数停下。',
    en:
      'Monte Carlo errors, all at 95%: a probability (share of runs) has the binomial standard error √(p(1 − p)/n) and the Wilson score interval; ' +
      'a quantile (exhaustion date, money paid p5/p95) has the distribution-free interval between the order statistics l and u given by the 2.5% and 97.5% points of Binomial(n, p) (Conover 1999, §3.2), ' +
      'and a standard error (hi − lo) / (2 × 1.96) read off it; a mean has s/√n and the normal interval. ' +
      '`--runs auto` adds batches of runs [0, b), [b, 2b), … until the half-width of every headline interval (the larger distance from the estimate to an end) is within its tolerance, so the same seed and tolerances always stop at the same number of runs.',
  },
  /** Words recorded by another version of quansim, shown as they are, marked as quoted in Chinese. */
  quoted: (recorded: string): Bilingual => ({ zh: `（summary.json 原文）${recorded}`, en: recorded }),
};
