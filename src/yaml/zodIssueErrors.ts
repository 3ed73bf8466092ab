import type { z } from 'zod';
import { UserError, type Location } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import type { ParsedYaml } from './parseYaml';
import { allowedKeysOf } from './strictObject';
import type { UserIssueParams } from './userValue';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues for a YAML value into user errors placed at their line, column and field.
 * Union failures are narrowed to the branch the value was evidently meant for (the one that did not
 * fail on the value's type), so `from: 2024-13-01` reports the bad date, not "expected an object".
 */
export function zodIssueErrors(issues: readonly Issue[], parsed: ParsedYaml): UserError[] {
  const out: UserError[] = [];
  for (const issue of issues) collect(issue, [], parsed, out);
  return out;
}

/** The error raised inside a schema, at the place of its value in the file (the place replaces any it had). */
const placed = (e: UserError, where: Location): UserError => new UserError(e.code, e.words, where, e.params);

function collect(issue: Issue, prefix: PropertyKey[], parsed: ParsedYaml, out: UserError[]): void {
  const path = [...prefix, ...issue.path];
  const value = valueAt(parsed.value, path);
  const place = (code: string, text: Bilingual, atKey?: string): void => {
    out.push(new UserError(code, text, atKey === undefined ? parsed.locate(path) : parsed.locate(path, atKey)));
  };
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as Partial<UserIssueParams> | undefined;
      if (params?.userError && params.atKey && path.length > 0) {
        out.push(placed(params.userError, parsed.locate(path.slice(0, -1), String(path[path.length - 1]))));
      } else if (params?.userError) out.push(placed(params.userError, parsed.locate(path)));
      else place('yaml.invalid', messages.fieldInvalid(issue.message));
      return;
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeysOf(issue.message) ?? [];
      for (const key of issue.keys) place('yaml.unknown-key', messages.fieldUnknownKey(key, allowed), key);
      return;
    }
    case 'invalid_type':
      if (value === undefined) place('yaml.missing', messages.fieldMissing());
      else if (value === null) place('yaml.empty', messages.fieldEmpty(messages.yamlTypeName(issue.expected)));
      else place('yaml.type', messages.fieldWrongType(messages.yamlTypeName(issue.expected), messages.yamlTypeName(kindOf(value)), value));
      return;
    case 'invalid_value':
      if (value === undefined) place('yaml.missing', messages.fieldMissing());
      else place('yaml.not-one-of', messages.fieldNotOneOf(value, issue.values));
      return;
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        if (value === undefined) place('yaml.missing', messages.fieldMissing());
        else place('yaml.not-one-of', messages.fieldNotOneOf(value, options));
        return;
      }
      const branches = issue.errors;
      const meant = branches.filter((b) => !b.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (meant.length > 0) {
        const best = meant.reduce((a, b) => (b.length < a.length ? b : a));
        for (const i of best) collect(i, path, parsed, out);
        return;
      }
      const expected = [...new Set(branches.flatMap((b) => b.map((i) => (i.code === 'invalid_type' ? i.expected : 'unknown'))))];
      const forms = expected.map((t) => messages.yamlTypeName(t));
      if (value === undefined) place('yaml.missing', messages.fieldMissing());
      else place('yaml.no-form', messages.fieldNoForm(forms, value));
      return;
    }
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      out.push(new UserError('yaml.invalid-key', messages.idInvalid(key), parsed.locate(path.slice(0, -1), key)));
      return;
    }
    case 'too_small':
      if (issue.origin === 'string') place('yaml.empty', messages.textEmpty());
      else if (issue.origin === 'number' || issue.origin === 'int') place('yaml.too-small', messages.numberTooSmall(value, Number(issue.minimum), issue.inclusive !== false));
      else place('yaml.too-few', messages.fieldTooFew(Number(issue.minimum)));
      return;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') place('yaml.too-large', messages.numberTooLarge(value, Number(issue.maximum), issue.inclusive !== false));
      else place('yaml.invalid', messages.fieldInvalid(issue.message));
      return;
    default:
      place('yaml.invalid', messages.fieldInvalid(issue.message));
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
