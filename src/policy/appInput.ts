import {
  categoryIndex, voucherIndex, type CompiledRules,
} from './compile';
import type { Application } from './model';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME } from '../vocabulary';

/**
 * One application as `evaluate` reads it: numbers only, so the engine can reuse a single object.
 * `voucher` 0 compute / 1 corpus / 2 model; `category` 0 maas / 1 domestic / 2 other / -1 none;
 * `flags` FLAG_SELF_CONTROLLED | FLAG_FOUNDATION_MODEL | FLAG_SME; `district` an index into
 * `compiled.districts` (-1: in none of them). Amounts in fen, `day` a Day.
 */
export interface AppInput {
  voucher: number;
  day: number;
  contractFen: number;
  executedFen: number;
  category: number;
  flags: number;
  district: number;
}

/** A zeroed AppInput for the engine to fill in place. */
export function makeAppInput(): AppInput {
  return { voucher: 0, day: 0, contractFen: 0, executedFen: 0, category: -1, flags: 0, district: -1 };
}

/**
 * Writes a (validated) Application into `into` in the numeric form of `c`; a district the rules do not
 * name becomes -1. Returns `into`.
 */
export function toAppInput(c: CompiledRules, app: Application, into: AppInput = makeAppInput()): AppInput {
  into.voucher = voucherIndex(app.voucher);
  into.day = app.date;
  into.contractFen = app.contractFen;
  into.executedFen = app.executedFen;
  into.category = categoryIndex(app.category);
  into.flags = (app.selfControlled ? FLAG_SELF_CONTROLLED : 0)
    | (app.foundationModel ? FLAG_FOUNDATION_MODEL : 0)
    | (app.sme ? FLAG_SME : 0);
  into.district = c.districtIndex(app.district);
  return into;
}
