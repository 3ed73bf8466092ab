/**
 * Reads an applications file (docs/data.md) into rows, checking every cell; all problems of the file are
 * reported at once, each with its file, line and column.
 *
 *   CSV text ──readCsv──▶ header + cells ──(this)──▶ ApplicationRow[]   (or UserErrors: file:line: column: …)
 */
import { UserError, UserErrors } from '../errors/UserError';
import { parseAmount } from '../money/parseAmount';
import { parseRatio } from '../money/parseRatio';
import { APPLICATION_COLUMNS, REQUIRED_APPLICATION_COLUMNS, type ApplicationColumn, type ApplicationRow } from './ApplicationRow';
import { dataMessages } from '../i18n/dataMessages';
import { rowCells } from './rowCells';
import { parseIsoDate } from './parseIsoDate';
import { readCsv } from './readCsv';
import { COMPUTE_CATEGORIES, VOUCHERS, type ComputeCategory, type Voucher } from '../vocabulary';

const TIER_ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;
const DISTRICT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YES = new Set(['1', 'true', 'yes', 'y', '是', 't']);
const NO = new Set(['0', 'false', 'no', 'n', '否', 'f']);

/**
 * @param text the file's text (UTF-8, a BOM is dropped)
 * @param file the name used in messages
 * @throws UserErrors listing every bad header, cell and row
 * @example parseApplications('firm,date,voucher,contract\nA,2024-03-01,compute,120万\n', 'a.csv')[0].contractFen // 120_000_000
 */
export function parseApplications(text: string, file: string): ApplicationRow[] {
  const table = readCsv(text, file);
  const errors: UserError[] = [];
  const col = new Map<ApplicationColumn, number>();
  table.header.forEach((name, i) => {
    const key = name.toLowerCase() as ApplicationColumn;
    if (!(APPLICATION_COLUMNS as readonly string[]).includes(key)) {
      errors.push(new UserError('data.unknown-column', dataMessages.unknownColumn(name, APPLICATION_COLUMNS), { file, line: 1, column: i + 1, field: name }));
    } else if (col.has(key)) {
      errors.push(new UserError('data.duplicate-column', dataMessages.duplicateColumn(name), { file, line: 1, column: i + 1, field: name }));
    } else col.set(key, i);
  });
  for (const c of REQUIRED_APPLICATION_COLUMNS) {
    if (!col.has(c)) errors.push(new UserError('data.missing-column', dataMessages.missingColumn(c, REQUIRED_APPLICATION_COLUMNS), { file, line: 1, field: c }));
  }
  if (errors.length) throw new UserErrors(errors);
  if (table.rows.length === 0) throw new UserError('data.no-rows', dataMessages.noRows(), { file });

  const rows: ApplicationRow[] = [];
  for (const { line, cells } of table.rows) {
    const reader = rowCells(file, line, cells, col, errors);
    const cell = reader.cell.bind(reader);
    const firm = cell('firm', (v) => v, true);
    const date = cell('date', parseIsoDate, true);
    const voucher = cell('voucher', readVoucher, true);
    const contractFen = cell('contract', (v) => {
      const f = parseAmount(v);
      if (f <= 0) throw new UserError('data.zero-contract', dataMessages.zeroContract());
      return f;
    }, true);
    const executedBp = cell('executed', (v) => {
      if (v.endsWith('%')) return parseRatio(v);
      const f = parseAmount(v);
      if (contractFen === undefined) return undefined;
      if (f > contractFen) throw new UserError('data.executed-above-contract', dataMessages.executedAboveContract());
      return Math.round((f * 10_000) / contractFen);
    });
    const tier = cell('tier', (v) => {
      if (!TIER_ID.test(v)) throw new UserError('data.bad-tier', dataMessages.badTier(v));
      return v;
    });
    const category = cell('category', (v) => {
      const k = v.toLowerCase();
      if (!(COMPUTE_CATEGORIES as readonly string[]).includes(k)) throw new UserError('data.bad-category', dataMessages.badCategory(v));
      if (voucher !== undefined && voucher !== 'compute') throw new UserError('data.category-not-compute', dataMessages.categoryNotCompute());
      return k as ComputeCategory;
    });
    const selfControlled = cell('self_controlled', readBoolean);
    const sme = cell('sme', readBoolean);
    const foundationModel = cell('foundation_model', readBoolean);
    const district = cell('district', (v) => {
      if (!DISTRICT_ID.test(v)) throw new UserError('data.bad-district', dataMessages.badDistrict(v));
      return v;
    });
    const approvedFen = cell('approved', parseAmount);
    if (!reader.ok() || firm === undefined || date === undefined || voucher === undefined || contractFen === undefined) continue;
    const row: ApplicationRow = { firm, ...date, voucher, contractFen, line, file };
    if (executedBp !== undefined) row.executedBp = executedBp;
    if (tier !== undefined) row.tier = tier;
    if (category !== undefined) row.category = category;
    if (selfControlled !== undefined) row.selfControlled = selfControlled;
    if (sme !== undefined) row.sme = sme;
    if (foundationModel !== undefined) row.foundationModel = foundationModel;
    if (district !== undefined) row.district = district;
    if (approvedFen !== undefined) row.approvedFen = approvedFen;
    rows.push(row);
  }
  if (errors.length) throw new UserErrors(errors);
  return rows;
}

function readVoucher(v: string): Voucher {
  const k = v.toLowerCase();
  if (!(VOUCHERS as readonly string[]).includes(k)) throw new UserError('data.bad-voucher', dataMessages.badVoucher(v));
  return k as Voucher;
}

function readBoolean(v: string): boolean {
  const k = v.toLowerCase();
  if (YES.has(k)) return true;
  if (NO.has(k)) return false;
  throw new UserError('data.bad-boolean', dataMessages.badBoolean(v));
}
