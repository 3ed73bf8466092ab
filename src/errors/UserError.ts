import type { Bilingual } from './Bilingual';

/** Where in an input a problem was found: file, 1-based line and column, and the dotted field path. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  field?: string;
}

/** The values an error's words are filled with: plain text and numbers, never words. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * An error the user can cause and fix (bad amount, bad scenario, unknown option).
 * Bugs throw plain `Error`s; only `UserError`s are shown to people without a stack trace.
 *
 * `code` names the problem and `params` carry its values. An error raised above the base carries its `words`, built
 * where it was raised; one raised by the base (money, time: `baseError`) carries none, and the catalogue renders
 * its code with its params. Show either through `userErrorText` or `formatUserError` (src/i18n), never `words`.
 * `message` is the English text when the words are known, else the code and params (for developers).
 */
export class UserError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  /** The text in both languages, when it was built where the error was raised; null for a base error. */
  readonly words: Bilingual | null;
  readonly where: Location;

  constructor(code: string, words: Bilingual | null, where: Location = {}, params: ErrorParams = {}) {
    super(words ? words.en : `${code} ${JSON.stringify(params)}`);
    this.name = 'UserError';
    this.code = code;
    this.params = params;
    this.words = words;
    this.where = where;
  }

  /** A copy of this error placed at `where` (fields already set are kept unless overridden). */
  at(where: Location): UserError {
    return new UserError(this.code, this.words, { ...this.where, ...where }, this.params);
  }
}

/** Several user errors found in one input, reported together. */
export class UserErrors extends Error {
  readonly errors: UserError[];
  constructor(errors: UserError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'UserErrors';
    this.errors = errors;
  }
}

/** Flattens a thrown value into the list of user errors it carries, or null when it is a bug. */
export function userErrorsOf(e: unknown): UserError[] | null {
  if (e instanceof UserErrors) return e.errors;
  if (e instanceof UserError) return [e];
  return null;
}
