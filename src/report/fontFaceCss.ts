/**
 * @font-face rules that carry the shipped Noto Sans SC inside the HTML report as data: URLs: only the slices
 * the report's text needs (each declared with its unicode-range), regular for all the text and bold for the
 * text drawn bold. A report opened offline, on a machine without Chinese fonts, still draws every character;
 * a slice is 30–50 KB, and a Chinese report with its charts needs a few dozen.
 */
import { readFileSync } from 'node:fs';
import { FONT_FAMILY, sliceFile, slicesFor, type FontWeight } from './notoSansSc';

/**
 * @param regular all the text of the page (markup may be included: it is ASCII, which the latin slice covers)
 * @param bold the text drawn bold (headings, table headers, bold chart titles)
 */
export function fontFaceCss(regular: string, bold: string): string {
  const faces = (text: string, weight: FontWeight) =>
    slicesFor(text).map((slice) => {
      const data = readFileSync(sliceFile(slice, weight, 'woff2')).toString('base64');
      return `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${slice.unicodeRange};}`;
    });
  return [...faces(regular, 400), ...faces(bold, 700)].join('\n');
}
