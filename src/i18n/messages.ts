/**
 * Every message a user can cause, in one place so that both languages can be reviewed together.
 * Each entry returns `{zh, en}` for its parameters. Keep entries short: what is wrong, the bad value,
 * and what would be valid.
 */
import type { Bilingual } from './Bilingual';

const q = (s: unknown): string => JSON.stringify(String(s));

export const messages = {
  amountEmpty: (): Bilingual => ({
    zh: '金额为空：请写如 800万元、2.5亿、500000 或 500000.50',
    en: 'amount is empty: write e.g. 800万元, 2.5亿, 500000 or 500000.50',
  }),
  amountNegative: (input: unknown): Bilingual => ({
    zh: `金额不能为负数：${q(input)}`,
    en: `amount must not be negative: ${q(input)}`,
  }),
  amountUnreadable: (input: unknown): Bilingual => ({
    zh: `无法读取金额 ${q(input)}：请写如 800万元、2.5亿元、50万、500000 或 500000.50（单位只能是 元、万、亿）`,
    en: `cannot read the amount ${q(input)}: write e.g. 800万元, 2.5亿元, 50万, 500000 or 500000.50 (units: 元, 万, 亿 only)`,
  }),
  amountSubFen: (input: unknown): Bilingual => ({
    zh: `金额 ${q(input)} 精确到了分以下：最小单位是 0.01 元`,
    en: `amount ${q(input)} is more precise than one fen (0.01 yuan)`,
  }),
  amountTooLarge: (input: unknown, max: string): Bilingual => ({
    zh: `金额 ${q(input)} 过大：最大为 ${max}`,
    en: `amount ${q(input)} is too large: at most ${max}`,
  }),
  ratioEmpty: (): Bilingual => ({
    zh: '比例为空：请写如 30% 或 0.3',
    en: 'ratio is empty: write e.g. 30% or 0.3',
  }),
  ratioUnreadable: (input: unknown): Bilingual => ({
    zh: `无法读取比例 ${q(input)}：请写如 30%、12.5% 或 0.3`,
    en: `cannot read the ratio ${q(input)}: write e.g. 30%, 12.5% or 0.3`,
  }),
  ratioNegative: (input: unknown): Bilingual => ({
    zh: `比例不能为负数：${q(input)}`,
    en: `ratio must not be negative: ${q(input)}`,
  }),
  ratioAbove100: (input: unknown): Bilingual => ({
    zh: `比例 ${q(input)} 超过 100%：请写 0% 到 100% 之间的值（如 30% 或 0.3）`,
    en: `ratio ${q(input)} is above 100%: write a value from 0% to 100% (e.g. 30% or 0.3)`,
  }),
  ratioSubBasisPoint: (input: unknown): Bilingual => ({
    zh: `比例 ${q(input)} 精确到了万分之一以下：最小单位是 0.01%`,
    en: `ratio ${q(input)} is more precise than one basis point (0.01%)`,
  }),
  dateUnreadable: (input: unknown): Bilingual => ({
    zh: `无法读取日期 ${q(input)}：请写 YYYY-MM-DD，如 2025-03-01`,
    en: `cannot read the date ${q(input)}: write YYYY-MM-DD, e.g. 2025-03-01`,
  }),
  dateOutOfRange: (input: unknown): Bilingual => ({
    zh: `日期 ${q(input)} 超出范围：须在 2000-01-01 到 2099-12-31 之间`,
    en: `date ${q(input)} is out of range: it must lie between 2000-01-01 and 2099-12-31`,
  }),
} as const;
