/**
 * Reads a payments file (docs/data.md): what a scheme actually paid, by day or by month, with the columns `date`
 * (YYYY-MM-DD, or YYYY-MM for a month, counted at its last day), `paid` (an amount) and optionally `scheme` (a
 * scheme id of the scenario). Every problem is reported at once with its file, line and column.
 */
import { UserError, UserErrors } from '../errors/UserError';
import type { Fen } from '../money/fen';
import { parseAmount } from '../money/parseAmount';
import { dataMessages } from '../i18n/dataMessages';
import { rowCells } from './rowCells';
import { parseIsoDate } from './parseIsoDate';
import { readCsv } from './readCsv';

export interface PaymentRow {
  year: number;
  month: number;
  day: number;
  paidFen: Fen;
  scheme?: string;
  line: number;
}

const COLUMNS = ['date', 'paid', 'scheme'] as const;

/**
 * @throws UserErrors listing every bad header, cell and row
 * @example parsePayments('date,paid\n2024-03,1200万\n', 'paid.csv')[0] // {year: 2024, month: 3, day: 31, paidFen: 12_000_000_00, line: 2}
 */
export function parsePayments(text: string, file: string): PaymentRow[] {
  const table = readCsv(text, file);
  const errors: UserError[] = [];
  const col = new Map<string, number>();
  table.header.forEach((name, i) => {
    const key = name.toLowerCase();
    if (!(COLUMNS as readonly string[]).includes(key)) {
      errors.push(new UserError('data.unknown-column', dataMessages.unknownColumn(name, COLUMNS), { file, line: 1, column: i + 1, field: name }));
    } else if (col.has(key)) {
      errors.push(new UserError('data.duplicate-column', dataMessages.duplicateColumn(name), { file, line: 1, column: i + 1, field: name }));
    } else col.set(key, i);
  });
  for (const c of ['date', 'paid']) {
    if (!col.has(c)) errors.push(new UserError('data.missing-column', dataMessages.missingColumn(c, ['date', 'paid']), { file, line: 1, field: c }));
  }
  if (errors.length) throw new UserErrors(errors);
  if (table.rows.length === 0) throw new UserError('data.no-rows', dataMessages.noRows(), { file });
  const rows: PaymentRow[] = [];
  for (const { line, cells } of table.rows) {
    const reader = rowCells(file, line, cells, col, errors);
    const cell = reader.cell.bind(reader);
    const date = cell('date', readDateOrMonth, true);
    const paidFen = cell('paid', parseAmount, true);
    const scheme = cell('scheme', (v) => v, false);
    if (!reader.ok() || date === undefined || paidFen === undefined) continue;
    rows.push({ ...date, paidFen, ...(scheme === undefined ? {} : { scheme }), line });
  }
  if (errors.length) throw new UserErrors(errors);
  return rows;
}

function readDateOrMonth(v: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
  }
  return parseIsoDate(v);
}
