/**
 * The words of the text outputs (src/output): the backtest, the summary text, the compare table, the provenance
 * line and the edited run. Each entry is a text in both languages, or takes the figures already written for people
 * and gives the text in both. Which figure, and how it is formatted, stays in src/output.
 */
import type { Bilingual } from './Bilingual';

/** Between names listed: `a、b`, `a, b`. */
const LIST_ENUM = { zh: '、', en: ', ' };

export const outputWords = {
  backtestTitle: (file: string, observedYear: string, simulatedYear: string, runs: string): Bilingual => ({
    zh: `回测：${file}（${observedYear} 年）对照模拟 ${simulatedYear} 年（${runs} 次模拟）`,
    en: `Backtest of ${file} (${observedYear}) against the simulated ${simulatedYear} (${runs} runs)`,
  }),
  backtestBelow: { zh: '低于模拟第 5 百分位', en: 'below the 5th percentile of the runs' },
  backtestAbove: { zh: '高于模拟第 95 百分位', en: 'above the 95th percentile of the runs' },
  backtestAt: (quantile: string): Bilingual => ({
    zh: `位于模拟分布的第 ${quantile} 分位`,
    en: `at the ${quantile} quantile of the runs`,
  }),
  backtestInterpolated: { zh: '（由区间插值）', en: ' (interpolated in the band)' },
  backtestSentence: (observed: string, months: string, where: string, inside: string, share: string): Bilingual => ({
    zh: `实际累计支付 ${observed}（至 ${months} 月末），${where}；${inside}/${months} 个月（${share}）在模拟 90% 区间内。`,
    en: `observed ${observed} paid by the end of month ${months}, ${where}; ${inside} of ${months} months (${share}) inside the simulated 90% band.`,
  }),
  backtestMonth: { zh: '月', en: 'month' },
  backtestObserved: { zh: '实际', en: 'observed' },
  backtestMedian: { zh: '中位数', en: 'median' },
  backtestBand: { zh: '90% 区间', en: '90% band' },
  backtestInside: { zh: '区间内', en: 'inside' },
  backtestOutside: { zh: '区间外', en: 'outside' },
  /** After a label, before what follows it on the same line. */
  labelColon: { zh: '：', en: ': ' },
  /** After a label that ends its line. */
  lineColon: { zh: '：', en: ':' },
  listComma: { zh: '，', en: ', ' },
  listSemicolon: { zh: '；', en: '; ' },
  listEnum: LIST_ENUM,
  /** Names listed in each language, joined by listEnum: `a、b`, `a, b` (the names are the same in both). */
  listed: (names: readonly (string | number)[]): Bilingual => ({ zh: names.join(LIST_ENUM.zh), en: names.join(LIST_ENUM.en) }),
  /** What qualifies the text before it, in brackets: `12%（3 次）`, `12% (3 runs)`. */
  bracketed: (text: string): Bilingual => ({ zh: `（${text}）`, en: ` (${text})` }),
  optionSet: { zh: '（已改，非默认）', en: ' (set, not the default)' },
  optionDefault: { zh: '（默认）', en: ' (default)' },
  noCap: { zh: '不设上限', en: 'no cap' },
  /** A level's share in an option's value: `市级50%`, `city 50%`. */
  levelShare: (level: Bilingual, share: string): Bilingual => ({ zh: `${level.zh}${share}`, en: `${level.en} ${share}` }),
  levelProvince: { zh: '省级', en: 'province' },
  levelCity: { zh: '市级', en: 'city' },
  levelDistrict: { zh: '区级', en: 'district' },
  /** A column header with the money unit: `已支付（万元）`, `Paid (million yuan)`. */
  withUnit: (header: string, unit: string): Bilingual => ({ zh: `${header}（${unit}）`, en: `${header} (${unit})` }),
  paidMean: { zh: '已支付均值', en: 'Paid, mean' },
  /** A signed number of days: `+3天`, `+3 d`. */
  signedDays: (days: string): Bilingual => ({ zh: `${days}天`, en: `${days} d` }),
  edited: { zh: '（已修改）', en: ' (edited)' },
  provenanceScenario: (names: string): Bilingual => ({ zh: `情景：${names}`, en: `Scenario: ${names}` }),
  scenariosVersus: { zh: ' 对比 ', en: ' vs ' },
  provenanceRuns: (runs: string): Bilingual => ({ zh: `${runs}次模拟`, en: `${runs} runs` }),
  provenanceSeed: (seed: string): Bilingual => ({ zh: `种子 ${seed}`, en: `seed ${seed}` }),
  illustrativePopulation: { zh: '申请企业：示意性假设', en: 'population: illustrative' },
  editedHead: (edited: Bilingual, baseline: Bilingual): Bilingual => ({
    zh: `${edited.zh}：相对原情景“${baseline.zh}”的修改（原值 → 新值）：`,
    en: `${edited.en}: changed from “${baseline.en}” (old → new):`,
  }),
  editedDifference: (seed: string, runs: string): Bilingual => ({
    zh: `与原情景的差（同一随机种子 ${seed}、同样 ${runs} 次模拟，逐次配对）：`,
    en: `Difference from the unedited scenario (same seed ${seed}, same ${runs} runs, paired run by run):`,
  }),
};
