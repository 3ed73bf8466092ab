/**
 * The words of the errors the base throws (parseAmount, parseRatio, parseDay): each code of
 * `errors/baseError` rendered from its params in both languages. Money and time throw codes and values; the words
 * are here, above them, so that these catalogues may format money without money importing them.
 */
import type { Bilingual } from './Bilingual';
import type { BaseErrorCode, BaseErrorParams } from '../errors/baseError';
import { MAX_FEN } from '../money/fen';
import { formatMoney } from './formatMoney';
import { quoteValue as q } from './quoteValue';

/** MAX_FEN in yuan, by integer arithmetic. */
const MAX_YUAN_TEXT = `${Math.floor(MAX_FEN / 100)}.${String(MAX_FEN % 100).padStart(2, '0')}`;

/** `U+00B2` for `²`. */
const codePoint = (ch: string | number): string => `U+${String(ch).codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export const baseErrors: { readonly [C in BaseErrorCode]: (p: BaseErrorParams<C>) => Bilingual } = {
  'amount.empty': () => ({
    zh: '金额为空：请写如 800万元、2.5亿、500000 或 500000.50',
    en: 'amount is empty: write e.g. 800万元, 2.5亿, 500000 or 500000.50',
  }),
  'amount.negative': ({ input }) => ({
    zh: `金额不能为负数：${q(input)}`,
    en: `amount must not be negative: ${q(input)}`,
  }),
  'amount.unreadable': ({ input }) => ({
    zh: `无法读取金额 ${q(input)}：请写如 800万元、2.5亿元、50万、500000 或 500000.50（单位只能是 元、万、亿）`,
    en: `cannot read the amount ${q(input)}: write e.g. 800万元, 2.5亿元, 50万, 500000 or 500000.50 (units: 元, 万, 亿 only)`,
  }),
  'amount.subfen': ({ input }) => ({
    zh: `金额 ${q(input)} 含有不足一分的部分：最小单位是 0.01 元（一分）`,
    en: `amount ${q(input)} has a part below one fen: the smallest unit is 0.01 yuan (one fen)`,
  }),
  'amount.too-large': ({ input }) => ({
    zh: `金额 ${q(input)} 过大：quansim 能精确计算的金额最大为 ${formatMoney(MAX_FEN, 'zh')}（${MAX_YUAN_TEXT} 元）`,
    en: `amount ${q(input)} is too large: the largest amount quansim computes exactly is ${formatMoney(MAX_FEN, 'en')} (about 90亿元)`,
  }),
  'amount.not-digits': ({ input, char }) => ({
    zh: `金额 ${q(input)} 含有 ${q(char)}（${codePoint(char)}），它不是普通数字 0–9：请只用 0–9 书写金额，如 800万元`,
    en: `amount ${q(input)} contains ${q(char)} (${codePoint(char)}), which is not a plain digit 0–9: write amounts with 0–9 only, e.g. 800万元`,
  }),
  'ratio.empty': () => ({
    zh: '比例为空：请写如 30% 或 0.3',
    en: 'ratio is empty: write e.g. 30% or 0.3',
  }),
  'ratio.unreadable': ({ input }) => ({
    zh: `无法读取比例 ${q(input)}：请写如 30%、12.5% 或 0.3`,
    en: `cannot read the ratio ${q(input)}: write e.g. 30%, 12.5% or 0.3`,
  }),
  'ratio.negative': ({ input }) => ({
    zh: `比例不能为负数：${q(input)}`,
    en: `ratio must not be negative: ${q(input)}`,
  }),
  'ratio.above-100': ({ input }) => ({
    zh: `比例 ${q(input)} 超过 100%：请写 0% 到 100% 之间的值（如 30% 或 0.3）`,
    en: `ratio ${q(input)} is above 100%: write a value from 0% to 100% (e.g. 30% or 0.3)`,
  }),
  'ratio.sub-bp': ({ input }) => ({
    zh: `比例 ${q(input)} 精确到了万分之一以下：最小单位是 0.01%`,
    en: `ratio ${q(input)} is more precise than one basis point (0.01%)`,
  }),
  'date.unreadable': ({ input }) => ({
    zh: `无法读取日期 ${q(input)}：请写 YYYY-MM-DD，如 2025-03-01`,
    en: `cannot read the date ${q(input)}: write YYYY-MM-DD, e.g. 2025-03-01`,
  }),
  'date.out-of-range': ({ input }) => ({
    zh: `日期 ${q(input)} 超出范围：须在 2000-01-01 到 2099-12-31 之间`,
    en: `date ${q(input)} is out of range: it must lie between 2000-01-01 and 2099-12-31`,
  }),
};
