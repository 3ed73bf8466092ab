/**
 * The words of the figures for people (src/figures): the units of money and of differences of shares, and the form
 * of a day of the month. Which unit, and the digits, stay in src/figures.
 */
import type { Bilingual } from './Bilingual';

export const figureWords = {
  /** The larger unit of an amount: 亿元 (10⁸ yuan) / billion yuan (10⁹), after the digits. */
  unitLarge: { zh: '亿元', en: ' billion yuan' },
  /** The middle unit of an amount: 万元 (10⁴ yuan) / million yuan (10⁶), after the digits. */
  unitMiddle: { zh: '万元', en: ' million yuan' },
  /** An amount below the middle unit, after the digits. */
  unitYuan: { zh: '元', en: ' yuan' },
  /** The unit of the text tables' money columns (a header names it): 万元 / million yuan. */
  reportUnit: { zh: '万元', en: 'million yuan' },
  /** After a difference of shares: `+1.5个百分点` / `+1.5 pp`. */
  percentagePoints: { zh: '个百分点', en: ' pp' },
  /** A day of a month, the year left out: `11月14日` / `14 Nov`; `month` is headlineWords' monthName. */
  dayOfMonth: (month: Bilingual, day: string): Bilingual => ({ zh: `${month.zh}${day}日`, en: `${day} ${month.en}` }),
};
