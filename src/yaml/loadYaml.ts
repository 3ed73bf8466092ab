import type { z } from 'zod';
import { UserErrors } from '../errors/UserError';
import { parseYaml } from './parseYaml';
import { zodIssueErrors } from './zodIssueErrors';

/**
 * Reads a YAML text and validates it against a zod schema, reporting every problem of the file at once.
 *
 *   text ──parseYaml──▶ syntax errors, duplicate keys (with line:column)
 *        ──zod──▶ issues ──zodIssueErrors──▶ each at its node's line:column and dotted field path
 *
 * Duplicate keys alone do not stop validation; other syntax errors do, as the structure is unreliable.
 * Browser-safe (no Node imports): the page uses it as the CLI does.
 *
 * @param text the YAML source
 * @param file the name shown in messages
 * @param schema the zod schema (strict objects: unknown keys are errors)
 * @returns the schema's output (parsed amounts in fen, ratios in bp, days)
 * @throws UserErrors listing every problem, sorted by line and column
 */
export function loadYaml<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  const parsed = parseYaml(text, file);
  const errors = [...parsed.errors];
  if (!parsed.fatal) {
    const result = schema.safeParse(parsed.value, { reportInput: true });
    if (result.success && errors.length === 0) return result.data;
    if (!result.success) errors.push(...zodIssueErrors(result.error.issues, parsed));
  }
  errors.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0) || (a.where.column ?? 0) - (b.where.column ?? 0));
  throw new UserErrors(errors);
}
