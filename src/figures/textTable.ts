/**
 * A plain-text table for the terminal, aligned by display width (CJK characters take two columns):
 *
 *   方案        资金池     已支付
 *   ----------  ---------  ---------
 *   杭州算力券  2.5亿元    2.16亿元
 */
import { padToWidth, textWidth } from './textWidth';

/** A column's header and alignment (numbers right, text left). */
export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
}

/**
 * Renders `rows` under `columns`, two spaces between columns, a rule under the header; trailing spaces trimmed.
 * @throws Error when a row has a different number of cells than there are columns
 */
export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string {
  for (const r of rows) if (r.length !== columns.length) throw new Error(`table row has ${r.length} cells for ${columns.length} columns`);
  const widths = columns.map((c, i) => Math.max(textWidth(c.header), ...rows.map((r) => textWidth(r[i]!))));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => padToWidth(cell, widths[i]!, columns[i]!.align ?? 'left')).join('  ').replace(/\s+$/, '');
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
