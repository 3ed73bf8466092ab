/**
 * `stacking.cap-counting`: the one option that belongs to no single document. Every document says that support
 * offered by several schemes is given "从优、就高、不重复" (hangzhou-2024, hangzhou-2023-draft, zhejiang-2025 closing paragraphs), and each caps its grant
 * per firm, but none says whether a firm's grant from one scheme uses up another scheme's cap. quote and the
 * engine read it the same way (compile.ts capUsed).
 */
import type { PolicyOption } from './policySchema';
import { CAP_COUNTINGS, type CapCounting } from './model';

/** The option's key, as typed in a scenario's `options:` and in `--option`. */
export const CAP_COUNTING_KEY = 'stacking.cap-counting';

/** The default: each scheme's cap counts only its own grants (the caps are written per scheme). */
export const CAP_COUNTING_DEFAULT: CapCounting = 'scheme';

/** The option as a policy file would define it (for the page's form and the options tables). */
export const CAP_COUNTING_OPTION: PolicyOption = {
  type: 'choice',
  default: CAP_COUNTING_DEFAULT,
  choices: {
    scheme: {
      zh: '各方案的年度上限只计本方案已发放的补助',
      en: 'Each scheme\'s yearly cap counts only the grants of that scheme',
    },
    voucher: {
      zh: '企业同一券种从各方案已获得的补助都计入每个方案的上限',
      en: 'A firm\'s grants for the same voucher from every scheme count against each cap',
    },
  },
  label: {
    zh: '年度上限如何计算已获补助',
    en: 'What counts against a yearly cap',
  },
  explain: {
    zh: '各文件的上限都写在本方案之内（如“单家企业每年“算力券”申领不超过800万元”），没有说其他方案的补助是否占用本方案的上限。'
      + '默认 scheme：只计本方案的补助。voucher：同一券种各方案的补助都计入每个方案的上限（区级配套补助为“额外补助”，只计其本身）。',
    en: 'Each document writes its cap for its own scheme (e.g. "单家企业每年“算力券”申领不超过800万元") and does not say '
      + 'whether another scheme\'s grants use it up. The default scheme counts only the scheme\'s own grants; voucher counts a '
      + 'firm\'s grants for the same voucher from every scheme against each cap (the district top-up, an "额外补助", '
      + 'counts only its own).',
  },
  reference: {
    doc: 'hangzhou-2024',
    clause: '结尾段',
    quote: '本措施与本市各级其他同类政策有重叠的，按照“从优、就高、不重复”的原则予以支持',
  },
};

/** True when `value` is a cap counting. */
export function isCapCounting(value: string): value is CapCounting {
  return (CAP_COUNTINGS as readonly string[]).includes(value);
}
