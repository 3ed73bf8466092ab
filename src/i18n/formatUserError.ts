import type { Lang } from './Bilingual';
import type { UserError } from '../errors/UserError';
import { userErrorText } from './userErrorText';

/** One line for a person: `file:line:column: field: message`, omitting what is not known. */
export function formatUserError(e: UserError, lang: Lang = 'en'): string {
  const { file, line, column, field } = e.where;
  let place = '';
  if (file) place += file;
  if (line !== undefined) place += `${place ? ':' : (lang === 'zh' ? '第' : 'line ')}${line}${place ? '' : (lang === 'zh' ? '行' : '')}`;
  if (line !== undefined && column !== undefined) place += `:${column}`;
  const fieldPart = field ? `${field}: ` : '';
  return `${place ? `${place}: ` : ''}${fieldPart}${userErrorText(e)[lang]}`;
}
