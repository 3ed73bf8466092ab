import type { Lang } from '../i18n/Bilingual';
import { formatRatio } from '../i18n/formatMoney';
import type { MonthDay, Target } from './Target';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const OPS = { '<=': '≤', '<': '<', '>=': '≥', '>': '>' } as const;

/** `31 Dec` / `12月31日`. */
export function monthDayText(md: MonthDay, lang: Lang): string {
  return lang === 'zh' ? `${md.month}月${md.day}日` : `${md.day} ${MONTHS_EN[md.month - 1]}`;
}

/**
 * A target as people read it.
 * @example formatTarget(parseTarget('P(exhausted before 12-31) <= 10%'), 'en') // 'P(runs out by 31 Dec) ≤ 10%'
 */
export function formatTarget(t: Target, lang: Lang): string {
  const op = OPS[t.op];
  switch (t.figure) {
    case 'exhausted':
      return lang === 'zh' ? `${monthDayText(t.by, lang)}前用完的概率 ${op} ${formatRatio(t.bp)}` : `P(runs out by ${monthDayText(t.by, lang)}) ${op} ${formatRatio(t.bp)}`;
    case 'medianExhaustion':
      return lang === 'zh' ? `用完日期中位数 ${op} ${monthDayText(t.date, lang)}` : `median exhaustion date ${op} ${monthDayText(t.date, lang)}`;
    case 'unmetShare':
      return lang === 'zh' ? `未满足需求占比 ${op} ${formatRatio(t.bp)}` : `unmet share of demand ${op} ${formatRatio(t.bp)}`;
  }
}
