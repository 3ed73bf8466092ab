import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatPercent, formatPoints, roundSignificant } from '../../src/figures';

// Expected values worked out by hand: round the yuan to three significant figures (half up on the magnitude),
// then write them in the largest unit they reach.
describe('roundSignificant', () => {
  it('keeps three significant figures, halves up', () => {
    expect(roundSignificant(20_522_824.85).toString()).toBe('20500000');
    expect(roundSignificant(0.012345).toString()).toBe('0.0123');
    expect(roundSignificant(1235).toString()).toBe('1240');
    expect(roundSignificant(-1235).toString()).toBe('-1240');
    expect(roundSignificant(999.5).toString()).toBe('1000');
  });
  it('refuses a nonsense number of figures', () => {
    expect(() => roundSignificant(1, 0)).toThrow(/significant digits/);
  });
});

describe('formatAmount', () => {
  it('reads the amounts of issue 14 in 万元/亿元 and million/billion yuan', () => {
    // 20,522,824.85 yuan → 20,500,000 → 2050万元, 20.5 million yuan
    expect(formatAmount(2_052_282_485, 'zh')).toBe('2050万元');
    expect(formatAmount(2_052_282_485, 'en')).toBe('20.5 million yuan');
    // 44,290,600 yuan → 44,300,000
    expect(formatAmount(4_429_060_000, 'zh')).toBe('4430万元');
    expect(formatAmount(4_429_060_000, 'en')).toBe('44.3 million yuan');
    // 189,250,000 yuan → 189,000,000 → 1.89亿元
    expect(formatAmount(18_925_000_000, 'zh')).toBe('1.89亿元');
    expect(formatAmount(18_925_000_000, 'en')).toBe('189 million yuan');
    // 2,339,700 yuan → 2,340,000 → 234万元
    expect(formatAmount(233_970_000, 'zh')).toBe('234万元');
    expect(formatAmount(233_970_000, 'en')).toBe('2.34 million yuan');
  });
  it('drops trailing zeros so round figures read round', () => {
    expect(formatAmount(25_000_000_000, 'zh')).toBe('2.5亿元');
    expect(formatAmount(25_000_000_000, 'en')).toBe('250 million yuan');
    expect(formatAmount(800_000_000, 'zh')).toBe('800万元');
    expect(formatAmount(800_000_000, 'en')).toBe('8 million yuan');
    expect(formatAmount(300_000_000_000, 'en')).toBe('3 billion yuan');
  });
  it('chooses the unit after rounding', () => {
    // 99,996,000 yuan → 100,000,000
    expect(formatAmount(9_999_600_000, 'zh')).toBe('1亿元');
    // 999,600 yuan → 1,000,000
    expect(formatAmount(99_960_000, 'en')).toBe('1 million yuan');
  });
  it('writes small amounts in yuan with separators', () => {
    expect(formatAmount(523_456, 'zh')).toBe('5230元');
    expect(formatAmount(52_345_600, 'en')).toBe('523,000 yuan');
    expect(formatAmount(12_345, 'en')).toBe('123 yuan');
    expect(formatAmount(1, 'en')).toBe('0.01 yuan');
    expect(formatAmount(0, 'zh')).toBe('0元');
    expect(formatAmount(1.5e15, 'zh')).toBe('150000亿元');
  });
  it('signs differences with + and −', () => {
    expect(formatAmount(-104_910_000, 'zh', { signed: true })).toBe('−105万元');
    expect(formatAmount(104_910_000, 'en', { signed: true })).toBe('+1.05 million yuan');
    expect(formatAmount(0, 'en', { signed: true })).toBe('+0 yuan');
    expect(formatAmount(-1_234_500, 'en')).toBe('−12,300 yuan');
    // a fractional fen (a mean) is rounded with the rest
    expect(formatAmount(-0.4, 'en', { signed: true })).toBe('−0.004 yuan');
  });
  it('never shows more than three significant figures', () => {
    for (let fen = 1; fen < 1e16; fen = Math.floor(fen * 7.3 + 13)) {
      for (const lang of ['zh', 'en'] as const) {
        const digits = formatAmount(fen, lang).replace(/[^0-9.]/g, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
        expect(digits.length, `${fen} ${lang}`).toBeLessThanOrEqual(3);
      }
    }
  });
  it('refuses what is not a number', () => {
    expect(() => formatAmount(Number.NaN, 'zh')).toThrow(/not finite/);
  });
});

describe('formatPercent', () => {
  it('whole percentages unless the error is below a point', () => {
    expect(formatPercent(0.371)).toBe('37%');
    expect(formatPercent(0.375)).toBe('38%');
    expect(formatPercent(0.998, { se: 0.0014 })).toBe('99.8%');
    expect(formatPercent(0.615, { se: 0.015 })).toBe('62%');
    expect(formatPercent(0.6154, { se: 0.009 })).toBe('61.5%');
  });
  it('never says 0% or 100% of a share that is neither', () => {
    expect(formatPercent(0.002)).toBe('<1%');
    expect(formatPercent(0.996)).toBe('>99%');
    expect(formatPercent(0.9996, { se: 0.0006 })).toBe('>99.9%');
    expect(formatPercent(0.0004, { se: 0.0006 })).toBe('<0.1%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(null)).toBe('—');
  });
  it('writes differences in percentage points', () => {
    expect(formatPoints(-0.0153, 'en')).toBe('−1.5 pp');
    expect(formatPoints(0.2, 'zh')).toBe('+20.0个百分点');
    expect(formatPoints(-0.00001, 'en')).toBe('+0.0 pp');
  });
});

describe('formatDate', () => {
  it('writes days as people do', () => {
    expect(formatDate('2025-11-14', 'zh')).toBe('11月14日');
    expect(formatDate('2025-11-14', 'en')).toBe('14 Nov');
    expect(formatDate('2024-01-01', 'en')).toBe('1 Jan');
  });
});
