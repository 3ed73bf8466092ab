import { z } from 'zod';
import { UserError } from '../errors/UserError';
import { userErrorText } from '../i18n/userErrorText';

/** What a custom zod issue raised from a `UserError` carries, so `loadYaml` can keep its code, params and words. */
export interface UserIssueParams {
  userError: UserError;
  /** Place the error at the key that ends `path` rather than at its value (a bad map key). */
  atKey?: boolean;
}

/**
 * Adds `error` to a zod refinement context as a custom issue (at `path`, relative to the value being
 * refined), keeping the error (its code, params and words) for `loadYaml`; `atKey` places it at the map key that
 * ends `path` (for a bad key) instead of at the key's value.
 */
export function addUserIssue(ctx: z.core.$RefinementCtx, error: UserError, path: PropertyKey[] = [], opts: { atKey?: boolean } = {}): void {
  const params: UserIssueParams = { userError: error, ...(opts.atKey ? { atKey: true } : {}) };
  ctx.addIssue({ code: 'custom', message: userErrorText(error).en, path, params });
}

/**
 * A zod schema that reads its input with one of quansim's parsers (parseAmount, parseRatio, parseDay...).
 * The parser's `UserError` becomes the issue, so its wording reaches the user with the file, line and
 * field added by `loadYaml`; the input side stays `input` for the JSON Schema.
 *
 * @example userValue(z.union([z.string(), z.number()]), parseAmount) // '800万元' → 800_000_000
 */
export function userValue<I extends z.ZodType, O>(input: I, parse: (v: z.output<I>) => O) {
  return input.transform((v, ctx): O => {
    try {
      return parse(v);
    } catch (e) {
      if (e instanceof UserError) {
        addUserIssue(ctx, e);
        return z.NEVER;
      }
      throw e;
    }
  });
}
