/**
 * Advance widths of the shipped Noto Sans SC, read from the font files themselves (the `cmap`, `hmtx`, `hhea`
 * and `head` tables of each slice, OpenType spec), so a chart can be laid out for the font it is drawn with.
 * A slice is read the first time one of its characters is measured. Kerning is left out (widths are a little
 * generous, never short). Node only.
 */
import { readFileSync } from 'node:fs';
import { fontSlices, sliceFile, type FontSlice, type FontWeight } from './notoSansSc';
import { woffToSfnt } from './woffToSfnt';

const cache = new Map<string, Map<number, number>>();

/**
 * The width of `text` in em (1 em = the font size) in the given weight; characters the font lacks count 1 em if
 * wide (CJK) and 0.6 em otherwise.
 * @example textWidthEm('中文', 400) // 2
 */
export function textWidthEm(text: string, weight: FontWeight): number {
  let w = 0;
  for (const ch of text) w += advanceEm(ch.codePointAt(0)!, weight);
  return w;
}

function advanceEm(cp: number, weight: FontWeight): number {
  const slice = fontSlices().find((s) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
  const found = slice ? advances(slice, weight).get(cp) : undefined;
  if (found !== undefined) return found;
  return cp >= 0x2e80 ? 1 : 0.6;
}

function advances(slice: FontSlice, weight: FontWeight): Map<number, number> {
  const key = `${slice.name}-${weight}`;
  let map = cache.get(key);
  if (!map) {
    map = sfntAdvances(woffToSfnt(readFileSync(sliceFile(slice, weight, 'woff'))));
    cache.set(key, map);
  }
  return map;
}

/**
 * Code point → advance width in em, from a TrueType/OpenType file (cmap format 4 or 12).
 * @throws Error when a table it needs is missing
 */
export function sfntAdvances(font: Buffer): Map<number, number> {
  const tables = new Map<string, number>();
  const n = font.readUInt16BE(4);
  for (let i = 0; i < n; i++) tables.set(font.toString('latin1', 12 + 16 * i, 16 + 16 * i), font.readUInt32BE(20 + 16 * i));
  const at = (tag: string) => {
    const o = tables.get(tag);
    if (o === undefined) throw new Error(`font has no ${tag} table`);
    return o;
  };
  const unitsPerEm = font.readUInt16BE(at('head') + 18);
  const numberOfHMetrics = font.readUInt16BE(at('hhea') + 34);
  const hmtx = at('hmtx');
  const advance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1)) / unitsPerEm;
  const out = new Map<number, number>();
  for (const [cp, glyph] of cmap(font, at('cmap'))) if (glyph !== 0) out.set(cp, advance(glyph));
  return out;
}

/** The Unicode cmap subtable (format 12 preferred, else 4) as code point → glyph id. */
function cmap(font: Buffer, base: number): Map<number, number> {
  const count = font.readUInt16BE(base + 2);
  const subtables: Array<{ format: number; offset: number }> = [];
  for (let i = 0; i < count; i++) {
    const rec = base + 4 + 8 * i;
    const platform = font.readUInt16BE(rec);
    const encoding = font.readUInt16BE(rec + 2);
    const offset = base + font.readUInt32BE(rec + 4);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ format: font.readUInt16BE(offset), offset });
  }
  const pick = subtables.find((s) => s.format === 12) ?? subtables.find((s) => s.format === 4);
  if (!pick) throw new Error('font has no Unicode cmap of format 4 or 12');
  const out = new Map<number, number>();
  const o = pick.offset;
  if (pick.format === 12) {
    const groups = font.readUInt32BE(o + 12);
    for (let g = 0; g < groups; g++) {
      const r = o + 16 + 12 * g;
      const start = font.readUInt32BE(r);
      const end = font.readUInt32BE(r + 4);
      const glyph = font.readUInt32BE(r + 8);
      for (let c = start; c <= end; c++) out.set(c, glyph + c - start);
    }
    return out;
  }
  const segments = font.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + 2 * s);
    const start = font.readUInt16BE(starts + 2 * s);
    const delta = font.readInt16BE(deltas + 2 * s);
    const ro = font.readUInt16BE(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = font.readUInt16BE(rangeOffsets + 2 * s + ro + 2 * (c - start));
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      out.set(c, glyph);
    }
  }
  return out;
}
