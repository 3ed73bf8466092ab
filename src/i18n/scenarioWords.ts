/**
 * The words of src/scenario: the changes an edited scenario makes (the parameters' names, their values in words,
 * the edited title's question and assumption) and what `quansim validate` says of a scenario or population file.
 * Each entry is a text in both languages, or takes the figures already written for people and gives the text in
 * both. Which figure, and how it is formatted, stays in src/scenario.
 */
import type { Bilingual } from './Bilingual';

export const scenarioWords = {
  // values of a change
  unlimited: { zh: '不设上限', en: 'unlimited' },
  none: { zh: '无', en: 'none' },
  on: { zh: '开', en: 'on' },
  off: { zh: '关', en: 'off' },
  poisson: (mean: string): Bilingual => ({ zh: `泊松分布，均值${mean}`, en: `Poisson, mean ${mean}` }),
  negativeBinomial: (mean: string, dispersion: string): Bilingual => ({
    zh: `负二项分布，均值${mean}，离散度${dispersion}`,
    en: `negative binomial, mean ${mean}, dispersion ${dispersion}`,
  }),
  // the parameters a change names
  /** A parameter of one scheme or tier: `杭州算力券：每年资金池`. */
  fieldOf: (owner: Bilingual, field: Bilingual): Bilingual => ({ zh: `${owner.zh}：${field.zh}`, en: `${owner.en}: ${field.en}` }),
  yearlyPool: { zh: '每年资金池', en: 'yearly pool' },
  ratios: { zh: '补贴比例', en: 'ratios' },
  capPerFirmYear: { zh: '单家企业每年上限', en: 'cap per firm a year' },
  firms: { zh: '企业数', en: 'firms' },
  tierShare: { zh: '企业占比', en: 'share of firms' },
  allocation: { zh: '分配方式', en: 'allocation' },
  batchPeriod: { zh: '批次周期', en: 'batch period' },
  fallback: { zh: '转由次优方案支付', en: 'fallback to the next scheme' },
  firstYearPool: { zh: '首年资金池', en: 'first-year pool' },
  years: { zh: '模拟年份', en: 'years' },
  runs: { zh: '运行次数', en: 'runs' },
  seed: { zh: '随机种子', en: 'seed' },
  // the edited scenario
  /** The question of an edited scenario; `changes` is the list of its changes in each language. */
  editedQuestion: (baseTitle: Bilingual, changes: Bilingual): Bilingual => ({
    zh: `与“${baseTitle.zh}”相比，改为${changes.zh}：资金池何时用完，各类企业各得多少，与原情景相差多少？`,
    en: `Compared with “${baseTitle.en}”, with ${changes.en}: when does the money run out, who gets what, and how far is that from the unedited scenario?`,
  }),
  editedAssumption: (changes: Bilingual): Bilingual => ({
    zh: `相对原情景的修改：${changes.zh}。`,
    en: `Edited from the published scenario: ${changes.en}.`,
  }),
  // `quansim validate`
  /** A valid scenario file; `years` is listed in each language. */
  scenarioChecked: (id: string, years: Bilingual, schemes: string, tiers: string, mechanism: string, runs: string): Bilingual => ({
    zh: `场景 ${id}：${years.zh}年，${schemes} 个方案，${tiers} 类企业，${mechanism}，${runs} 次模拟`,
    en: `scenario ${id}: ${years.en}, ${schemes} scheme${schemes === '1' ? '' : 's'}, ${tiers} tiers, ${mechanism}, ${runs} runs`,
  }),
  populationChecked: (tiers: string): Bilingual => ({ zh: `企业群体：${tiers} 类企业`, en: `population: ${tiers} tiers` }),
};
