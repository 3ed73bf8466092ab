/**
 * One row of an applications file (docs/data.md): one application a scheme received. Amounts are integer fen,
 * the executed share integer basis points; optional columns are `undefined` when the file has no such column
 * or the cell is empty.
 */
import type { BasisPoints, Fen } from '../money/fen';
import type { ComputeCategory, Voucher } from '../vocabulary';

export interface ApplicationRow {
  /** The applicant's id as written (any text). */
  firm: string;
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  voucher: Voucher;
  /** 合同费用. */
  contractFen: Fen;
  /** 合同实际执行金额 ÷ 合同费用, when the file says. */
  executedBp?: BasisPoints;
  tier?: string;
  category?: ComputeCategory;
  selfControlled?: boolean;
  sme?: boolean;
  foundationModel?: boolean;
  district?: string;
  /** What the scheme approved. */
  approvedFen?: Fen;
  /** 1-based line of the row in its file (the header is line 1). */
  line: number;
  file: string;
}

/** The columns of an applications file, required first. */
export const APPLICATION_COLUMNS = [
  'firm', 'date', 'voucher', 'contract',
  'executed', 'tier', 'category', 'self_controlled', 'sme', 'foundation_model', 'district', 'approved',
] as const;
export const REQUIRED_APPLICATION_COLUMNS = ['firm', 'date', 'voucher', 'contract'] as const;
export type ApplicationColumn = (typeof APPLICATION_COLUMNS)[number];
