/**
 * The base (errors, money, time, random) throws codes and params, no words; the catalogue `i18n/baseErrors` words
 * them. Every code the base throws has words in both languages that name every param it carries, and a bad amount,
 * ratio or date still reads the sentence it read when money and time built their own messages (the sentences
 * below are written out, as users saw them before the move).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BASE_ERROR_PARAMS, baseError, isBaseErrorCode } from '../../src/errors/baseError';
import { UserError, UserErrors } from '../../src/errors/UserError';
import { baseErrors } from '../../src/i18n/baseErrors';
import { formatUserError } from '../../src/i18n/formatUserError';
import { userErrorText } from '../../src/i18n/userErrorText';
import { parseAmount } from '../../src/money/parseAmount';
import { parseRatio } from '../../src/money/parseRatio';
import { parseDay } from '../../src/time/day';
import { loadYaml, strictObject, userValue } from '../../src/yaml';

const SRC = resolve(import.meta.dirname, '../../src');
const CORE = ['errors', 'money', 'time', 'random'];

/** The .ts files of a folder of src/, with their text. */
const sources = (folder: string): Array<[string, string]> =>
  readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`${folder}/${f}`, readFileSync(join(SRC, folder, f), 'utf8')]);

function thrown(f: () => unknown): UserError {
  try { f(); } catch (e) { if (e instanceof UserError) return e; throw e; }
  throw new Error('expected a UserError');
}

