/**
 * Where runYear writes: the index of each figure in a RunRecord's scheme and group blocks, the fields of a group
 * cell (YearPlan.cells), and the bits kept per firm (EngineContext.firmBits). Names for what the arrays hold, so
 * that the booking code reads `cells[at + CELL_REFUSED]` rather than a bare offset.
 */
import { GROUP_FIELDS, SCHEME_FIELDS } from '../../record/RunRecord';
import { CELL_FIELDS } from './EngineContext';

/** Figures per scheme in RunRecord.scheme: scheme s's figure F is at s × SCHEME_STRIDE + F. */
export const SCHEME_STRIDE = SCHEME_FIELDS.length;
export const S_POOL = SCHEME_FIELDS.indexOf('poolFen');
export const S_REQUESTED = SCHEME_FIELDS.indexOf('requestedFen');
export const S_PAID = SCHEME_FIELDS.indexOf('paidFen');
export const S_REFUSED = SCHEME_FIELDS.indexOf('refusedFen');
export const S_SCALED = SCHEME_FIELDS.indexOf('scaledFen');
export const S_APPS_REQUESTED = SCHEME_FIELDS.indexOf('appsRequested');
export const S_APPS_FUNDED = SCHEME_FIELDS.indexOf('appsFunded');
export const S_APPS_PARTIAL = SCHEME_FIELDS.indexOf('appsPartial');
export const S_APPS_REFUSED = SCHEME_FIELDS.indexOf('appsRefused');
export const S_FIRMS_REQUESTED = SCHEME_FIELDS.indexOf('firmsRequested');
export const S_FIRMS_FUNDED = SCHEME_FIELDS.indexOf('firmsFunded');
export const S_FIRMS_PARTIAL = SCHEME_FIELDS.indexOf('firmsPartial');
export const S_FIRMS_REFUSED = SCHEME_FIELDS.indexOf('firmsRefused');
export const S_FIRMS_AT_CAP = SCHEME_FIELDS.indexOf('firmsAtCap');
export const S_EXHAUSTION_DAY = SCHEME_FIELDS.indexOf('exhaustionDay');

/** Figures per group value in RunRecord.group: the figure F of the group at `at` is at at + F. */
export const GROUP_STRIDE = GROUP_FIELDS.length;
export const G_FIRMS = GROUP_FIELDS.indexOf('firms');
export const G_FIRMS_REFUSED = GROUP_FIELDS.indexOf('firmsRefused');
export const G_FIRMS_AT_CAP = GROUP_FIELDS.indexOf('firmsAtCap');

/**
 * The fields of a group cell (YearPlan.cells: one cell per tier × voucher × category × district value), the
 * per-application group figures; CELL_GROUP_FIELD[f] is cell field f's index in GROUP_FIELDS.
 */
export const CELL_APPS = 0;
export const CELL_CONTRACT = 1;
export const CELL_BASIS = 2;
export const CELL_REQUESTED = 3;
export const CELL_PAID = 4;
export const CELL_REFUSED = 5;
export const CELL_SCALED = 6;
export const CELL_STRIDE = CELL_FIELDS;
export const CELL_GROUP_FIELD = Int32Array.from(
  ['apps', 'contractFen', 'basisFen', 'requestedFen', 'paidFen', 'refusedFen', 'scaledFen'] as const,
  (f) => GROUP_FIELDS.indexOf(f),
);
if (CELL_GROUP_FIELD.length !== CELL_STRIDE) throw new Error('cell fields out of step with EngineContext.CELL_FIELDS');

/**
 * The cell of an application: its firm's tier, its voucher, its category (−1: none) and its district value
 * (`district` ≥ 0, or `noDistrict`), times CELL_STRIDE.
 */
export function cellAt(tier: number, voucher: number, category: number, district: number, districtValues: number, noDistrict: number): number {
  return ((((tier * 3 + voucher) << 2) + category + 1) * districtValues + (district >= 0 ? district : noDistrict)) * CELL_STRIDE;
}

/**
 * Per-firm bits (EngineContext.firmBits): group j (0–2 the compute categories, 3–5 the vouchers) applied in bit j,
 * requested something in bit 8 + j, was paid something in bit 16 + j; APPLIED (the firm applied at all) and AT_CAP
 * (it reached a yearly cap of some scheme).
 */
export const APPLIED = 1 << 6;
export const AT_CAP = 1 << 24;

/** The group bits of an application: its voucher's bit and its category's (when it has one). */
export function groupBits(voucher: number, category: number): number {
  return (1 << (3 + voucher)) | (category >= 0 ? 1 << category : 0);
}
