/**
 * SVG → PNG in Node, with resvg (@resvg/resvg-js: a prebuilt renderer inside its npm package, no browser). The
 * text is drawn with the shipped Noto Sans SC only (system fonts off), so a chart looks the same on every machine
 * and Chinese never falls back to boxes: the slices the SVG's text needs are converted from WOFF to TrueType
 * once (resvg reads no WOFF) into a cache folder under the system's temporary directory.
 */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FONT_FAMILY, FONT_WEIGHTS, fontVersion, sliceFile, slicesFor } from './notoSansSc';
import { woffToSfnt } from './woffToSfnt';

export interface PngOptions {
  /** Pixels per SVG pixel; 2 by default, sharp on slides and high-density screens. */
  scale?: number;
}

/**
 * @throws Error when resvg cannot read the SVG
 * @example (await svgToPng(await renderSvg(spec))).subarray(1, 4).toString() // 'PNG'
 */
export function svgToPng(svg: string, opts: PngOptions = {}): Buffer {
  const r = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: fontFilesFor(svg),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    background: 'white',
    logLevel: 'off',
  });
  return r.render().asPng();
}

/** TrueType files of the slices that draw `text`, in both weights, converted on first use. */
export function fontFilesFor(text: string): string[] {
  const dir = join(tmpdir(), 'quansim-fonts', `noto-sans-sc-${fontVersion()}`);
  mkdirSync(dir, { recursive: true });
  return slicesFor(text).flatMap((slice) =>
    FONT_WEIGHTS.map((w) => {
      const path = join(dir, `${slice.name}-${w}.ttf`);
      if (!existsSync(path)) {
        // Write then rename, so a process running beside this one never reads half a file.
        const part = `${path}.${process.pid}.part`;
        writeFileSync(part, woffToSfnt(readFileSync(sliceFile(slice, w, 'woff'))));
        renameSync(part, path);
      }
      return path;
    }),
  );
}
