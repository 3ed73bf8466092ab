/**
 * CSV text by papaparse's `unparse`, with formula escaping on: a text cell starting with = + - @ (or a tab or
 * carriage return) gets a leading ' so a spreadsheet shows it instead of executing it (labels come from
 * scenario files a user may not have written). Numbers are written as numbers and never escaped.
 * CRLF line ends (RFC 4180) and a header row.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null;

/** CSV of `rows` under `fields` (cells in the same order). */
export function csvText(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse(
    { fields: [...fields], data: rows.map((r) => r.map((c) => (c === null ? '' : c))) },
    { escapeFormulae: true, newline: '\r\n', header: true },
  );
}
