/**
 * The words of src/data that are not errors (those are in dataMessages): what a fit assumes where the data are
 * silent, the labels of the tiers it makes, and what `quansim validate` says of a resample file. Each entry is a
 * text in both languages, or takes the figures already written for people and gives the text in both.
 */
import type { Bilingual } from './Bilingual';

export const dataWords = {
  // assumptions of a fit (src/data/fitPopulation.ts)
  seekAtFloor: (tier: string, percent: string): Bilingual => ({
    zh: `${tier} 档的企业几乎从不同时申请两种券：无法区分“考虑申请的企业数”和申请概率，申请概率按 ${percent}% 下限处理`,
    en: `tier ${tier}: firms almost never seek two vouchers, so the firms that consider applying are not identified; P(applies) held at ${percent}%`,
  }),
  noTierColumn: (bands: string): Bilingual => ({
    zh: `数据没有 tier 列：按企业年度最大合同金额分为 ${bands} 档（等人数）`,
    en: `no tier column: firm-years split into ${bands} bands of equal size by their largest contract`,
  }),
  noExecutedColumn: { zh: '没有 executed 列：合同按全额执行（100%）', en: 'no executed column: contracts taken as fully executed (100%)' },
  noCategoryColumn: { zh: '没有 category 列：算力合同均按 other（其他算力）', en: 'no category column: every compute contract taken as other' },
  noSelfControlledColumn: { zh: '没有 self_controlled 列：算力均按非自主', en: 'no self_controlled column: no compute taken as self-controlled' },
  noSmeColumn: { zh: '没有 sme 列：所有企业按中小企业', en: 'no sme column: every firm taken as an SME' },
  noFoundationModelColumn: { zh: '没有 foundation_model 列：无基础大模型企业', en: 'no foundation_model column: no firm taken as a foundation-model firm' },
  /** A tier made from the largest contracts, smallest first: `合同规模第 1 档`. */
  sizeBand: (band: string): Bilingual => ({ zh: `合同规模第 ${band} 档`, en: `contract size band ${band}` }),
  // `quansim validate` (src/data/resampleFileKind.ts)
  resampleChecked: (firmYears: string, tiers: string): Bilingual => ({
    zh: `重抽样企业群体：${firmYears} 个企业年度，${tiers} 类企业`,
    en: `resampled population: ${firmYears} firm-years, ${tiers} tiers`,
  }),
};
