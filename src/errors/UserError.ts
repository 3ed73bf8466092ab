import type { Bilingual } from '../i18n/Bilingual';

/** Where in an input a problem was found: file, 1-based line and column, and the dotted field path. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  field?: string;
}

/**
 * An error the user can cause and fix (bad amount, bad scenario, unknown option).
 * Bugs throw plain `Error`s; only `UserError`s are shown to people without a stack trace.
 * `text` holds the message in both languages; `where` says where it was found.
 */
export class UserError extends Error {
  readonly code: string;
  readonly text: Bilingual;
  readonly where: Location;

  constructor(code: string, text: Bilingual, where: Location = {}) {
    super(text.en);
    this.name = 'UserError';
    this.code = code;
    this.text = text;
    this.where = where;
  }

  /** A copy of this error placed at `where` (fields already set are kept unless overridden). */
  at(where: Location): UserError {
    return new UserError(this.code, this.text, { ...this.where, ...where });
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
