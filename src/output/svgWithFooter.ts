/**
 * A footer under a chart's SVG (the provenance line, see provenance.ts): the picture grows by the footer's lines
 * and the text is drawn in grey at the left, wrapped to the picture's width. Works on the SVG Vega writes
 * (`<svg … width="W" height="H" viewBox="0 0 W H">`), in Node and in the page.
 */
import { wrapLine } from '../charts/chartBase';
import { estimateTextWidth } from '../charts/estimateTextWidth';

const FONT_SIZE = 10;
const LINE_HEIGHT = 14;
const MARGIN = 6;

/**
 * @throws Error when `svg` does not start with an `<svg>` element with a width and a height (not a Vega picture)
 * @example svgWithFooter('<svg width="100" height="50" viewBox="0 0 100 50"></svg>', 'x') // height 50 + 6 + 14 + 6
 */
export function svgWithFooter(svg: string, line: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG picture');
  const tag = open[0];
  const width = Number(/\swidth="([\d.]+)"/.exec(tag)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(tag)?.[1]);
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error('an SVG picture without a width and a height');
  const lines = wrapLine(line, Math.max(width - 2 * MARGIN, 120), (s) => estimateTextWidth(s, FONT_SIZE));
  const extra = MARGIN + lines.length * LINE_HEIGHT + MARGIN;
  const total = height + extra;
  let newTag = tag.replace(/(\sheight=")[\d.]+"/, `$1${total}"`);
  newTag = newTag.replace(/(\sviewBox="\s*[-\d.]+\s+[-\d.]+\s+[\d.]+\s+)([\d.]+)"/, (_m, head: string, h: string) => `${head}${Number(h) + extra}"`);
  const texts = lines.map((l, i) => `<text x="${MARGIN}" y="${height + MARGIN + (i + 1) * LINE_HEIGHT - 3}" font-size="${FONT_SIZE}" fill="#555" font-family="sans-serif">${escapeXml(l)}</text>`).join('');
  const footer = `<g class="quansim-provenance"><rect x="0" y="${height}" width="${width}" height="${extra}" fill="white"></rect>${texts}</g>`;
  const end = svg.lastIndexOf('</svg>');
  if (end < 0) throw new Error('an SVG picture without its end');
  return `${svg.slice(0, open.index)}${newTag}${svg.slice(open.index + tag.length, end)}${footer}${svg.slice(end)}`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
