/**
 * `npm run build` (part): the TrueType files the PNG renderer (src/report/svgToPng.ts) draws with, converted once
 * from the WOFF files of @fontsource/noto-sans-sc into dist/fonts/, so that nothing is converted, cached or read
 * from a temporary folder at run time. resvg reads no WOFF. Every weight's `chinese-simplified` file and every
 * numbered slice (for characters the first lacks) is converted; dist/fonts/fonts.json records the package version.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { woffToSfnt } from '../src/report/woffToSfnt';
import { fontSlices, fontVersion, simplifiedChineseFile, sliceFile, FONT_WEIGHTS } from '../src/report/notoSansSc';
import { convertedFontName } from '../src/report/convertedFonts';

const OUT = resolve(import.meta.dirname, '../dist/fonts');
const STAMP = join(OUT, 'fonts.json');

/**
 * Converts the fonts into dist/fonts, unless `ifStale` and they were converted from this version of the package.
 * @returns a line saying what it did
 */
export function buildFonts(ifStale = false): string {
  const stamp = `${JSON.stringify({ package: '@fontsource/noto-sans-sc', version: fontVersion() })}\n`;
  if (ifStale && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) return 'fonts: up to date in dist/fonts';
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let bytes = 0;
  const woffs = [
    ...FONT_WEIGHTS.map((w) => simplifiedChineseFile(w, 'woff')),
    ...fontSlices().filter((s) => s.name !== 'latin').flatMap((s) => FONT_WEIGHTS.map((w) => sliceFile(s, w, 'woff'))),
  ];
  for (const woff of woffs) {
    const ttf = woffToSfnt(readFileSync(woff));
    writeFileSync(join(OUT, convertedFontName(woff)), ttf);
    bytes += ttf.length;
  }
  writeFileSync(STAMP, stamp);
  return `fonts: ${readdirSync(OUT).length - 1} TrueType files, ${(bytes / 1048576).toFixed(1)} MiB, in dist/fonts`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) console.log(buildFonts());
