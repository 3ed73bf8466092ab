/**
 * `stacking.cap-counting`: the one option that belongs to no single document. Every document says that support
 * offered by several schemes is given "从优、就高、不重复" (hangzhou-2024, hangzhou-2023-draft, zhejiang-2025 closing paragraphs), and each caps its grant
 * per firm, but none says whether a firm's grant from one scheme uses up another scheme's cap. quote and the
 * engine read it the same way (compile.ts capUsed).
 */
import { policyWords } from '../i18n/policyWords';
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
    scheme: policyWords.capCountingScheme,
    voucher: policyWords.capCountingVoucher,
  },
  label: policyWords.capCountingLabel,
  explain: policyWords.capCountingExplain,
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
