/**
 * One application's grants under compiled rules, without allocating: the single implementation of the
 * voucher rules, used by `quote()` (which adds the explanations) and by the Monte Carlo engine.
 *
 *   for each grant scheme of the voucher:  in force? → eligible? → ratio rule → basis × ratio
 *                                          → yearly cap left → pool left            = own[s]
 *   packages: each grant s with own[s] > 0, plus the top-ups it triggers:
 *     for each top-up t of the voucher:    in force? → eligible? → matches s's level? → own[s] × match
 *                                          → its yearly cap left → its pool left    = top[t | s]
 *   从优、就高、不重复: the package with the largest own[s] + Σ top[t | s] is paid
 *                      (ties: the grant first in RuleSet order)                      = chosen
 *   total = paid[chosen] + Σ paid[top-ups]
 */
import { applyRatioUnchecked } from '../money/applyRatio';
import type { AppInput } from './appInput';
import {
  appBits, capUsed, CATEGORY_BITS, dayClassOf, DISTRICT_BITS, factsKey, paysOnExecuted, ratioBpOf, type CompiledRules,
} from './compile';
import type { Bound } from './model';

// The codes the evaluator uses, as module-private consts (docs/performance.md, "Module-private constants").
const RATIO = 0;
const CAP = 1;
const REMAINING_CAP = 2;
const POOL = 3;
const NOT_IN_FORCE = 4;
const NOT_ELIGIBLE = 5;
const NOT_CONSIDERED = 255;
const IGNORE = 0;
const PARTIAL = 1;
const STRICT = 2;

/** Bound codes in `EvalOut.bound`; `BOUNDS[code]` is the model's Bound. */
export const BOUND_RATIO = RATIO;
export const BOUND_CAP = CAP;
export const BOUND_REMAINING_CAP = REMAINING_CAP;
export const BOUND_POOL = POOL;
export const BOUND_NOT_IN_FORCE = NOT_IN_FORCE;
export const BOUND_NOT_ELIGIBLE = NOT_ELIGIBLE;
/** The scheme does not concern the application's voucher. */
export const BOUND_NOT_CONSIDERED = NOT_CONSIDERED;
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
export const POOL_IGNORE = IGNORE;
/** Pay what is left of the pool (first come, first served with a partial last grant). */
export const POOL_PARTIAL = PARTIAL;
/** A grant that does not fit entirely in what is left pays 0. */
export const POOL_STRICT = STRICT;

/** Per-scheme results of one evaluation; allocate once with `makeEvalOut` and reuse. */
export interface EvalOut {
  /**
   * Whether the explanation fields (`why`, `raw`, `ratioBp`, `ratioRule`, `capRule`, `remainingCap`) are
   * written. quote() needs them; the engine reads only `own`, `paid`, `bound`, `basis`, `capFen`, `chosen` and
   * `total`, and saves the writes. When false the explanation fields hold nothing meaningful.
   */
  explain: boolean;
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
  /**
   * For a voucher with top-ups, the total of the package each grant scheme leads (its own amount plus the top-ups it
   * triggers; 0 when it pays nothing); not written for vouchers without top-ups (the package is the grant alone).
   */
  packageTotal: Float64Array;
  /** Grant scheme index whose package 从优就高不重复 chose, or -1 when no grant pays. */
  chosen: number;
  /** paid[chosen] + Σ paid[top-ups], in fen. */
  total: number;
}

/**
 * Allocates an EvalOut sized for `c`.
 * @param explain write the explanation fields (default true; the engine passes false)
 */
export function makeEvalOut(c: CompiledRules, explain = true): EvalOut {
  const n = c.schemeCount;
  return {
    explain,
    own: new Float64Array(n),
    paid: new Float64Array(n),
    bound: new Uint8Array(n).fill(NOT_CONSIDERED),
    why: new Int32Array(n),
    basis: new Float64Array(n),
    ratioBp: new Int32Array(n).fill(-1),
    ratioRule: new Int32Array(n).fill(-1),
    raw: new Float64Array(n),
    capFen: new Float64Array(n).fill(-1),
    capRule: new Int32Array(n).fill(-1),
    remainingCap: new Float64Array(n).fill(-1),
    packageTotal: new Float64Array(n),
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
 * (hangzhou-2024, hangzhou-2023-draft and zhejiang-2025 closing paragraphs) to packages: a package is one grant plus the top-ups that grant
 * triggers (shangcheng-draft （1） "额外补助"); the firm receives the package with the largest total, never two grants; on a
 * tie the package whose grant is listed first in the RuleSet is chosen.
 *
 * `received[receivedOffset + s]` is what the firm already got from scheme s this calendar year (per-firm
 * caps are yearly and cumulative; compile.ts capUsed says what counts against each cap); `poolRemaining[s]` what is left of scheme s's pool (Infinity = no
 * limit), used only when `poolRemaining` is given and `poolMode` is not IGNORE. Neither array is
 * written: the caller books the payment. Does not allocate.
 *
 * Afterwards `own`, `paid` and `bound` hold for every scheme (NOT_CONSIDERED for schemes of other
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
    bound[s] = NOT_CONSIDERED;
  }
  const bits = appBits(app.flags, app.category, app.district);
  const v = app.voucher;
  const day = app.day;
  const memo = memoAt(c, app);
  const grantList = c.grantList;
  let best = -1;
  let bestFen = 0;
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) {
    const s = grantList[k]!;
    const rows = c.ruleMemo[memo + s]!;
    const row = admit(c, s, (rows & 0xffff) - 1, day, bits, out);
    if (row < 0) continue;
    const basis = paysOnExecuted(c, s) ? app.executedFen : app.contractFen;
    out.basis[s] = basis;
    const fen = limit(c, s, (rows >>> 16) - 1, applyRatioUnchecked(basis, ratioBpOf(c, row)), received, receivedOffset, poolRemaining, poolMode, out);
    // strictly greater: on a tie the scheme listed first keeps the choice
    if (fen > bestFen) {
      best = s;
      bestFen = fen;
    }
  }
  // most vouchers have no top-up: a package is its grant alone
  if (c.topUpStart[v] === c.topUpStart[v + 1]) {
    // every grant's paid is 0 from the reset above: only the chosen one is paid (从优、就高、不重复)
    out.chosen = best;
    if (best >= 0) paid[best] = bestFen;
    out.total = bestFen;
  } else {
    bestPackage(c, v, day, bits, memo, received, receivedOffset, poolRemaining, poolMode, out);
  }
}

