import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UserErrors, type UserError } from '../../src/errors/UserError';
import { formatUserError } from '../../src/i18n/formatUserError';
import { parseAmount } from '../../src/money/parseAmount';
import { parseRatio } from '../../src/money/parseRatio';
import { parseDay } from '../../src/time/day';
import { fieldPath, loadYaml, parseYaml, strictObject, userValue } from '../../src/yaml';
import { userErrorText } from '../../src/i18n/userErrorText';

const amount = userValue(z.union([z.string(), z.number()]), parseAmount);
const ratio = userValue(z.union([z.string(), z.number()]), parseRatio);
const date = userValue(z.string(), parseDay);
const schema = strictObject({
  name: z.string(),
  kind: z.enum(['grant', 'topup']),
  items: z.array(strictObject({ value: ratio, cap: amount.optional(), from: z.union([date, strictObject({ option: z.string() })]) })),
});

function errorsOf(text: string): UserError[] {
  try {
    loadYaml(text, 'f.yaml', schema);
  } catch (e) {
    if (e instanceof UserErrors) return e.errors;
    throw e;
  }
  throw new Error('expected UserErrors');
}

describe('loadYaml', () => {
  it('returns the parsed value: amounts in fen, ratios in bp, days', () => {
    const v = loadYaml('name: a\nkind: grant\nitems:\n  - {value: 30%, cap: 800万元, from: 2024-08-19}\n  - {value: 0.2, from: {option: start}}\n', 'f.yaml', schema);
    expect(v).toEqual({
      name: 'a',
      kind: 'grant',
      items: [
        { value: 3000, cap: 800_000_000, from: parseDay('2024-08-19') },
        { value: 2000, from: { option: 'start' } },
      ],
    });
  });

  it('places a parser error at the value, with the parser\'s own message and code', () => {
    const [e, ...rest] = errorsOf('name: a\nkind: grant\nitems:\n  - value: 30%\n    from: 2024-08-19\n  - value: 130%\n    from: 2024-08-19\n');
    expect(rest).toEqual([]);
    expect(e!.code).toBe('ratio.above-100');
    expect(e!.where).toEqual({ file: 'f.yaml', line: 6, column: 12, field: 'items[1].value' });
    expect(formatUserError(e!)).toBe('f.yaml:6:12: items[1].value: ratio "130%" is above 100%: write a value from 0% to 100% (e.g. 30% or 0.3)');
  });

  it('reports an unknown key at the key itself, listing the keys allowed there', () => {
    const [e] = errorsOf('name: a\nkind: grant\nitems:\n  - value: 30%\n    from: 2024-08-19\n    valeu: 3\n');
    expect(e!.code).toBe('yaml.unknown-key');
    expect(e!.where).toMatchObject({ line: 6, column: 5, field: 'items[0].valeu' });
    expect(userErrorText(e!).en).toBe('unknown key "valeu": the keys allowed here are value, cap, from');
    expect(userErrorText(e!).zh).toContain('value、cap、from');
  });

  it('reports every problem of the file at once, sorted by line', () => {
    const errs = errorsOf('kind: loan\nitems:\n  - value: x\n    from: 2024-02-30\n    extra: 1\n');
    expect(errs.map((e) => [e.code, e.where.field, e.where.line])).toEqual([
      ['yaml.missing', 'name', 1],
      ['yaml.not-one-of', 'kind', 1],
      ['ratio.unreadable', 'items[0].value', 3],
      ['date.unreadable', 'items[0].from', 4],
      ['yaml.unknown-key', 'items[0].extra', 5],
    ]);
    expect(userErrorText(errs[1]!).en).toBe('value "loan" is not valid: use one of "grant", "topup"');
  });

  it('narrows a union to the branch the value was meant for', () => {
    const errs = errorsOf('name: a\nkind: grant\nitems:\n  - {value: 1%, from: {option: 3}}\n  - {value: 1%, from: true}\n');
    expect(errs.map((e) => [e.code, e.where.field])).toEqual([
      ['yaml.type', 'items[0].from.option'],
      ['yaml.no-form', 'items[1].from'],
    ]);
    expect(userErrorText(errs[0]!).en).toBe('expected text, got a number "3"');
    expect(userErrorText(errs[0]!).zh).toBe('应为文字，实际为数字 "3"');
    expect(userErrorText(errs[1]!).en).toBe('cannot read "true": expected one of these forms: text; a map (key: value)');
  });

  it('reports a duplicate key with its path and still validates the rest', () => {
    const errs = errorsOf('name: a\nkind: grant\nitems:\n  - value: 30%\n    value: 20%\n    from: 2024-08-19\n    cap: -1\n');
    expect(errs.map((e) => [e.code, e.where.field, e.where.line, e.where.column])).toEqual([
      ['yaml.duplicate-key', 'items[0].value', 5, 5],
      ['amount.negative', 'items[0].cap', 7, 10],
    ]);
  });

  it('stops after syntax errors, which hide the structure', () => {
    const errs = errorsOf('name: [a\nkind: 3\n');
    expect(errs.length).toBeGreaterThan(0);
    expect(errs.every((e) => e.code === 'yaml.syntax')).toBe(true);
    expect(errs[0]!.where.line).toBe(2);
  });

  it('says what is expected of an empty file', () => {
    const [e] = errorsOf('');
    expect(e!.code).toBe('yaml.empty');
    expect(userErrorText(e!).en).toBe('the value is empty: expected a map (key: value)');
  });
});

describe('parseYaml', () => {
  it('locates a key, a value and a missing field by its nearest parent', () => {
    const p = parseYaml('a:\n  b: 1\n  c:\n    - x\n', 'g.yaml');
    expect(p.locate(['a', 'b'])).toEqual({ file: 'g.yaml', line: 2, column: 6, field: 'a.b' });
    expect(p.locate(['a'], 'c')).toEqual({ file: 'g.yaml', line: 3, column: 3, field: 'a.c' });
    expect(p.locate(['a', 'c', 0])).toEqual({ file: 'g.yaml', line: 4, column: 7, field: 'a.c[0]' });
    expect(p.locate(['a', 'zz', 'y'])).toEqual({ file: 'g.yaml', line: 2, column: 3, field: 'a.zz.y' });
  });

  it('keeps ISO dates and percentages as text (YAML 1.2 core schema)', () => {
    expect(parseYaml('a: 2024-08-19\nb: 30%\nc: 0.3\n', 'g.yaml').value).toEqual({ a: '2024-08-19', b: '30%', c: 0.3 });
  });

  it('formats field paths with dots and indices', () => {
    expect(fieldPath(['schemes', 'compute', 'ratio', 1, 'value'])).toBe('schemes.compute.ratio[1].value');
    expect(fieldPath([])).toBe('');
  });
});
