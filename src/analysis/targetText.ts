import { formatRatio } from '../i18n/formatMoney';
import type { MonthDay, Target } from './Target';

/**
 * A target written in the grammar of parseTarget, in its English form, so that a target chosen on the page can be
 * given to `quansim solve --target` and read back to the same target.
 *
 * @example targetText({ figure: 'exhausted', by: { month: 12, day: 31 }, op: '<=', bp: 1000 }) // 'P(exhausted before 12-31) <= 10%'
 */
export function targetText(t: Target): string {
  switch (t.figure) {
    case 'exhausted':
      return `P(exhausted before ${monthDay(t.by)}) ${t.op} ${formatRatio(t.bp)}`;
    case 'medianExhaustion':
      return `median exhaustion ${t.op} ${monthDay(t.date)}`;
    case 'unmetShare':
      return `unmet share ${t.op} ${formatRatio(t.bp)}`;
  }
}

function monthDay(md: MonthDay): string {
  return `${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
}
