/** How the page writes Monte Carlo errors and amounts typed into the analyses' fields. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FEN } from '../../src/money/fen';
import { parseAmount } from '../../src/money/parseAmount';
import { amountInput, dateError, moneyError, shareError, variableInput } from '../../src/web/analysisFormat';

describe('amountInput', () => {
  it('writes 亿 and 万 when exact in Chinese, yuan with separators in English', () => {
    expect(amountInput(25_000_000_000, 'zh')).toBe('2.5亿');
    expect(amountInput(800_000_000, 'zh')).toBe('800万');
    expect(amountInput(1_000_000, 'zh')).toBe('1万');
    expect(amountInput(123_456_789, 'zh')).toBe('1234567.89');
    expect(amountInput(25_000_000_000, 'en')).toBe('250,000,000');
    expect(amountInput(5, 'en')).toBe('0.05');
    expect(variableInput('ratio', 8050, 'en')).toBe('80.5%');
  });

  it('is read back by parseAmount to the same fen, in both languages', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_FEN }), fc.constantFrom('zh' as const, 'en' as const), (fen, lang) => {
      expect(parseAmount(amountInput(fen, lang))).toBe(fen);
    }));
  });
});

describe('Monte Carlo errors', () => {
  it('writes a share\'s standard error in percentage points with its 95% interval', () => {
    expect(shareError({ se: 0.01534, lo: 0.5842, hi: 0.6451 }, 'en')).toEqual({ se: '± 1.5 pp', interval: '95%: 58%–65%' });
    expect(shareError({ se: 0.01534, lo: 0.5842, hi: 0.6451 }, 'zh')).toEqual({ se: '± 1.5 个百分点', interval: '95% 区间 58%–65%' });
    expect(shareError(undefined, 'en')).toBeNull();
  });

  it('writes a date\'s error in days and an open end as …', () => {
    const lo = { dayOfYear: 315, date: '2025-11-12' };
    expect(dateError({ se: 2.55, lo, hi: { dayOfYear: 325, date: '2025-11-22' } }, 'en')).toEqual({ se: '± 2.5 d', interval: '95%: 12 Nov–22 Nov' });
    expect(dateError({ se: null, lo, hi: null }, 'zh')).toEqual({ se: '模拟次数太少，无法给出误差', interval: '95% 区间 11月12日–…' });
  });

  it('writes money errors in the page\'s units', () => {
    const m = (fen: number) => ({ fen, yuan: (fen / 100).toFixed(2) });
    expect(moneyError({ se: m(51_307_000), lo: m(18_300_000_000), hi: m(20_300_000_000) }, 'zh')).toEqual({ se: '± 51.3万元', interval: '95% 区间 1.83亿元–2.03亿元' });
    expect(moneyError({ se: m(684_963_290), lo: m(17_928_240_760), hi: m(20_613_247_520) }, 'en')).toEqual({ se: '± 6.85 million yuan', interval: '95%: 179 million yuan–206 million yuan' });
  });
});
