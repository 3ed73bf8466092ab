/**
 * One application's grants under compiled rules, without allocating: the single implementation of the
 * voucher rules, used by `quote()` (which adds the explanations) and by the Monte Carlo engine.
 *
 *   for each grant scheme of the voucher:  in force? → eligible? → ratio rule → basis × ratio
 *                                          → yearly cap left → pool left            = own[s]
 *   从优、就高、不重复: the largest own[s] is paid (ties: first in RuleSet order)     = chosen
 *   for each top-up of the voucher:        in force? → eligible? → match rule → chosen grant × match
 *                                          → its yearly cap left → its pool left    = paid[t]
 *   total = paid[chosen] + Σ paid[top-ups]
 */
import { applyRatioUnchecked } from '../money/applyRatio';
import type { AppInput } from './appInput';
import { appBits, CATEGORY_BITS, DISTRICT_BITS, type CompiledRules } from './compile';
import type { Bound } from './model';

/** Bound codes in `EvalOut.bound`; `BOUNDS[code]` is the model's Bound. */
export const BOUND_RATIO = 0;
export const BOUND_CAP = 1;
export const BOUND_REMAINING_CAP = 2;
export const BOUND_POOL = 3;
export const BOUND_NOT_IN_FORCE = 4;
export const BOUND_NOT_ELIGIBLE = 5;
/** The scheme does not concern the application's voucher. */
export const BOUND_NOT_CONSIDERED = 255;
export const BOUNDS: readonly Bound[] = ['ratio', 'cap', 'remaining-cap', 'pool', 'not-in-force', 'not-eligible'];

/**
 * Why a scheme pays 0 or less than its ratio gives, in `EvalOut.why` (bits). Bits 1, 2, 4 are the
 * FLAG_* whose required value the application lacks; WHY_CATEGORY / WHY_DISTRICT likewise.
 */
export const WHY_CATEGORY = 8;
export const WHY_DISTRICT = 16;
/** The day lies outside the scheme's validFrom..validTo. */
export const WHY_OUTSIDE_VALIDITY = 32;
/** The scheme is valid that day but none of its ratio (match) rules is. */
export const WHY_NO_RULE_IN_FORCE = 64;
/** Rules are in force but none matches the application (e.g. the category is missing). */
export const WHY_NO_RULE_MATCHES = 128;
/** Top-up: the chosen grant's level is not one the top-up matches. */
export const WHY_LEVEL_NOT_MATCHED = 256;
/** Top-up: no grant was paid, so there is nothing to match. */
export const WHY_NOTHING_TO_MATCH = 512;

/** How a pool that runs short is applied to one application. */
export type PoolMode = 0 | 1 | 2;
/** Pools are ignored. */
export const POOL_IGNORE = 0;
/** Pay what is left of the pool (first come, first served with a partial last grant). */
export const POOL_PARTIAL = 1;
/** A grant that does not fit entirely in what is left pays 0. */
export const POOL_STRICT = 2;

/** Per-scheme results of one evaluation; allocate once with `makeEvalOut` and reuse. */
export interface EvalOut {
  /** What the scheme would pay on its own (after its cap and pool), in fen. */
  own: Float64Array;
  /** What it pays after 从优就高不重复 (the chosen grant and every top-up; 0 for the others). */
  paid: Float64Array;
  /** BOUND_* code. */
  bound: Uint8Array;
  /** WHY_* bits explaining a 0 or a reduced amount. */
  why: Int32Array;
  /** The amount the ratio applies to: contract fee, executed amount, or the matched grant (top-ups). */
  basis: Float64Array;
  /** The ratio applied in bp, -1 when no rule applied. */
  ratioBp: Int32Array;
  /** Index of the ratio (or match) rule applied within the scheme's list, -1 when none. */
  ratioRule: Int32Array;
  /** basis × ratio, before the cap and the pool. */
  raw: Float64Array;
  /** The yearly cap in force for this application, -1 = no cap. */
  capFen: Float64Array;
  /** Index of the cap rule applied within the scheme's `caps`, -1 when none matched. */
  capRule: Int32Array;
  /** What is left of the yearly cap before this application, -1 = no cap. */
  remainingCap: Float64Array;
  /** Scheme index chosen by 从优就高不重复, or -1 when no grant pays. */
  chosen: number;
  /** paid[chosen] + Σ paid[top-ups], in fen. */
  total: number;
}

/** Allocates an EvalOut sized for `c`. */
export function makeEvalOut(c: CompiledRules): EvalOut {
  const n = c.schemeCount;
  return {
    own: new Float64Array(n),
    paid: new Float64Array(n),
    bound: new Uint8Array(n).fill(BOUND_NOT_CONSIDERED),
    why: new Int32Array(n),
    basis: new Float64Array(n),
    ratioBp: new Int32Array(n).fill(-1),
    ratioRule: new Int32Array(n).fill(-1),
    raw: new Float64Array(n),
    capFen: new Float64Array(n).fill(-1),
    capRule: new Int32Array(n).fill(-1),
    remainingCap: new Float64Array(n).fill(-1),
    chosen: -1,
    total: 0,
  };
}

