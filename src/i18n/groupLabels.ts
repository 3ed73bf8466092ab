/**
 * The names of the fixed group values as summaries and reports show them: the compute categories of
 * hangzhou-2024 （三） and the three vouchers (tiers and districts are named by the population and rules files).
 */
import type { Bilingual } from './Bilingual';

export const groupLabels: Record<string, Bilingual> = {
  maas: { zh: 'MaaS/智能体开发', en: 'MaaS / agents' },
  domestic: { zh: '国产算力', en: 'domestic compute' },
  other: { zh: '其他算力', en: 'other compute' },
  compute: { zh: '算力券', en: 'compute voucher' },
  corpus: { zh: '语料券', en: 'corpus voucher' },
  model: { zh: '模型券', en: 'model voucher' },
  '(none)': { zh: '（无）', en: '(none)' },
};
