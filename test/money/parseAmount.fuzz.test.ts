import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/UserError';
import { formatMoney } from '../../src/i18n/formatMoney';
import { MAX_FEN, parseAmount } from '../../src/money';
import { userErrorText } from '../../src/i18n/userErrorText';

const CODES = ['amount.empty', 'amount.negative', 'amount.unreadable', 'amount.subfen', 'amount.too-large', 'amount.not-digits'];

function outcome(input: string | number): { fen: number } | UserError {
  try {
    return { fen: parseAmount(input) };
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e; // anything else is a bug: the property fails
  }
}

/** fen as yuan text with two decimals, by integer arithmetic. */
const yuanText = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

describe('parseAmount (fuzz)', () => {
  it('on any text or number returns a whole fen in [0, MAX_FEN] or a UserError that names the input in both languages', () => {
    const chars = fc.constantFrom(...'0123456789０１２３.,-−万亿元¥ yuanCNY²³¹①٣३e+'.split(''), '\u2028', '\u0000');
    const text = fc.oneof(fc.string(), fc.string({ unit: chars, maxLength: 14 }));
    const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e20, MAX_FEN / 100, (MAX_FEN + 1) / 100));
    fc.assert(fc.property(fc.oneof(text, num), (input) => {
      const r = outcome(input);
      if (r instanceof UserError) {
        expect(CODES).toContain(r.code);
        expect(userErrorText(r).zh.length).toBeGreaterThan(0);
        expect(userErrorText(r).en.length).toBeGreaterThan(0);
        if (r.code !== 'amount.empty') {
          const shown = JSON.stringify(Object.is(input, -0) ? '-0' : String(input));
          expect(userErrorText(r).en).toContain(shown);
          expect(userErrorText(r).zh).toContain(shown);
        }
      } else {
        expect(Number.isSafeInteger(r.fen)).toBe(true);
        expect(r.fen).toBeGreaterThanOrEqual(0);
        expect(r.fen).toBeLessThanOrEqual(MAX_FEN);
      }
    }), { numRuns: 3000 });
  });

  it('reads back every fen amount written as yuan, 万 or 亿, and as the page and reports format it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
      expect(parseAmount(yuanText(fen))).toBe(fen);
      expect(parseAmount(`${yuanText(fen)}元`)).toBe(fen);
      if (fen % 1_000_000 === 0) expect(parseAmount(`${fen / 1_000_000}万`)).toBe(fen);
      const wan = `${Math.floor(fen / 1_000_000)}.${String(fen % 1_000_000).padStart(6, '0')}万`;
      expect(parseAmount(wan)).toBe(fen);
    }));
    expect(parseAmount(formatMoney(25_000_000_000, 'zh'))).toBe(25_000_000_000);
  });

  it('never reads a superscript or another script\'s digit as a digit', () => {
    const odd = fc.constantFrom('²', '³', '¹', '⁰', '①', '٣', '३', '๓', '߃', '𝟑', '₂');
    fc.assert(fc.property(fc.integer({ min: 0, max: 9_999 }), odd, fc.integer({ min: 0, max: 4 }), fc.constantFrom('', '万', '元'), (n, ch, at, unit) => {
      const digits = String(n);
      const k = Math.min(at, digits.length);
      const input = `${digits.slice(0, k)}${ch}${digits.slice(k)}${unit}`;
      const r = outcome(input);
      expect(r).toBeInstanceOf(UserError);
      expect((r as UserError).code).toBe('amount.not-digits');
      expect(userErrorText(r as UserError).en).toContain(`contains ${JSON.stringify(ch)}`);
    }));
  });
});

describe('parseAmount messages (issue 16)', () => {
  it.each([
    ['10²万', 'amount.not-digits', 'amount "10²万" contains "²" (U+00B2), which is not a plain digit 0–9: write amounts with 0–9 only, e.g. 800万元'],
    ['90.08亿', 'amount.too-large', 'amount "90.08亿" is too large: the largest amount quansim computes exactly is 9,007,199,254.74 yuan (about 90亿元)'],
    [1e20, 'amount.too-large', 'amount "100000000000000000000" is too large: the largest amount quansim computes exactly is 9,007,199,254.74 yuan (about 90亿元)'],
    ['0.001元', 'amount.subfen', 'amount "0.001元" has a part below one fen: the smallest unit is 0.01 yuan (one fen)'],
    [-0, 'amount.negative', 'amount must not be negative: "-0"'],
    ['-0', 'amount.negative', 'amount must not be negative: "-0"'],
  ] as const)('%j: %s', (input, code, en) => {
    const r = outcome(input) as UserError;
    expect(r.code).toBe(code);
    expect(userErrorText(r).en).toBe(en);
  });

  it('says the same in Chinese', () => {
    expect(userErrorText(outcome('10²万') as UserError).zh).toBe('金额 "10²万" 含有 "²"（U+00B2），它不是普通数字 0–9：请只用 0–9 书写金额，如 800万元');
    expect(userErrorText(outcome('90.08亿') as UserError).zh).toBe('金额 "90.08亿" 过大：quansim 能精确计算的金额最大为 90.072亿元（9007199254.74 元）');
    expect(userErrorText(outcome('0.001元') as UserError).zh).toBe('金额 "0.001元" 含有不足一分的部分：最小单位是 0.01 元（一分）');
  });
});