/**
 * The requirements of condition row `cond` that `app` fails, as WHY bits: FLAG_* bits, WHY_CATEGORY,
 * WHY_DISTRICT; 0 = the row matches. A row naming a category fails for an application without one.
 */
export function conditionMismatch(c: CompiledRules, cond: number, app: AppInput): number {
  return whyOf((appBits(app.flags, app.category, app.district) ^ c.condValue[cond]!) & c.condMask[cond]!);
}

/** Condition-table mismatch bits → WHY bits (only on the paths that pay 0). */
function whyOf(miss: number): number {
  return (miss & 7) | ((miss & CATEGORY_BITS) !== 0 ? WHY_CATEGORY : 0) | ((miss & DISTRICT_BITS) !== 0 ? WHY_DISTRICT : 0);
}

/**
 * Evaluates one application against every scheme of its voucher and applies 从优、就高、不重复
 * (000, 003 and 004 closing paragraphs): the firm receives the single largest grant, not the sum; on a
 * tie the scheme listed first in the RuleSet is chosen. Top-ups are then added (001 （1） "额外补助").
 *
 * `received[receivedOffset + s]` is what the firm already got from scheme s this calendar year (per-firm
 * caps are yearly and cumulative); `poolRemaining[s]` what is left of scheme s's pool (Infinity = no
 * limit), used only when `poolRemaining` is given and `poolMode` is not POOL_IGNORE. Neither array is
 * written: the caller books the payment. Does not allocate.
 *
 * Afterwards `own`, `paid` and `bound` hold for every scheme (BOUND_NOT_CONSIDERED for schemes of other
 * vouchers); the other per-scheme fields are written only for the schemes considered.
 */
export function evaluate(
  c: CompiledRules, app: AppInput, received: Float64Array, receivedOffset: number,
  poolRemaining: Float64Array | null, poolMode: PoolMode, out: EvalOut,
): void {
  const n = c.schemeCount;
  const own = out.own;
  const paid = out.paid;
  const bound = out.bound;
  for (let s = 0; s < n; s++) {
    own[s] = 0;
    paid[s] = 0;
    bound[s] = BOUND_NOT_CONSIDERED;
  }
  const bits = appBits(app.flags, app.category, app.district);
  const v = app.voucher;
  let best = -1;
  let bestFen = 0;
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) {
    const s = c.grantList[k]!;
    const row = admit(c, s, app.day, bits, out);
    if (row < 0) continue;
    const basis = c.basisExecuted[s] === 1 ? app.executedFen : app.contractFen;
    out.basis[s] = basis;
    const fen = limit(c, s, app.day, bits, applyRatioUnchecked(basis, c.ratioBp[row]!), received, receivedOffset, poolRemaining, poolMode, out);
    // strictly greater: on a tie the scheme listed first keeps the choice
    if (fen > bestFen) {
      best = s;
      bestFen = fen;
    }
  }
  topUps(c, app.voucher, app.day, bits, best, bestFen, received, receivedOffset, poolRemaining, poolMode, out);
}

/**
 * Sets the chosen grant to `chosen` paying `chosenPaid`, (re)computes every top-up of the application's
 * voucher on it (001 （1）: "按照市级认定补贴金额给予100%额外补助，单家企业最高补贴500万元/年") and the
 * total. `evaluate` calls it; the engine calls it again after scaling a chosen grant down (batch pro
 * rata), so that top-ups match what is actually paid. Does not allocate or write received/poolRemaining.
 */
export function evaluateTopUps(
  c: CompiledRules, app: AppInput, chosen: number, chosenPaid: number, received: Float64Array,
  receivedOffset: number, poolRemaining: Float64Array | null, poolMode: PoolMode, out: EvalOut,
): void {
  topUps(c, app.voucher, app.day, appBits(app.flags, app.category, app.district), chosen, chosenPaid, received,
    receivedOffset, poolRemaining, poolMode, out);
}