/**
 * 从优、就高、不重复 over packages: each grant that pays something, plus the top-ups that grant triggers (shangcheng-draft （1）
 * "按照市级认定补贴金额给予100%额外补助" matches only a city grant under `topup-of: city-only`), is one package; the
 * firm receives the package with the largest total, the first in RuleSet order on a tie. Leaves `out` as
 * `evaluateTopUps` on the winner would, and the total of every package in `packageTotal` (0 for a grant that
 * pays nothing).
 */
function bestPackage(
  c: CompiledRules, v: number, day: number, bits: number, memo: number, received: Float64Array, receivedOffset: number,
  poolRemaining: Float64Array | null, poolMode: PoolMode, out: EvalOut,
): void {
  let win = -1;
  let winTotal = 0;
  let last = -1;
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) {
    const s = c.grantList[k]!;
    const own = out.own[s]!;
    out.packageTotal[s] = 0;
    if (own <= 0) continue;
    topUps(c, v, day, bits, memo, s, own, received, receivedOffset, poolRemaining, poolMode, out);
    last = s;
    out.packageTotal[s] = out.total;
    // strictly greater: on a tie the package whose grant is listed first keeps the choice
    if (out.total > winTotal) {
      win = s;
      winTotal = out.total;
    }
  }
  out.chosen = win;
  if (win >= 0) out.paid[win] = out.own[win]!;
  // the top-ups as the winner triggers them (already there when the winner was computed last)
  if (win < 0 || win !== last) topUps(c, v, day, bits, memo, win, win >= 0 ? out.own[win]! : 0, received, receivedOffset, poolRemaining, poolMode, out);
}

/** Where the application's rule rows start in `c.ruleMemo` (its day's class and its condition facts). */
function memoAt(c: CompiledRules, app: AppInput): number {
  return (dayClassOf(c, app.day) * c.factsKeys + factsKey(app.flags, app.category, app.district)) * c.schemeCount;
}

/**
 * Sets the chosen grant to `chosen` paying `chosenPaid`, (re)computes every top-up of the application's
 * voucher on it (shangcheng-draft （1）: "按照市级认定补贴金额给予100%额外补助，单家企业最高补贴500万元/年") and the
 * total. `evaluate` calls it; the engine calls it again after scaling a chosen grant down (batch pro
 * rata), so that top-ups match what is actually paid. Does not allocate or write received/poolRemaining.
 */
export function evaluateTopUps(
  c: CompiledRules, app: AppInput, chosen: number, chosenPaid: number, received: Float64Array,
  receivedOffset: number, poolRemaining: Float64Array | null, poolMode: PoolMode, out: EvalOut,
): void {
  const v = app.voucher;
  out.chosen = chosen;
  // only the chosen grant is paid (从优、就高、不重复), also when a caller re-chooses after scaling
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) out.paid[c.grantList[k]!] = 0;
  if (chosen >= 0) out.paid[chosen] = chosenPaid;
  topUps(c, v, app.day, appBits(app.flags, app.category, app.district), memoAt(c, app), chosen, chosenPaid, received,
    receivedOffset, poolRemaining, poolMode, out);
}

