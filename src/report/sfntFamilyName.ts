/**
 * The family name a TrueType/OpenType font declares (name table, OpenType spec: the typographic family, ID 16,
 * else the family, ID 1; Windows Unicode records), the name a renderer matches `font-family` against.
 */

/**
 * @throws Error when the font has no name table or no Windows Unicode family name
 */
export function sfntFamilyName(font: Buffer): string {
  const n = font.readUInt16BE(4);
  let base = -1;
  for (let i = 0; i < n; i++) if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'name') base = font.readUInt32BE(20 + 16 * i);
  if (base < 0) throw new Error('font has no name table');
  const count = font.readUInt16BE(base + 2);
  const strings = base + font.readUInt16BE(base + 4);
  const names = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const r = base + 6 + 12 * i;
    if (font.readUInt16BE(r) !== 3 || font.readUInt16BE(r + 2) !== 1) continue;
    const id = font.readUInt16BE(r + 6);
    const start = strings + font.readUInt16BE(r + 10);
    names.set(id, Buffer.from(font.subarray(start, start + font.readUInt16BE(r + 8))).swap16().toString('utf16le'));
  }
  const family = names.get(16) ?? names.get(1);
  if (family === undefined) throw new Error('font has no family name');
  return family;
}