function topUps(
  c: CompiledRules, v: number, day: number, bits: number, chosen: number, chosenPaid: number, received: Float64Array,
  receivedOffset: number, poolRemaining: Float64Array | null, poolMode: PoolMode, out: EvalOut,
): void {
  out.chosen = chosen;
  let total = 0;
  // only the chosen grant is paid (从优、就高、不重复), also when a caller re-chooses after scaling
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) out.paid[c.grantList[k]!] = 0;
  if (chosen >= 0) {
    out.paid[chosen] = chosenPaid;
    total = chosenPaid;
  }
  for (let k = c.topUpStart[v]!, end = c.topUpStart[v + 1]!; k < end; k++) {
    const t = c.topUpList[k]!;
    out.paid[t] = 0;
    const row = admit(c, t, day, bits, out);
    if (row < 0) continue;
    let matched = 0;
    if (chosen < 0) {
      out.why[t] = WHY_NOTHING_TO_MATCH;
    } else if ((c.ofLevels[t]! & (1 << c.level[chosen]!)) === 0) {
      // 001 （1） matches the 市级认定 amount: a grant of another level is not matched
      out.bound[t] = BOUND_NOT_ELIGIBLE;
      out.why[t] = WHY_LEVEL_NOT_MATCHED;
      continue;
    } else {
      matched = chosenPaid;
    }
    out.basis[t] = matched;
    const fen = limit(c, t, day, bits, applyRatioUnchecked(matched, c.ratioBp[row]!), received, receivedOffset, poolRemaining, poolMode, out);
    out.paid[t] = fen;
    total += fen;
  }
  out.total = total;
}

/**
 * In force, eligible, and the first ratio (match) rule matching: returns that rule's row, or -1 after
 * writing bound and why. The reasons are ranked: outside the scheme's dates, then no rule in force that
 * day (both not-in-force), then the eligibility, then no rule matching (e.g. 000 （三）'s category missing).
 */
function admit(c: CompiledRules, s: number, day: number, bits: number, out: EvalOut): number {
  out.own[s] = 0;
  out.why[s] = 0;
  out.basis[s] = 0;
  out.raw[s] = 0;
  out.ratioBp[s] = -1;
  out.ratioRule[s] = -1;
  out.capFen[s] = -1;
  out.capRule[s] = -1;
  out.remainingCap[s] = -1;
  if (day < c.validFrom[s]! || day > c.validTo[s]!) {
    out.bound[s] = BOUND_NOT_IN_FORCE;
    out.why[s] = WHY_OUTSIDE_VALIDITY;
    return -1;
  }
  const start = c.ratioStart[s]!;
  const end = c.ratioStart[s + 1]!;
  const e = c.eligibility[s]!;
  const eligibleMiss = (bits ^ c.condValue[e]!) & c.condMask[e]!;
  let inForce = false;
  if (eligibleMiss === 0) {
    for (let r = start; r < end; r++) {
      if (c.ratioFrom[r]! <= day && day <= c.ratioTo[r]!) {
        inForce = true;
        const cond = c.ratioCond[r]!;
        if (((bits ^ c.condValue[cond]!) & c.condMask[cond]!) === 0) {
          out.bound[s] = BOUND_RATIO;
          out.ratioBp[s] = c.ratioBp[r]!;
          out.ratioRule[s] = r - start;
          return r;
        }
      }
    }
  } else {
    for (let r = start; r < end && !inForce; r++) inForce = c.ratioFrom[r]! <= day && day <= c.ratioTo[r]!;
  }
  if (!inForce) {
    out.bound[s] = BOUND_NOT_IN_FORCE;
    out.why[s] = WHY_NO_RULE_IN_FORCE;
  } else {
    out.bound[s] = BOUND_NOT_ELIGIBLE;
    out.why[s] = eligibleMiss !== 0 ? whyOf(eligibleMiss) : WHY_NO_RULE_MATCHES;
  }
  return -1;
}

/**
 * Applies the yearly per-firm cap (first matching cap rule in force; its value -1 = no cap, e.g. the
 * foundation-model relaxation of 000 （三） read as "no cap") and then the pool; writes and returns own[s].
 */
function limit(
  c: CompiledRules, s: number, day: number, bits: number, raw: number, received: Float64Array, receivedOffset: number,
  poolRemaining: Float64Array | null, poolMode: PoolMode, out: EvalOut,
): number {
  out.raw[s] = raw;
  let fen = raw;
  const start = c.capStart[s]!;
  for (let r = start, end = c.capStart[s + 1]!; r < end; r++) {
    const cond = c.capCond[r]!;
    if (c.capFrom[r]! <= day && day <= c.capTo[r]! && ((bits ^ c.condValue[cond]!) & c.condMask[cond]!) === 0) {
      out.capRule[s] = r - start;
      const cap = c.capValue[r]!;
      out.capFen[s] = cap;
      if (cap >= 0) {
        const got = received[receivedOffset + s]!;
        const left = cap - got > 0 ? cap - got : 0;
        out.remainingCap[s] = left;
        if (fen > left) {
          fen = left;
          out.bound[s] = got > 0 ? BOUND_REMAINING_CAP : BOUND_CAP;
        }
      }
      break;
    }
  }
  if (poolRemaining !== null && poolMode !== POOL_IGNORE && fen > 0) {
    const p = poolRemaining[s]!;
    const left = p > 0 ? p : 0;
    if (fen > left) {
      fen = poolMode === POOL_STRICT ? 0 : left;
      out.bound[s] = BOUND_POOL;
    }
  }
  out.own[s] = fen;
  return fen;
}
