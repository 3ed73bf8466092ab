/**
 * SVG → PNG in Node, with resvg (@resvg/resvg-js: a prebuilt renderer inside its npm package, no browser). The
 * text is drawn with the shipped Noto Sans SC only (system fonts off), so a chart looks the same on every machine
 * and Chinese never falls back to boxes.
 *
 * Fonts: resvg chooses a face by family and weight, but fills in a missing glyph from the first loaded face that
 * has it, whatever its weight. So each weight's main font is the package's `chinese-simplified` file (ASCII, CJK
 * punctuation and about 7,900 characters: bold text finds its glyphs in the bold font), and the small slices are
 * added only for characters it lacks. resvg reads no WOFF: the build converts the files to TrueType, into quansim's
 * own dist/fonts (convertedFonts.ts); nothing is converted, cached or read from a temporary folder here.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { convertedFont } from './convertedFonts';
import { sfntAdvances } from './fontAdvances';
import { FONT_WEIGHTS, simplifiedChineseFile, sliceFile, slicesFor, type FontWeight } from './notoSansSc';
import { sfntFamilyName } from './sfntFamilyName';

export interface PngOptions {
  /** Pixels per SVG pixel; 2 by default, sharp on slides and high-density screens. */
  scale?: number;
}

/**
 * @throws Error when resvg cannot read the SVG
 * @example svgToPng(await renderSvg(spec)).subarray(1, 4).toString() // 'PNG'
 */
export function svgToPng(svg: string, opts: PngOptions = {}): Buffer {
  const fonts = fontsFor(svg);
  const r = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: fonts.files,
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
      serifFamily: fonts.family,
      monospaceFamily: fonts.family,
    },
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    background: 'white',
    logLevel: 'off',
  });
  return r.render().asPng();
}

let main: { family: string; files: string[]; covers: ReadonlyMap<number, number> } | null = null;

/**
 * The TrueType files that draw `text` and the family to ask for: the main font in both weights, then the slices
 * of the characters it lacks.
 */
export function fontsFor(text: string): { family: string; files: string[] } {
  if (!main) {
    const files = FONT_WEIGHTS.map((w) => convertedFont(simplifiedChineseFile(w, 'woff')));
    const regular = readFileSync(files[0]!);
    main = { family: sfntFamilyName(regular), files, covers: sfntAdvances(regular) };
  }
  const m = main;
  const missing = [...new Set(text)].filter((c) => c.codePointAt(0)! > 0x20 && !m.covers.has(c.codePointAt(0)!)).join('');
  const extra = missing ? slicesFor(missing).filter((s) => s.name !== 'latin') : [];
  return { family: m.family, files: [...m.files, ...extra.flatMap((s) => FONT_WEIGHTS.map((w: FontWeight) => convertedFont(sliceFile(s, w, 'woff'))))] };
}
