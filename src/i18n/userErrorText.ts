import type { Bilingual } from './Bilingual';
import { isBaseErrorCode } from '../errors/baseError';
import type { UserError } from '../errors/UserError';
import { baseErrors } from './baseErrors';

/**
 * The text of a user error in both languages: the words it was raised with (errors above the base), or its code
 * rendered with its params by the catalogue `baseErrors` (errors of money and time, which carry no words).
 * Every place that shows a user error reads it here (or through `formatUserError`).
 *
 * @throws Error (a bug) when the error has neither words nor a base code
 * @example userErrorText(baseError('ratio.empty', {})).zh // '比例为空：请写如 30% 或 0.3'
 */
export function userErrorText(e: UserError): Bilingual {
  if (e.words) return e.words;
  if (isBaseErrorCode(e.code)) return (baseErrors[e.code] as (p: UserError['params']) => Bilingual)(e.params);
  throw new Error(`the user error ${e.code} has no words and no entry in i18n/baseErrors`);
}
