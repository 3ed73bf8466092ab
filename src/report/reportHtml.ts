/**
 * The report as one self-contained HTML file: the charts inlined as SVG (ids scoped per chart, namespaces
 * dropped: HTML needs none), CSS inline, the font as data: URLs, no script and nothing fetched, so it opens
 * offline, prints, and draws Chinese on a machine without Chinese fonts. Links to the SVG, PNG and CSV files
 * beside it are relative.
 */
import { tableFile } from './buildReport';
import type { ReportBlock, ReportDocument } from './ReportDocument';
import { FONT_FAMILY } from './fontFamily';
import { scopeSvgIds } from './scopeSvgIds';

/**
 * @param svgs each chart's SVG by its file base name (ReportChart.file)
 * @param fontCss the @font-face rules for the page's text and for its bold text, e.g. fontFaceCss
 * @throws Error when a chart of the document has no SVG
 */
export function reportHtml(doc: ReportDocument, svgs: ReadonlyMap<string, string>, fontCss: (regular: string, bold: string) => string): string {
  const toc = doc.sections
    .filter((s) => s.level === 2)
    .map((s) => `<li><a href="#${s.anchor}">${esc(s.title)}</a></li>`)
    .join('');
  const body = [
    '<header>',
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="question">${esc(doc.subtitle)}</p>`,
    ...doc.meta.map((m) => `<p class="meta">${esc(m)}</p>`),
    `<nav><ol>${toc}</ol></nav>`,
    '</header>',
    ...doc.sections.map((s) => {
      const h = `h${s.level}`;
      return `<section id="${s.anchor}" class="level${s.level}"><${h}>${esc(s.title)}</${h}>\n${s.blocks.map((b) => block(b, svgs)).join('\n')}</section>`;
    }),
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)}</title>`,
    `<style>\n${fontCss(body, boldText(doc, svgs))}\n${CSS}</style>`,
    '</head>',
    `<body><main>\n${body}\n</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

function block(b: ReportBlock, svgs: ReadonlyMap<string, string>): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'quote':
      return `<blockquote>${b.text.split(/\n{2,}/).map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('')}</blockquote>`;
    case 'code':
      return `<pre><code>${esc(b.text)}</code></pre>`;
    case 'chart': {
      const svg = svgs.get(b.chart.file);
      if (svg === undefined) throw new Error(`no SVG for chart ${b.chart.file}`);
      const f = b.chart.file;
      // Every chart drawn at the same scale, so its text is the size of the others' (a narrow heatmap is not blown up).
      const width = Number(/^<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1]);
      const style = width > 0 ? ` style="max-width:${Math.round(width * CHART_SCALE)}px"` : '';
      return `<figure class="chart" id="chart-${f}"${style}>${inlineSvg(svg, f)}<figcaption>${esc(b.chart.title)} · <a href="${f}.svg">${f}.svg</a> · <a href="${f}.png">${f}.png</a></figcaption></figure>`;
    }
    case 'table': {
      const t = b.table;
      const cls = t.columns.map((c) => {
        const names = [...(c.align === 'right' ? ['num'] : []), ...(c.nowrap ? ['nowrap'] : [])];
        return names.length ? ` class="${names.join(' ')}"` : '';
      });
      const head = t.columns.map((c, i) => `<th${cls[i]}>${esc(c.header)}</th>`).join('');
      const rows = t.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls[i] ?? ''}>${esc(c).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`).join('\n');
      return [
        `<div class="table" id="table-${t.id}">`,
        `<table><caption>${esc(t.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`,
        t.note ? `<p class="note">${esc(t.note)}</p>` : '',
        `<p class="csv">CSV: <a href="${tableFile(t)}">${tableFile(t)}</a></p>`,
        '</div>',
      ].join('');
    }
  }
}

/** The text the page draws bold: the title and question, headings, table captions and headers, bold chart text. */
function boldText(doc: ReportDocument, svgs: ReadonlyMap<string, string>): string {
  const parts = [doc.title, doc.subtitle];
  for (const s of doc.sections) {
    parts.push(s.title);
    for (const b of s.blocks) if (b.kind === 'table') parts.push(b.table.title, ...b.table.columns.map((c) => c.header));
  }
  for (const svg of svgs.values()) {
    for (const m of svg.matchAll(/<text\b[^>]*font-weight="(?:bold|[6-9]00)"[^>]*>([\s\S]*?)<\/text>/g)) parts.push(m[1]!.replace(/<[^>]*>/g, ''));
  }
  return parts.join('\n');
}

/** An SVG as an element of the page: no XML namespace declarations (HTML knows SVG), ids scoped to the chart. */
function inlineSvg(svg: string, scope: string): string {
  return scopeSvgIds(svg, scope).replace(/\s+xmlns(?::\w+)?="[^"]*"/g, '');
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How much larger than its SVG pixels a chart is shown at most (600 px wide charts fill 900 px). */
const CHART_SCALE = 1.5;

const FONT_STACK = `'${FONT_FAMILY}', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`;

// The chart text is given the embedded font by CSS (it outranks the SVG's font-family attribute).
const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a; font-family: ${FONT_STACK}; font-size: 15px; line-height: 1.6; }
main { max-width: 1120px; margin: 0 auto; padding: 32px 40px 64px; }
h1 { font-size: 28px; line-height: 1.3; margin: 0 0 8px; }
h2 { font-size: 22px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid #0072B2; }
h3 { font-size: 17px; margin: 28px 0 8px; }
.question { font-size: 17px; font-weight: 700; margin: 0 0 8px; }
.meta { margin: 0; color: #555; font-size: 14px; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 20px; padding: 0; margin: 16px 0 0; list-style: none; font-size: 14px; }
a { color: #005a8c; }
ul { padding-left: 22px; }
li { margin: 3px 0; }
blockquote { margin: 8px 0; padding: 8px 16px; border-left: 4px solid #ccc; background: #f7f7f7; color: #333; font-size: 13px; }
blockquote p { margin: 6px 0; }
pre { background: #f4f4f4; padding: 10px 14px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; font-size: 13px; }
figure.chart { margin: 20px 0 28px; break-inside: avoid; }
figure.chart svg { display: block; width: 100%; height: auto; }
figure.chart svg text { font-family: ${FONT_STACK}; }
figcaption { font-size: 12px; color: #666; margin-top: 4px; }
.table { margin: 16px 0 24px; overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; line-height: 1.45; }
caption { text-align: left; font-weight: 700; font-size: 14px; padding: 4px 0 6px; }
th, td { border: 1px solid #d6d6d6; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f0f4f8; font-weight: 700; }
td.num, th.num { text-align: right; }
td.nowrap { white-space: nowrap; }
td { overflow-wrap: anywhere; }
td:first-child { min-width: 7em; }
tbody tr:nth-child(even) td { background: #fafafa; }
td { max-width: 420px; }
.note { font-size: 12px; color: #555; margin: 4px 0 0; }
.csv { font-size: 12px; margin: 2px 0 0; }
@media print { main { padding: 0; } a { color: inherit; text-decoration: none; } }
`;
