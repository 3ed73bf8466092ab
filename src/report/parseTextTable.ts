/**
 * Reads back a table written by src/output/textTable.ts (header, a rule of dashes, rows; columns padded to
 * their display width and two spaces apart), so the report shows `quansim compare`'s own table cell for cell
 * instead of recomputing it. The rule line gives each column's width in display columns (a CJK character takes
 * two), so cells are cut by position, never by splitting on spaces.
 */
import { textWidth } from '../figures/textWidth';
import type { ReportColumn } from './ReportTable';

/**
 * @param lines the header line, the rule line and the rows, nothing else
 * @throws Error when the second line is not a rule of dashes (not a textTable)
 * @example parseTextTable(['a    b', '---  --', 'xy  12']) // {columns: [{header: 'a', align: 'left'}, {header: 'b', align: 'right'}], rows: [['xy', '12']]}
 */
export function parseTextTable(lines: readonly string[]): { columns: ReportColumn[]; rows: string[][] } {
  const rule = lines[1];
  if (lines.length < 2 || rule === undefined || !/^-+( {2}-+)*$/.test(rule)) throw new Error('not a text table: no rule of dashes under the header');
  const widths = rule.split('  ').map((d) => d.length);
  const cut = (line: string) => cells(line, widths);
  const header = cut(lines[0]!);
  // every line after the rule is a row (a row of empty cells is an empty line): the caller cuts the table out
  const body = lines.slice(2).map(cut);
  const columns = header.map((h, i) => ({
    header: h.trim(),
    // textTable pads a right-aligned column on the left: some cell of it starts with a space
    align: [h, ...body.map((r) => r[i]!)].some((c) => c.trim() !== '' && c.startsWith(' ')) ? ('right' as const) : ('left' as const),
  }));
  return { columns, rows: body.map((r) => r.map((c) => c.trim())) };
}

/** The raw (untrimmed) cells of a line, cut at the column widths plus the two-space gaps. */
function cells(line: string, widths: readonly number[]): string[] {
  const out: string[] = [];
  const chars = Array.from(line);
  let k = 0;
  widths.forEach((w, i) => {
    let cell = '';
    let used = 0;
    while (k < chars.length && used < w) {
      cell += chars[k]!;
      used += textWidth(chars[k]!);
      k++;
    }
    out.push(cell);
    if (i < widths.length - 1) k += 2;
  });
  return out;
}
