import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/renderSvg';
import { sfntAdvances, textWidthEm } from '../../src/report/fontAdvances';
import { fontFaceCss } from '../../src/report/fontFaceCss';
import { fontSlices, parseRanges, sliceFile, slicesFor, uncoveredChars } from '../../src/report/notoSansSc';
import { renderReportSvg } from '../../src/report/renderReportSvg';
import { fontsFor, svgToPng } from '../../src/report/svgToPng';
import { woffToSfnt } from '../../src/report/woffToSfnt';

const latin = fontSlices().find((s) => s.name === 'latin')!;

/** OpenType table checksum: the sum of the table's big-endian uint32 words (zero-padded), mod 2^32. */
function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it('rebuilds the TrueType font: header, tables in tag order, every table matching its checksum', () => {
    const woff = readFileSync(sliceFile(latin, 400, 'woff'));
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(0x00010000);
    const n = ttf.readUInt16BE(4);
    expect(n).toBe(woff.readUInt16BE(12));
    expect(ttf.readUInt16BE(6)).toBe(16 * 2 ** Math.floor(Math.log2(n)));
    const tags: string[] = [];
    for (let i = 0; i < n; i++) {
      const e = 12 + 16 * i;
      const tag = ttf.toString('latin1', e, e + 4);
      tags.push(tag);
      const offset = ttf.readUInt32BE(e + 8);
      expect(offset % 4).toBe(0);
      const data = Buffer.from(ttf.subarray(offset, offset + ttf.readUInt32BE(e + 12)));
      if (tag === 'head') {
        expect(data.readUInt32BE(12)).toBe(0x5f0f3cf5); // magic number
        data.writeUInt32BE(0, 8); // checkSumAdjustment is left out of head's own checksum
      }
      expect(checksum(data), tag).toBe(ttf.readUInt32BE(e + 4));
    }
    expect([...tags].sort()).toEqual(tags);
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca']));
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(readFileSync(sliceFile(latin, 400, 'woff2')))).toThrow('not a WOFF 1.0 font');
    expect(() => woffToSfnt(Buffer.from('wOFF'))).toThrow('not a WOFF 1.0 font');
  });
});

describe('the shipped Noto Sans SC', () => {
  it('parses the package\'s unicode ranges', () => {
    expect(parseRanges('U+0000-00FF,U+0131')).toEqual([[0, 255], [305, 305]]);
    expect(() => parseRanges('0-FF')).toThrow('unicode range not understood');
    expect(fontSlices().length).toBeGreaterThan(90);
  });

  it('picks the latin slice always, and one slice per other character', () => {
    expect(slicesFor('abc').map((s) => s.name)).toEqual(['latin']);
    const zh = slicesFor('资金池 pool');
    expect(zh[0]!.name).toBe('latin');
    for (const ch of '资金池') {
      const cp = ch.codePointAt(0)!;
      expect(zh.some((s) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)), ch).toBe(true);
    }
    expect(uncoveredChars('算力券 30%')).toEqual([]);
    expect(uncoveredChars('a\u{10FFFD}')).toEqual(['\u{10FFFD}']);
  });

  it('measures advances from the font: ideographs 1 em, Latin narrower, bold wider', () => {
    expect(textWidthEm('算力券', 400)).toBe(3);
    const latinAdvances = sfntAdvances(woffToSfnt(readFileSync(sliceFile(latin, 400, 'woff'))));
    expect(latinAdvances.get('0'.codePointAt(0)!)).toBeGreaterThan(0.4);
    expect(latinAdvances.get('0'.codePointAt(0)!)).toBeLessThan(0.7);
    expect(textWidthEm('Hangzhou', 700)).toBeGreaterThan(textWidthEm('Hangzhou', 400));
    expect(textWidthEm('\u{10FFFD}', 400)).toBe(1);
  });

  it('embeds as @font-face data only the slices the text needs, bold only for bold text', () => {
    const css = fontFaceCss('资金池', 'Pool');
    const faces = css.split('\n');
    expect(faces.filter((f) => f.includes('font-weight:400'))).toHaveLength(1 + new Set(slicesFor('资金池').map((s) => s.name)).size - 1);
    expect(faces.filter((f) => f.includes('font-weight:700'))).toHaveLength(1);
    expect(css).toContain(`unicode-range:${latin.unicodeRange};`);
    expect(css).not.toMatch(/url\((?!data:font\/woff2;base64,)/);
  });
});

describe('svgToPng', () => {
  const svg = (text: string, weight = 'normal') =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><text x="10" y="45" font-family="PingFang SC, sans-serif" font-size="40" font-weight="${weight}">${text}</text></svg>`;
  const inked = (png: Buffer) => {
    const { pixels } = new Resvg(png.length ? svgOf(png) : '').render();
    return pixels;
  };
  const svgOf = (png: Buffer) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="120"><image width="240" height="120" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const dark = (pixels: Buffer) => {
    let n = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) n++;
    return n;
  };

  it('draws Chinese with real glyphs of the shipped font (two characters never give the same picture, as boxes would)', () => {
    const a = svgToPng(svg('中'));
    const b = svgToPng(svg('国'));
    expect([...a.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(a.readUInt32BE(16)).toBe(240); // 2× by default
    const pa = inked(a);
    const pb = inked(b);
    expect(dark(pa)).toBeGreaterThan(200);
    expect(dark(pb)).toBeGreaterThan(200);
    expect(pa.equals(pb)).toBe(false);
  });

  it('draws bold text with the bold font', () => {
    expect(dark(inked(svgToPng(svg('中', 'bold'))))).toBeGreaterThan(dark(inked(svgToPng(svg('中')))) * 1.2);
  });

  it('loads the simplified-Chinese font in both weights, and slices only for the characters it lacks', () => {
    const common = fontsFor('资金池 pool 30%');
    expect(common.files).toHaveLength(2);
    for (const f of common.files) expect(readFileSync(f).readUInt32BE(0)).toBe(0x00010000);
    expect(common.family).toMatch(/^Noto Sans SC/);
    const rare = fontsFor('≤ 800万元');
    expect(rare.files).toHaveLength(4);
    expect(rare.files.slice(2).every((f) => /noto-sans-sc-\d+-(400|700)-normal\.ttf$/.test(f))).toBe(true);
  });

  it('draws characters outside the main font too', () => {
    expect(dark(inked(svgToPng(svg('≤√'))))).toBeGreaterThan(100);
  });
});

describe('renderReportSvg', () => {
  const title = '资金池消耗：全年累计支付，按月未满足的需求与各类企业未满足的需求，以及各级财政承担的资金';
  const spec: TopLevelSpec = {
    title: { text: title, fontSize: 13, fontWeight: 'bold', anchor: 'start' },
    width: 200,
    height: 50,
    data: { values: [{ a: 1 }] },
    mark: 'point',
    encoding: { x: { field: 'a', type: 'quantitative' } },
  };
  const widthOf = (svgText: string) => Number(/width="([\d.]+)"/.exec(svgText)![1]);

  it('lays text out at its real width, so a long Chinese title fits inside the picture, and restores Vega\'s measure', async () => {
    const metrics = (vega as unknown as { textMetrics: { width: unknown } }).textMetrics;
    await renderSvg(spec); // whatever measure renderSvg itself uses stays in place
    const before = metrics.width;
    const measured = widthOf(await renderReportSvg(spec));
    expect(measured).toBeGreaterThanOrEqual(Array.from(title).length * 13);
    expect(metrics.width).toBe(before);
  });
});
