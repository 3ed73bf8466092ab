/**
 * A table of the report as cells already written for people (money with its unit, shares as percentages): the
 * document shows it and the CSV beside the report holds the same cells.
 */
import { csvText } from '../figures/csvText';

/** One column: its header and how its cells align (numbers right, words left). */
export interface ReportColumn {
  header: string;
  align: 'left' | 'right';
  /** Keep each line of a cell on one line (dates, file names); long words elsewhere wrap. */
  nowrap?: boolean;
}

export interface ReportTable {
  /** File-safe name, unique in a report, e.g. `schemes-2025`; the CSV is `table-<id>.csv`. */
  id: string;
  title: string;
  columns: ReportColumn[];
  /** Cells; a cell may hold several lines (`\n`). */
  rows: string[][];
  /** A line under the table (what the figures are), or null. */
  note: string | null;
}

/**
 * The table's cells as CSV (header row first), formula-escaped like every CSV of quansim.
 * @throws Error when a row has a different number of cells than there are columns (a bug upstream)
 */
export function tableCsv(table: ReportTable): string {
  for (const r of table.rows) {
    if (r.length !== table.columns.length) throw new Error(`table ${table.id}: a row has ${r.length} cells for ${table.columns.length} columns`);
  }
  return csvText(table.columns.map((c) => c.header), table.rows);
}
