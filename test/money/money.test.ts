import { formatMoney, formatRatio } from '../../src/i18n/formatMoney';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateSplit, applyRatio, MAX_FEN, parseAmount, parseRatio,
} from '../../src/money';
import { UserError } from '../../src/errors/UserError';
import { userErrorText } from '../../src/i18n/userErrorText';

function userErrorOf(f: () => unknown): UserError {
  try { f(); } catch (e) { if (e instanceof UserError) return e; throw e; }
  throw new Error('expected a UserError');
}

describe('parseAmount', () => {
  it.each([
    ['2.5亿元', 25_000_000_000], // 000 （三） pool
    ['800万元', 800_000_000], // 000 （三） cap
    ['50万', 50_000_000],
    ['1.5亿', 15_000_000_000],
    ['500000', 50_000_000],
    ['500000.50', 50_000_050],
    ['1,000,000', 100_000_000],
    ['¥500000', 50_000_000],
    ['0.29亿', 2_900_000_000],
    ['５０万', 50_000_000], // full-width digits
    [500000, 50_000_000],
    [500000.5, 50_000_050],
  ] as const)('%s → %i fen', (input, fen) => {
    expect(parseAmount(input)).toBe(fen);
  });

  it.each([
    ['', 'amount.empty'],
    ['-5万', 'amount.negative'],
    [-1, 'amount.negative'],
    ['5千', 'amount.unreadable'],
    ['1.2.3', 'amount.unreadable'],
    ['1,5', 'amount.unreadable'],
    ['800万万', 'amount.unreadable'],
    ['10.001', 'amount.subfen'],
    ['100亿', 'amount.too-large'],
  ] as const)('rejects %j (%s) quoting the input', (input, code) => {
    const e = userErrorOf(() => parseAmount(input));
    expect(e.code).toBe(code);
    if (input !== '') expect(userErrorText(e).en).toContain(JSON.stringify(String(input)));
  });
});

describe('parseRatio', () => {
  it.each([
    ['30%', 3000], ['0.3', 3000], [0.3, 3000], ['12.5%', 1250], ['100%', 10000], ['0%', 0], [0.29, 2900], ['0.29', 2900],
  ] as const)('%s → %i bp', (input, bp) => expect(parseRatio(input)).toBe(bp));

  it.each([
    ['', 'ratio.empty'], ['101%', 'ratio.above-100'], ['30', 'ratio.above-100'], [1.5, 'ratio.above-100'],
    ['-5%', 'ratio.negative'], ['30.001%', 'ratio.sub-bp'], ['thirty', 'ratio.unreadable'],
  ] as const)('rejects %j (%s)', (input, code) => expect(userErrorOf(() => parseRatio(input)).code).toBe(code));
});

describe('applyRatio', () => {
  it('is exact where a float ratio is not: 29% of 100 fen is 29 fen', () => {
    expect(Math.floor(100 * 0.29)).toBe(28); // the trap
    expect(applyRatio(100, parseRatio('29%'))).toBe(29);
  });

  it('equals floor(basis × bp / 10000) computed with BigInt, up to MAX_FEN', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_FEN }), fc.integer({ min: 0, max: 10_000 }), (basis, bp) => {
      const exact = (BigInt(basis) * BigInt(bp)) / 10_000n;
      expect(BigInt(applyRatio(basis, bp))).toBe(exact);
    }));
  });
});

describe('allocateSplit', () => {
  it('hands out the remainder in the order given', () => {
    expect(allocateSplit(101, [5000, 5000])).toEqual([51, 50]);
    expect(allocateSplit(100, [3333, 3333, 3334])).toEqual([34, 33, 33]);
    expect(allocateSplit(7, [0, 10000, 0])).toEqual([0, 7, 0]);
  });

  it('conserves the total to the fen and keeps every share within one fen of its exact value', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1e11 }),
      fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 }).filter((w) => w.some((x) => x > 0)),
      (total, weights) => {
        const shares = allocateSplit(total, weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = weights.reduce((a, b) => a + b, 0);
        shares.forEach((s, i) => {
          const exact = (total * weights[i]!) / sum;
          expect(Math.abs(s - exact)).toBeLessThan(1 + 1e-6);
          if (weights[i] === 0) expect(s).toBe(0);
        });
      },
    ));
  });
});

describe('formatMoney', () => {
  it('writes 万元/亿元 in Chinese and yuan with separators in English', () => {
    expect(formatMoney(25_000_000_000, 'zh')).toBe('2.5亿元');
    expect(formatMoney(800_000_000, 'zh')).toBe('800万元');
    expect(formatMoney(500_000, 'zh')).toBe('5,000元');
    expect(formatMoney(25_000_000_000, 'en')).toBe('250,000,000 yuan');
    expect(formatMoney(50_000_050, 'en')).toBe('500,000.50 yuan');
    expect(formatMoney(850_000_000, 'en', { compact: true })).toBe('8.5 million yuan');
    expect(formatRatio(1250)).toBe('12.5%');
  });

  it('round-trips through parseAmount in Chinese when no rounding is needed', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Math.floor(MAX_FEN / 100) }), (n) => {
      const fen = n * 100; // whole yuan
      expect(parseAmount(formatMoney(fen, 'zh', { digits: 8 }))).toBe(fen);
    }));
  });
});
