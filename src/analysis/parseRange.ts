import { UserError, userErrorsOf } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { outputWords } from '../i18n/outputWords';
import { userErrorText } from '../i18n/userErrorText';
import { formatMoney, formatRatio } from '../i18n/formatMoney';
import { parseAmount } from '../money/parseAmount';
import { parseRatio } from '../money/parseRatio';
import { variableUnit, type Variable } from './applyVariable';

/**
 * A value of a variable as typed: an amount (`2.5亿`, `800万元`, `500000`) for pool and cap, in fen; a ratio
 * (`80%`, `0.8`) for ratio, in basis points.
 * @throws UserError from parseAmount or parseRatio
 * @example parseVariableValue('cap', '800万') // 800_000_000
 */
export function parseVariableValue(variable: Variable, text: string): number {
  return variableUnit(variable) === 'bp' ? parseRatio(text) : parseAmount(text);
}

/** A value of a variable for people: `2.5亿元` / `250,000,000 yuan`, or `80%`. */
export function formatVariableValue(variable: Variable, value: number, lang: 'zh' | 'en'): string {
  return variableUnit(variable) === 'bp' ? formatRatio(value) : formatMoney(value, lang, { compact: true, digits: 4 });
}

/**
 * A range `from..to` of a variable (also `from–to`, `from~to`), from < to.
 * @throws UserError `range.unreadable` or `range.reversed`
 * @example parseRange('pool', '1亿..10亿') // [10_000_000_000, 100_000_000_000]
 */
export function parseRange(variable: Variable, text: string): [number, number] {
  const m = /^\s*(.+?)\s*(?:\.\.|~|–|—)\s*(.+?)\s*$/.exec(text.normalize('NFKC'));
  if (!m || m[2]!.startsWith('.')) throw new UserError('range.unreadable', messages.rangeUnreadable(text));
  let from: number;
  let to: number;
  try {
    from = parseVariableValue(variable, m[1]!);
    to = parseVariableValue(variable, m[2]!);
  } catch (e) {
    const errs = userErrorsOf(e);
    if (!errs) throw e;
    throw new UserError('range.unreadable', { zh: `${messages.rangeUnreadable(text).zh}${outputWords.bracketed(userErrorText(errs[0]!).zh).zh}`, en: `${messages.rangeUnreadable(text).en}${outputWords.bracketed(userErrorText(errs[0]!).en).en}` });
  }
  if (!(to > from)) throw new UserError('range.reversed', messages.rangeReversed(m[1]!, m[2]!));
  return [from, to];
}
