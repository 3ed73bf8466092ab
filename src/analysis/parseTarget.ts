import { UserError, userErrorsOf } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { parseRatio } from '../money/parseRatio';
import type { Comparison, MonthDay, Target } from './Target';

const OP = '(<=|>=|<|>|≤|≥|=<|=>)';
/** The figures, in English and in Chinese; each regex captures [date?] op value. */
const EXHAUSTED = [
  new RegExp(`^p\\s*\\(\\s*(?:exhausted|exhaustion|runs?\\s+out|ran\\s+out)\\s+(?:before|by)\\s+([^)\\s]+)\\s*\\)\\s*${OP}\\s*(.+)$`, 'i'),
  new RegExp(`^p\\s*\\(\\s*([^)\\s]+?)\\s*(?:前|之前)?用完\\s*\\)\\s*${OP}\\s*(.+)$`, 'i'),
];
const MEDIAN = [new RegExp(`^median\\s+exhaustion(?:\\s+date)?\\s*${OP}\\s*(.+)$`, 'i'), new RegExp(`^用完日期中位数\\s*${OP}\\s*(.+)$`)];
const UNMET = [new RegExp(`^unmet\\s+share\\s*${OP}\\s*(.+)$`, 'i'), new RegExp(`^未满足(?:需求)?(?:占比|比例)\\s*${OP}\\s*(.+)$`)];

/**
 * Parses a target of `quansim solve` (and of the page's form). The grammar, case and spacing free:
 *
 *   target  = figure op value
 *   figure  = "P(exhausted before MM-DD)" | "P(exhausted by MM-DD)" | "median exhaustion" | "unmet share"
 *             (also "P(runs out by MM-DD)", "median exhaustion date"; in Chinese "P(MM-DD前用完)", "用完日期中位数",
 *             "未满足比例")
 *   op      = "<=" | "<" | ">=" | ">" | "≤" | "≥"
 *   value   = a share ("10%" or "0.1") for P(…) and unmet share; a date MM-DD for the median
 *
 * "before MM-DD" and "by MM-DD" both mean on or before that day (by its end), as summary.json's
 * probabilityByYearEnd counts a pool that runs out on 31 December.
 *
 * @throws UserError (`target.unreadable`, `target.date`, `target.value`) saying what would be valid
 * @example parseTarget('P(exhausted before 12-31) <= 10%') // {figure: 'exhausted', by: {month: 12, day: 31}, op: '<=', bp: 1000}
 */
export function parseTarget(input: string): Target {
  const text = input.normalize('NFKC').trim().replace(/\s+/g, ' ');
  for (const re of EXHAUSTED) {
    const m = re.exec(text);
    if (m) return { figure: 'exhausted', by: parseMonthDay(m[1]!), op: op(m[2]!), bp: share(m[3]!, 'P(exhausted …)') };
  }
  for (const re of MEDIAN) {
    const m = re.exec(text);
    if (m) {
      const v = m[2]!.trim();
      if (!/^\d{1,2}-\d{1,2}$/.test(v)) throw new UserError('target.value', messages.targetValue('median exhaustion', v, 'date'));
      return { figure: 'medianExhaustion', op: op(m[1]!), date: parseMonthDay(v) };
    }
  }
  for (const re of UNMET) {
    const m = re.exec(text);
    if (m) return { figure: 'unmetShare', op: op(m[1]!), bp: share(m[2]!, 'unmet share') };
  }
  throw new UserError('target.unreadable', messages.targetUnreadable(input));
}

function op(s: string): Comparison {
  if (s === '≤' || s === '=<') return '<=';
  if (s === '≥' || s === '=>') return '>=';
  return s as Comparison;
}

/**
 * A month and day `MM-DD` (or `M-D`; a leading year is ignored), as in targets.
 * @throws UserError `target.date` when it is not a real day (02-29 is accepted: see dayOfYearOf)
 * @example parseMonthDay('11-30') // {month: 11, day: 30}
 */
export function parseMonthDay(s: string): MonthDay {
  const m = /^(?:\d{4}-)?(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  const month = m ? Number(m[1]) : NaN;
  const day = m ? Number(m[2]) : NaN;
  // Checked in a leap year so that 02-29 is accepted (see dayOfYearOf).
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
  if (!valid) throw new UserError('target.date', messages.targetDate(s));
  return { month, day };
}

function share(s: string, figure: string): number {
  const v = s.trim();
  if (/^\d{1,4}-\d{1,2}(-\d{1,2})?$/.test(v)) throw new UserError('target.value', messages.targetValue(figure, v, 'share'));
  try {
    return parseRatio(v);
  } catch (e) {
    if (!userErrorsOf(e)) throw e;
    throw new UserError('target.value', messages.targetValue(figure, v, 'share'));
  }
}