describe('the codes the base throws', () => {
  const files = CORE.flatMap(sources);

  it('are codes of errors/baseError, thrown with no words: the core builds no UserError of its own', () => {
    const codes = new Set<string>();
    for (const [file, text] of files) {
      for (const m of text.matchAll(/baseError\('([\w.-]+)'/g)) codes.add(m[1]!);
      if (file !== 'errors/baseError.ts' && file !== 'errors/UserError.ts') expect(text, file).not.toMatch(/new UserError\(/);
      expect(text, file).not.toMatch(/from '\.\.\/(i18n|yaml|figures)\//);
    }
    expect([...codes].sort()).toEqual(Object.keys(BASE_ERROR_PARAMS).sort());
  });

  it('each have words in both languages, and the catalogue words no other code', () => {
    expect(Object.keys(baseErrors).sort()).toEqual(Object.keys(BASE_ERROR_PARAMS).sort());
  });

  it.each(Object.entries(BASE_ERROR_PARAMS))('%s: both languages name every param it carries', (code, names) => {
    const params = Object.fromEntries(names.map((n) => [n, `P${n}MARK`]));
    const text = userErrorText(new UserError(code, null, {}, params));
    expect(text.zh.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(text.zh).not.toBe(text.en);
    for (const n of names) {
      expect(text.zh, `${code} zh`).toContain(`P${n}MARK`);
      expect(text.en, `${code} en`).toContain(`P${n}MARK`);
    }
    expect(`${text.zh} ${text.en}`).not.toMatch(/undefined|\[object Object\]/);
  });
});

describe('a base error', () => {
  it('carries its code and params, no words; its message is the code and params, for developers', () => {
    const e = thrown(() => parseAmount('5千'));
    expect(e.code).toBe('amount.unreadable');
    expect(e.params).toEqual({ input: '5千' });
    expect(e.words).toBeNull();
    expect(e.message).toBe('amount.unreadable {"input":"5千"}');
    expect(isBaseErrorCode(e.code)).toBe(true);
  });

  it('keeps its code and params when placed in a file', () => {
    const e = baseError('ratio.negative', { input: '-5%' }).at({ file: 'a.yaml', line: 3 });
    expect([e.code, e.params, e.where]).toEqual(['ratio.negative', { input: '-5%' }, { file: 'a.yaml', line: 3 }]);
    expect(formatUserError(e, 'zh')).toBe('a.yaml:3: 比例不能为负数："-5%"');
  });

  it('raised above the base keeps the words it was raised with', () => {
    const words = { zh: '没有这个文件：x', en: 'No such file: x' };
    expect(userErrorText(new UserError('file.missing', words))).toBe(words);
    expect(new UserError('file.missing', words).message).toBe('No such file: x');
  });

  it('with neither words nor a base code is a bug, not a blank message', () => {
    expect(() => userErrorText(new UserError('nowhere.code', null))).toThrow(/nowhere\.code/);
  });
});

describe('the sentences users read are the ones they read before', () => {
  it.each([
    ['amount', () => parseAmount('5千'),
      '无法读取金额 "5千"：请写如 800万元、2.5亿元、50万、500000 或 500000.50（单位只能是 元、万、亿）',
      'cannot read the amount "5千": write e.g. 800万元, 2.5亿元, 50万, 500000 or 500000.50 (units: 元, 万, 亿 only)'],
    ['amount', () => parseAmount(''),
      '金额为空：请写如 800万元、2.5亿、500000 或 500000.50',
      'amount is empty: write e.g. 800万元, 2.5亿, 500000 or 500000.50'],
    ['amount', () => parseAmount(-0),
      '金额不能为负数："-0"',
      'amount must not be negative: "-0"'],
    ['amount', () => parseAmount('100亿'),
      '金额 "100亿" 过大：quansim 能精确计算的金额最大为 90.072亿元（9007199254.74 元）',
      'amount "100亿" is too large: the largest amount quansim computes exactly is 9,007,199,254.74 yuan (about 90亿元)'],
    ['amount', () => parseAmount('10²万'),
      '金额 "10²万" 含有 "²"（U+00B2），它不是普通数字 0–9：请只用 0–9 书写金额，如 800万元',
      'amount "10²万" contains "²" (U+00B2), which is not a plain digit 0–9: write amounts with 0–9 only, e.g. 800万元'],
    ['ratio', () => parseRatio('130%'),
      '比例 "130%" 超过 100%：请写 0% 到 100% 之间的值（如 30% 或 0.3）',
      'ratio "130%" is above 100%: write a value from 0% to 100% (e.g. 30% or 0.3)'],
    ['ratio', () => parseRatio('thirty'),
      '无法读取比例 "thirty"：请写如 30%、12.5% 或 0.3',
      'cannot read the ratio "thirty": write e.g. 30%, 12.5% or 0.3'],
    ['ratio', () => parseRatio('30.001%'),
      '比例 "30.001%" 精确到了万分之一以下：最小单位是 0.01%',
      'ratio "30.001%" is more precise than one basis point (0.01%)'],
    ['date', () => parseDay('2025-02-30'),
      '无法读取日期 "2025-02-30"：请写 YYYY-MM-DD，如 2025-03-01',
      'cannot read the date "2025-02-30": write YYYY-MM-DD, e.g. 2025-03-01'],
    ['date', () => parseDay('1999-12-31'),
      '日期 "1999-12-31" 超出范围：须在 2000-01-01 到 2099-12-31 之间',
      'date "1999-12-31" is out of range: it must lie between 2000-01-01 and 2099-12-31'],
  ] as const)('a bad %s: %s', (_what, f, zh, en) => {
    const e = thrown(f);
    expect(userErrorText(e)).toEqual({ zh, en });
    expect(formatUserError(e, 'zh')).toBe(zh);
    expect(formatUserError(e, 'en')).toBe(en);
  });

  it('in a file, with the place the value stands (through the YAML schema)', () => {
    const schema = strictObject({ pool: userValue(z.union([z.string(), z.number()]), parseAmount), from: userValue(z.string(), parseDay) });
    let errs: UserError[] = [];
    try { loadYaml('pool: 5千\nfrom: 2025-02-30\n', 's.yaml', schema); } catch (e) { if (e instanceof UserErrors) errs = e.errors; else throw e; }
    expect(errs.map((e) => formatUserError(e, 'zh'))).toEqual([
      's.yaml:1:7: pool: 无法读取金额 "5千"：请写如 800万元、2.5亿元、50万、500000 或 500000.50（单位只能是 元、万、亿）',
      's.yaml:2:7: from: 无法读取日期 "2025-02-30"：请写 YYYY-MM-DD，如 2025-03-01',
    ]);
    expect(errs.map((e) => [e.code, e.params])).toEqual([['amount.unreadable', { input: '5千' }], ['date.unreadable', { input: '2025-02-30' }]]);
  });
});
