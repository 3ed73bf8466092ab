/**
 * Reads a CSV text into a header and rows of cells with papaparse: UTF-8 with or without a byte-order mark,
 * quoted cells, CRLF or LF line ends. Blank lines are skipped; each row keeps its 1-based line number in the
 * file (the header is line 1) for messages.
 */
import Papa from 'papaparse';
import { UserError } from '../errors/UserError';
import { dataMessages } from '../i18n/dataMessages';

export interface CsvTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/**
 * @throws UserError (located at file and line) when the text is empty or is not well-formed CSV
 * @example readCsv('a,b\n1,2\n', 'x.csv') // {header: ['a','b'], rows: [{line: 2, cells: ['1','2']}]}
 */
export function readCsv(text: string, file: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (errors.length) {
    const e = errors[0]!;
    throw new UserError('data.csv-syntax', dataMessages.csvSyntax(e.message), { file, line: (e.row ?? 0) + 1 });
  }
  const all = parsed.data;
  const rows: CsvTable['rows'] = [];
  let header: string[] | null = null;
  all.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    if (header === null) header = cells.map((c) => c.trim());
    else rows.push({ line: i + 1, cells });
  });
  if (header === null) throw new UserError('data.csv-empty', dataMessages.csvEmpty(), { file });
  return { header, rows };
}
