import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatUserError } from '../../src/i18n/formatUserError';
import { userErrorsOf, type UserError } from '../../src/errors/UserError';
import { loadPolicy } from '../../src/policy/loadPolicy';
import { loadPolicyFile } from '../../src/policy/loadPolicyFile';
import { resolveRules } from '../../src/policy/resolveRules';
import { userErrorText } from '../../src/i18n/userErrorText';

const dir = resolve(import.meta.dirname, '../fixtures/bad');

function errorsOf(f: () => unknown): UserError[] {
  try {
    f();
  } catch (e) {
    const errs = userErrorsOf(e);
    if (errs) return errs;
    throw e;
  }
  throw new Error('expected user errors');
}
const loadErrors = (name: string): UserError[] => errorsOf(() => loadPolicyFile(join(dir, `${name}.yaml`)));

/** [fixture, code, field, line, column, words of the message] — the messages documented in docs/policy-format.md. */
const cases: [string, string, string, number, number, string][] = [
  ['unknown-key', 'yaml.unknown-key', 'document.note', 9, 3, 'unknown key "note": the keys allowed here are id, source, title, level, status, inForce, stacking, notes'],
  ['duplicate-key', 'yaml.duplicate-key', 'document.level', 9, 3, 'key "level" appears twice'],
  ['ratio-130', 'ratio.above-100', 'schemes.compute.ratio[0].value', 28, 16, 'ratio "130%" is above 100%'],
  ['negative-amount', 'amount.negative', 'schemes.compute.pool[0].value', 48, 16, 'amount must not be negative: "-2.5亿元"'],
  ['dates-reversed', 'policy.dates-reversed', 'schemes.compute.ratio[0].to', 30, 13, 'the end date 2024-08-19 is before the start date 2027-12-31'],
  ['no-reference', 'policy.no-reference', 'schemes.compute.ratio[0].value', 28, 16, 'a value needs a reference'],
  ['unknown-document', 'policy.unknown-source', 'schemes.compute.reference.doc', 25, 22, 'the reference names "005_missing.txt", which is not a document listed in docs/sources.md: use one of hangzhou-2024'],
  ['undefined-option', 'policy.option-undefined', 'schemes.compute.cap[0].option', 36, 17, 'option "foundation-cap" is not defined under this file\'s options: the options defined are fm-cap'],
  ['option-wrong-type', 'policy.option-type', 'schemes.compute.funding.option', 54, 23, 'option "fm-cap" has type money-or-none; here it must be split'],
  ['bad-default', 'policy.bad-default', 'options.fm-cap.default', 16, 14, 'the default "lots" is not valid (cannot read the amount "lots"'],
];

describe('malformed policy files (test/fixtures/bad)', () => {
  it.each(cases)('%s: %s at %s', (name, code, field, line, column, words) => {
    const errs = loadErrors(name);
    expect(errs).toHaveLength(1);
    const [e] = errs;
    expect(e!.code).toBe(code);
    expect(e!.where).toEqual({ file: join(dir, `${name}.yaml`), line, column, field });
    expect(userErrorText(e!).en).toContain(words);
    expect(userErrorText(e!).zh.length).toBeGreaterThan(0);
    expect(userErrorText(e!).zh).not.toBe(userErrorText(e!).en);
  });

  it('a syntax error is placed at its line and stops validation', () => {
    const errs = loadErrors('syntax-error');
    expect(errs.length).toBeGreaterThan(0);
    expect(errs.every((e) => e.code === 'yaml.syntax')).toBe(true);
    expect(errs[0]!.where.line).toBe(7);
    expect(userErrorText(errs[0]!).en).toMatch(/^YAML syntax error \(BAD_INDENT\): Flow map/);
  });

  it('reports all the problems of one file at once, in line order', () => {
    const errs = loadErrors('many-errors');
    expect(errs.map((e) => `${e.where.line}:${e.where.column} ${e.where.field} ${e.code}`)).toEqual([
      '9:3 document.note yaml.unknown-key',
      '26:22 schemes.compute.reference.doc policy.unknown-source',
      '29:16 schemes.compute.ratio[0].value ratio.above-100',
      '49:9 schemes.compute.pool[0].unit yaml.missing',
      '49:16 schemes.compute.pool[0].value amount.negative',
    ]);
    expect(formatUserError(errs[3]!)).toBe(`${join(dir, 'many-errors.yaml')}:49:9: schemes.compute.pool[0].unit: required field is missing`);
  });

  it('a bad scheme id is reported at the key, and the problems inside it still are', () => {
    const text = readFileSync(join(dir, 'ratio-130.yaml'), 'utf8').replace('\n  compute:\n', '\n  Compute:\n');
    const errs = errorsOf(() => loadPolicy(text, 'k.yaml'));
    expect(errs.map((e) => [e.code, e.where.field, e.where.line, e.where.column])).toEqual([
      ['policy.bad-id', 'schemes.Compute', 21, 3],
      ['ratio.above-100', 'schemes.Compute.ratio[0].value', 28, 16],
    ]);
  });

  it('a file that loads can still miss a required option when resolved', () => {
    const doc = loadPolicyFile(join(dir, 'required-option.yaml'));
    const errs = errorsOf(() => resolveRules([doc]));
    expect(errs.map((e) => [e.code, e.where.field])).toEqual([['option.required', 'fixture.fm-cap']]);
    expect(userErrorText(errs[0]!).en).toContain('For example --option fixture.fm-cap=none');
    expect(resolveRules([doc], { options: { 'fixture.fm-cap': '2000万' } }).schemes[0]!.caps[0]!.value).toBe(2_000_000_000);
  });

  it('an unknown option key is an error that lists the valid keys', () => {
    const doc = loadPolicyFile(join(dir, 'required-option.yaml'));
    const errs = errorsOf(() => resolveRules([doc], { options: { 'fixture.fm-cap': 'none', 'fixture.fmcap': 'none' } }));
    expect(errs.map((e) => e.code)).toEqual(['option.unknown']);
    expect(userErrorText(errs[0]!).en).toBe('unknown option "fixture.fmcap": the options of the loaded files are fixture.fm-cap, stacking.cap-counting');
  });
});
