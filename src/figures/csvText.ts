/**
 * CSV text by papaparse's `unparse`, with formula escaping: a text cell starting with = + - @ (or a tab or
 * carriage return) gets a leading ' so a spreadsheet shows it instead of executing it (labels come from
 * scenario files a user may not have written). The escaping is ours, not papaparse's `escapeFormulae`, whose
 * pattern (`/^[=+\-@\t\r].*$/`) does not match a cell that spans lines, so `=HYPERLINK(…)\nx` went through.
 * Numbers are written as numbers and never escaped. CRLF line ends (RFC 4180) and a header row.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null;

/** The characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r]/;

/** A text cell as a spreadsheet should show it: with a leading ' when it would start a formula. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const cellText = (c: CsvCell): string | number => (c === null ? '' : typeof c === 'string' ? escapeFormula(c) : c);

/**
 * CSV of `rows` under `fields` (cells in the same order).
 * @param opts.header false for the rows alone (a later slice of a CSV written in parts: prefix it with CRLF)
 */
export function csvText(fields: readonly string[], rows: readonly (readonly CsvCell[])[], opts: { header?: boolean } = {}): string {
  const header = opts.header !== false;
  return Papa.unparse(
    { fields: fields.map(escapeFormula), data: rows.map((r) => r.map(cellText)) },
    // escaped cells are also quoted, as papaparse's own escaping did
    { escapeFormulae: false, newline: '\r\n', header, quotes: (v: unknown) => typeof v === 'string' && ESCAPED.test(v) },
  );
}
