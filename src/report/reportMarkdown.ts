/**
 * The report as Markdown (GitHub-flavoured tables): charts as PNG images in the same folder (they draw Chinese
 * with the shipped font whatever the reader has), each followed by a link to its SVG; tables as Markdown tables
 * with their CSV named under them.
 */
import { tableFile } from './buildReport';
import type { ReportBlock, ReportDocument } from './ReportDocument';

/**
 * @example reportMarkdown(doc).startsWith('# ') // true
 */
export function reportMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${inline(doc.title)}`, '', `**${inline(doc.subtitle)}**`, '', ...doc.meta.map((m) => `${inline(m)}  `), ''];
  for (const s of doc.sections) {
    out.push(`${'#'.repeat(s.level)} ${inline(s.title)}`, '');
    for (const b of s.blocks) out.push(...block(b), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function block(b: ReportBlock): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [inline(b.text)];
    case 'list':
      return b.items.map((i) => `- ${inline(i)}`);
    case 'quote':
      return b.text.split('\n').map((l) => (l === '' ? '>' : `> ${inline(l)}`));
    case 'code': {
      const f = fence(b.text);
      return [`${f}sh`, b.text, f];
    }
    case 'chart':
      return [`![${inline(b.chart.title)}](${b.chart.file}.png)`, '', `SVG: [${b.chart.file}.svg](${b.chart.file}.svg)`];
    case 'table': {
      const t = b.table;
      const cell = (c: string) => inline(c).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
      return [
        `**${inline(t.title)}**`,
        '',
        `| ${t.columns.map((c) => cell(c.header)).join(' | ')} |`,
        `| ${t.columns.map((c) => (c.align === 'right' ? '---:' : ':---')).join(' | ')} |`,
        ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
        '',
        ...(t.note ? [`*${inline(t.note)}*`, ''] : []),
        `CSV: [${tableFile(t)}](${tableFile(t)})`,
      ];
    }
  }
}

/** Text in Markdown: characters that would start markup are escaped. */
function inline(text: string): string {
  return text.replace(/([\\`*[\]<])/g, '\\$1');
}

/**
 * A code fence longer than any run of backticks in `text` (CommonMark: a fence closes only on a run at least as
 * long as the one that opened it), so a seed or path holding ``` cannot end the block early.
 * @example fence('a ``` b') // '````'
 */
export function fence(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}
