/**
 * The words of src/policy that are not errors (those are in messages): the option `stacking.cap-counting`, what
 * each kind of option accepts, where a resolved value comes from, and the joining of an application's unmet
 * requirements. Each entry is a text in both languages, or takes the figures already written for people and gives
 * the text in both.
 */
import type { Bilingual } from './Bilingual';

export const policyWords = {
  // `stacking.cap-counting` (src/policy/capCountingOption.ts)
  capCountingLabel: { zh: '年度上限如何计算已获补助', en: 'What counts against a yearly cap' },
  capCountingScheme: {
    zh: '各方案的年度上限只计本方案已发放的补助',
    en: 'Each scheme\'s yearly cap counts only the grants of that scheme',
  },
  capCountingVoucher: {
    zh: '企业同一券种从各方案已获得的补助都计入每个方案的上限',
    en: 'A firm\'s grants for the same voucher from every scheme count against each cap',
  },
  /** Both languages quote the Hangzhou 2024 cap as written (单家企业每年“算力券”申领不超过800万元). */
  capCountingExplain: {
    zh: '各文件的上限都写在本方案之内（如“单家企业每年“算力券”申领不超过800万元”），没有说其他方案的补助是否占用本方案的上限。'
      + '默认 scheme：只计本方案的补助。voucher：同一券种各方案的补助都计入每个方案的上限（区级配套补助为“额外补助”，只计其本身）。',
    en: 'Each document writes its cap for its own scheme (e.g. "单家企业每年“算力券”申领不超过800万元") and does not say '
      + 'whether another scheme\'s grants use it up. The default scheme counts only the scheme\'s own grants; voucher counts a '
      + 'firm\'s grants for the same voucher from every scheme against each cap (the district top-up, an "额外补助", '
      + 'counts only its own).',
  },
  // what an option accepts (src/policy/optionValue.ts); the amounts are examples in the grammar of parseAmount
  /** A choice option; `choices` is the list of its values in each language. */
  acceptsChoice: (choices: Bilingual): Bilingual => ({ zh: `以下之一：${choices.zh}`, en: `one of ${choices.en}` }),
  acceptsMoney: { zh: '金额，如 800万元', en: 'an amount such as 800万元' },
  acceptsMoneyOrNone: { zh: 'none（不设上限）或金额，如 2000万元', en: 'none (no cap) or an amount such as 2000万元' },
  acceptsRatio: { zh: '0% 到 100% 的比例，如 20%', en: 'a ratio from 0% to 100% such as 20%' },
  acceptsSplit: { zh: '各级分担比例，合计 100%，如 city=50%,district=50%', en: 'shares by level adding up to 100%, such as city=50%,district=50%' },
  acceptsDate: { zh: '日期 YYYY-MM-DD，如 2025-01-01', en: 'a date YYYY-MM-DD such as 2025-01-01' },
  // where a resolved value comes from (src/policy/resolveRules.ts)
  /** A funding split set by an option: `选项 hangzhou-2024.funding=city=50%,district=50%`. */
  optionSource: (key: string, value: string): Bilingual => ({ zh: `选项 ${key}=${value}`, en: `option ${key}=${value}` }),
  scenarioPool: { zh: '情景设定的每年资金池', en: 'Yearly pool set by the scenario' },
  // an application's unmet requirements (src/policy/quote.ts)
  /** Between two requirements of one ratio rule: `使用自主算力服务，且为中小企业`. */
  andAlso: { zh: '，且', en: ' and ' },
};
