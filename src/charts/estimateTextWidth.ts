/**
 * How wide a line of chart text is, without a font to measure it: Chinese characters (and other wide ones:
 * fullwidth punctuation, kana, hangul) take about 1 em, everything else about 0.55 em, a little more than the
 * average Latin letter, digit or space of Helvetica/Arial and of the Latin glyphs of Noto Sans CJK (≈ 0.5 em), so
 * a line measured to fit does fit. The chart builders wrap subtitles and axis labels with it, and renderSvg gives it
 * to Vega in place of Vega's own estimate (0.8 em for every character, twice too wide for Latin text), so a
 * picture laid out in Node has the widths a browser gives it.
 */
import { textWidth } from '../figures/textWidth';

/** Width of a wide (CJK) character, in em. */
export const WIDE_EM = 1;
/** Width of any other character, in em. */
export const NARROW_EM = 0.55;

/**
 * Estimated width of `text` in pixels at `fontSize` pixels.
 * @example estimateTextWidth('Share of runs', 10) // 71.5 (13 characters × 0.55 × 10)
 * @example estimateTextWidth('资金池', 12) // 36
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += textWidth(ch) === 2 ? WIDE_EM : NARROW_EM;
  return em * fontSize;
}
