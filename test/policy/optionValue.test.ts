import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/UserError';
import { optionAccepts, optionExample, OPTION_TYPES, parseOptionValue, parseSplit } from '../../src/policy/optionValue';
import { parseDay } from '../../src/time/day';
import { userErrorText } from '../../src/i18n/userErrorText';

const codeOf = (f: () => unknown): string => {
  try { f(); } catch (e) { if (e instanceof UserError) return e.code; throw e; }
  throw new Error('expected a UserError');
};

describe('parseOptionValue', () => {
  it.each([
    [{ type: 'choice', choices: ['a', 'b'] }, ' b ', { type: 'choice', value: 'b' }],
    [{ type: 'money' }, '2000万', { type: 'money', value: 2_000_000_000 }],
    [{ type: 'money-or-none' }, 'none', { type: 'money-or-none', value: null }],
    [{ type: 'money-or-none' }, '800万元', { type: 'money-or-none', value: 800_000_000 }],
    [{ type: 'ratio' }, '25%', { type: 'ratio', value: 2500 }],
    [{ type: 'split' }, 'city=50%,district=50%', { type: 'split', value: { province: 0, city: 5000, district: 5000 } }],
    [{ type: 'date' }, '2024-01-01', { type: 'date', value: parseDay('2024-01-01') }],
  ] as const)('%o reads %s', (def, text, value) => {
    expect(parseOptionValue(def, text)).toEqual(value);
  });

  it.each([
    [{ type: 'choice', choices: ['a'] }, 'c', 'option.not-a-choice'],
    [{ type: 'money' }, 'none', 'amount.unreadable'],
    [{ type: 'ratio' }, '101%', 'ratio.above-100'],
    [{ type: 'date' }, '2024-1-1', 'date.unreadable'],
    [{ type: 'split' }, 'city=50%', 'split.sum'],
    [{ type: 'split' }, 'city', 'split.unreadable'],
  ] as const)('%o refuses %s (%s)', (def, text, code) => {
    expect(codeOf(() => parseOptionValue(def, text))).toBe(code);
  });
});

describe('parseSplit', () => {
  it('accepts 市区 shares in any order, with = or :, full-width commas, and fractions', () => {
    expect(parseSplit('district: 0.25，city=75%')).toEqual({ province: 0, city: 7500, district: 2500 });
    expect(parseSplit('province=10%,city=20%,district=70%')).toEqual({ province: 1000, city: 2000, district: 7000 });
  });

  it('says what the shares add up to', () => {
    let e: unknown;
    try { parseSplit('city=50%,district=49.99%'); } catch (x) { e = x; }
    expect(userErrorText(e as UserError).en).toBe('the split "city=50%,district=49.99%" adds up to 99.99%; it must add up to 100%');
  });
});

describe('optionExample', () => {
  it('is a value its own type accepts, for every type', () => {
    for (const type of OPTION_TYPES) {
      const def = { type, choices: ['first', 'second'] };
      expect(() => parseOptionValue(def, optionExample(def)), type).not.toThrow();
      expect(optionAccepts(def).en.length, type).toBeGreaterThan(0);
    }
  });
});
