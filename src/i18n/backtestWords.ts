/**
 * The words of the backtest for people (output/formatBacktestText.ts: `quansim backtest` and the page's data
 * panel): the title, where the observed total falls among the runs, and the month table's headers.
 */
import type { Bilingual } from './Bilingual';

export const backtestWords = {
  title: (file: string, observedYear: number, simulatedYear: number, runs: number): Bilingual => ({
    zh: `回测：${file}（${observedYear} 年）对照模拟 ${simulatedYear} 年（${runs} 次模拟）`,
    en: `Backtest of ${file} (${observedYear}) against the simulated ${simulatedYear} (${runs} runs)`,
  }),
  belowRuns: { zh: '低于模拟第 5 百分位', en: 'below the 5th percentile of the runs' },
  aboveRuns: { zh: '高于模拟第 95 百分位', en: 'above the 95th percentile of the runs' },
  /** `quantile` as a percentage; `interpolated` when it was read off the day's band rather than the runs' totals. */
  atQuantile: (quantile: string, interpolated: boolean): Bilingual => ({
    zh: `位于模拟分布的第 ${quantile} 分位${interpolated ? '（由区间插值）' : ''}`,
    en: `at the ${quantile} quantile of the runs${interpolated ? ' (interpolated in the band)' : ''}`,
  }),
  /** `where` is one of belowRuns, aboveRuns, atQuantile, in the same language. */
  sentence: (observed: Bilingual, months: number, where: Bilingual, inside: number, insideShare: string): Bilingual => ({
    zh: `实际累计支付 ${observed.zh}（至 ${months} 月末），${where.zh}；${inside}/${months} 个月（${insideShare}）在模拟 90% 区间内。`,
    en: `observed ${observed.en} paid by the end of month ${months}, ${where.en}; ${inside} of ${months} months (${insideShare}) inside the simulated 90% band.`,
  }),
  month: { zh: '月', en: 'month' },
  observed: { zh: '实际', en: 'observed' },
  median: { zh: '中位数', en: 'median' },
  band90: { zh: '90% 区间', en: '90% band' },
  inside: { zh: '区间内', en: 'inside' },
  outside: { zh: '区间外', en: 'outside' },
  /** After a series' label, before its sentence. */
  labelEnd: { zh: '：', en: ':' },
};
