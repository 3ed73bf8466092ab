/**
 * The Noto Sans SC font shipped with the project (npm package @fontsource/noto-sans-sc, SIL Open Font License),
 * as the slices it comes in: about a hundred files per weight, each covering a set of code points listed in the
 * package's unicode.json. A report embeds, and the PNG renderer loads, only the slices its text needs, so the
 * same font draws the charts on every machine (no system fonts) and the HTML stays small. Node only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One slice of the font: its name in the package and the code points it covers. */
export interface FontSlice {
  /** `latin`, `latin-ext`, or a number such as `119`. */
  name: string;
  /** The CSS unicode-range it covers, as the package writes it. */
  unicodeRange: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}

/** The weights a report draws with: regular text, and bold titles and headers. */
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** The family name the slices declare. */
export { FONT_FAMILY } from './fontFamily';

let cache: { dir: string; slices: FontSlice[]; version: string } | null = null;

function load(): { dir: string; slices: FontSlice[]; version: string } {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const unicodePath = require.resolve('@fontsource/noto-sans-sc/unicode.json');
  const dir = dirname(unicodePath);
  const table = JSON.parse(readFileSync(unicodePath, 'utf8')) as Record<string, string>;
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  // Named slices (latin, latin-ext, …) first: a code point in several slices is drawn from the first.
  const entries = Object.entries(table).sort(([a], [b]) => Number(a.startsWith('[')) - Number(b.startsWith('[')));
  const slices = entries.map(([key, range]) => ({ name: key.replace(/^\[(\d+)\]$/, '$1'), unicodeRange: range, ranges: parseRanges(range) }));
  cache = { dir, slices, version };
  return cache;
}

/**
 * `U+0000-00FF,U+0131` → [[0, 255], [305, 305]].
 * @throws Error on a range the package would not write (a changed package format)
 */
export function parseRanges(text: string): Array<[number, number]> {
  return text.split(',').map((part) => {
    const m = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(part.trim());
    if (!m) throw new Error(`unicode range not understood: ${part}`);
    const lo = parseInt(m[1]!, 16);
    return [lo, m[2] ? parseInt(m[2], 16) : lo];
  });
}

/** Every slice of the font, named slices first. */
export function fontSlices(): readonly FontSlice[] {
  return load().slices;
}

/** The package's version (names the converted-font cache). */
export function fontVersion(): string {
  return load().version;
}

const covers = (s: FontSlice, cp: number) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/**
 * The slices that draw `text`: for each character the first slice covering it, plus `latin` always (digits and
 * punctuation of labels the text may not show yet). Whitespace and control characters need no slice.
 */
export function slicesFor(text: string): FontSlice[] {
  const all = load().slices;
  const picked = new Set<FontSlice>(all.filter((s) => s.name === 'latin'));
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x21) continue;
    const s = all.find((x) => covers(x, cp));
    if (s) picked.add(s);
  }
  return all.filter((s) => picked.has(s));
}

/** Characters of `text` that no slice covers (they would be drawn by whatever font the reader has, or as boxes). */
export function uncoveredChars(text: string): string[] {
  const all = load().slices;
  return [...new Set(text)].filter((ch) => {
    const cp = ch.codePointAt(0)!;
    return cp >= 0x21 && !all.some((s) => covers(s, cp));
  });
}

/** The path of a slice's file in the package. */
export function sliceFile(slice: FontSlice, weight: FontWeight, format: 'woff' | 'woff2'): string {
  return join(load().dir, 'files', `noto-sans-sc-${slice.name}-${weight}-normal.${format}`);
}

/**
 * The package's `chinese-simplified` file of a weight: one font with ASCII, CJK punctuation and about 7,900
 * common characters (the PNG renderer's main font: resvg picks a fallback face by order, not weight, so bold
 * needs one font that holds nearly everything).
 */
export function simplifiedChineseFile(weight: FontWeight, format: 'woff' | 'woff2'): string {
  return join(load().dir, 'files', `noto-sans-sc-chinese-simplified-${weight}-normal.${format}`);
}
