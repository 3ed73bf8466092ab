import { UserError } from './UserError';

/**
 * The user errors the base (money, time) throws: each code with the names of the params it carries. The base
 * throws codes and values, no words; the catalogue `i18n/baseErrors` gives each code its words in both languages,
 * and `test/i18n/baseErrors.test.ts` checks that every code here has them, filled by these params.
 */
export const BASE_ERROR_PARAMS = {
  'amount.empty': [],
  'amount.negative': ['input'],
  'amount.unreadable': ['input'],
  'amount.subfen': ['input'],
  'amount.too-large': ['input'],
  'amount.not-digits': ['input', 'char'],
  'ratio.empty': [],
  'ratio.unreadable': ['input'],
  'ratio.negative': ['input'],
  'ratio.above-100': ['input'],
  'ratio.sub-bp': ['input'],
  'date.unreadable': ['input'],
  'date.out-of-range': ['input'],
} as const satisfies Record<string, readonly string[]>;

/** A code the base throws. */
export type BaseErrorCode = keyof typeof BASE_ERROR_PARAMS;

/** The params of a base code: the value the user gave (`input`), as given, and what else its words name. */
export type BaseErrorParams<C extends BaseErrorCode> = { readonly [K in (typeof BASE_ERROR_PARAMS)[C][number]]: string | number };

/** Whether `code` is one the base throws (and the catalogue renders). */
export function isBaseErrorCode(code: string): code is BaseErrorCode {
  return Object.hasOwn(BASE_ERROR_PARAMS, code);
}

/**
 * A user error of the base: a code and its params, no words.
 * @example throw baseError('amount.negative', { input: '-5万' })
 */
export function baseError<C extends BaseErrorCode>(code: C, params: BaseErrorParams<C>): UserError {
  return new UserError(code, null, {}, params);
}