/** The top-ups of voucher `v` on the chosen grant (already written in `out.paid`), and the total. */
function topUps(
  c: CompiledRules, v: number, day: number, bits: number, memo: number, chosen: number, chosenPaid: number,
  received: Float64Array, receivedOffset: number, poolRemaining: Float64Array | null, poolMode: PoolMode, out: EvalOut,
): void {
  let total = chosen >= 0 ? chosenPaid : 0;
  for (let k = c.topUpStart[v]!, end = c.topUpStart[v + 1]!; k < end; k++) {
    const t = c.topUpList[k]!;
    out.paid[t] = 0;
    const rows = c.ruleMemo[memo + t]!;
    const row = admit(c, t, (rows & 0xffff) - 1, day, bits, out);
    if (row < 0) continue;
    let matched = 0;
    if (chosen < 0) {
      if (out.explain) out.why[t] = WHY_NOTHING_TO_MATCH;
    } else if ((c.ofLevels[t]! & (1 << c.level[chosen]!)) === 0) {
      // shangcheng-draft （1） matches the 市级认定 amount: a grant of another level is not matched
      clearAmounts(t, out);
      out.bound[t] = NOT_ELIGIBLE;
      if (out.explain) out.why[t] = WHY_LEVEL_NOT_MATCHED;
      continue;
    } else {
      matched = chosenPaid;
    }
    out.basis[t] = matched;
    const fen = limit(c, t, (rows >>> 16) - 1, applyRatioUnchecked(matched, ratioBpOf(c, row)), received, receivedOffset, poolRemaining, poolMode, out);
    out.paid[t] = fen;
    total += fen;
  }
  out.total = total;
}

/**
 * In force, eligible, and the first ratio (match) rule matching: `r`, that rule's row from the memo (compile.ts
 * ratioRowOf). Returns it after writing bound (and the rule, when explaining); or -1 after `refuse` wrote why
 * not. The amounts are written by the caller and `limit`.
 */
function admit(c: CompiledRules, s: number, r: number, day: number, bits: number, out: EvalOut): number {
  if (r < 0) {
    refuse(c, s, day, bits, out);
    return -1;
  }
  out.bound[s] = RATIO;
  if (out.explain) {
    out.why[s] = 0;
    out.ratioBp[s] = ratioBpOf(c, r);
    out.ratioRule[s] = r - c.ratioStart[s]!;
  }
  return r;
}

/** A scheme that pays nothing: zero amounts, no cap (the ratio rule, if one matched, is kept). */
function clearAmounts(s: number, out: EvalOut): void {
  out.own[s] = 0;
  out.basis[s] = 0;
  out.capFen[s] = -1;
  out.raw[s] = 0;
  out.capRule[s] = -1;
  out.remainingCap[s] = -1;
}

/**
 * Why `admit` found no rule, as bound and why. The reasons are ranked: outside the scheme's dates, then no
 * rule in force that day (both not-in-force), then the eligibility, then no rule matching (e.g. hangzhou-2024 （三）'s
 * category missing).
 */
function refuse(c: CompiledRules, s: number, day: number, bits: number, out: EvalOut): void {
  clearAmounts(s, out);
  out.ratioBp[s] = -1;
  out.ratioRule[s] = -1;
  if (day < c.validFrom[s]! || day > c.validTo[s]!) {
    out.bound[s] = NOT_IN_FORCE;
    out.why[s] = WHY_OUTSIDE_VALIDITY;
    return;
  }
  const e = c.eligibility[s]!;
  const eligibleMiss = (bits ^ c.condValue[e]!) & c.condMask[e]!;
  let inForce = false;
  for (let r = c.ratioStart[s]!, end = c.ratioStart[s + 1]!; r < end && !inForce; r++) inForce = c.ratioFrom[r]! <= day && day <= c.ratioTo[r]!;
  if (!inForce) {
    out.bound[s] = NOT_IN_FORCE;
    out.why[s] = WHY_NO_RULE_IN_FORCE;
  } else {
    out.bound[s] = NOT_ELIGIBLE;
    out.why[s] = eligibleMiss !== 0 ? whyOf(eligibleMiss) : WHY_NO_RULE_MATCHES;
  }
}

/**
 * Applies the yearly per-firm cap (`r`: the first matching cap rule in force, from the memo (compile.ts
 * capRowOf), or -1; its value -1 = no cap, e.g. the foundation-model relaxation of hangzhou-2024 （三） read as "no
 * cap") and then the pool; writes and returns own[s].
 */
function limit(
  c: CompiledRules, s: number, r: number, raw: number, received: Float64Array, receivedOffset: number,
  poolRemaining: Float64Array | null, poolMode: PoolMode, out: EvalOut,
): number {
  let fen = raw;
  let capFen = -1;
  let left = -1;
  if (r >= 0) {
    capFen = c.capValue[r]!;
    if (capFen >= 0) {
      const got = capUsed(c, s, received, receivedOffset);
      left = capFen - got > 0 ? capFen - got : 0;
      if (fen > left) {
        fen = left;
        out.bound[s] = got > 0 ? REMAINING_CAP : CAP;
      }
    }
  }
  out.capFen[s] = capFen;
  if (out.explain) {
    out.raw[s] = raw;
    out.capRule[s] = r >= 0 ? r - c.capStart[s]! : -1;
    out.remainingCap[s] = left;
  }
  if (poolRemaining !== null && poolMode !== IGNORE && fen > 0) {
    const p = poolRemaining[s]!;
    const poolLeft = p > 0 ? p : 0;
    if (fen > poolLeft) {
      fen = poolMode === STRICT ? 0 : poolLeft;
      out.bound[s] = POOL;
    }
  }
  out.own[s] = fen;
  return fen;
}
