/**
 * Booking one application into the run record: per scheme (request, payment, shortfall, the day a pool first fell
 * short, the firm's cap), by level of government, and by group (one cell per tier × voucher × category ×
 * district, spread over the groups once a year by foldCells in yearEnd.ts). Used by the general path (fcfs.ts,
 * batches.ts); the single-grant path (singleGrant.ts) books the same figures in one routine of its own.
 */
import { applyRatioUnchecked } from '../../money/applyRatio';
import { CAP_PER_CONTRACT, capUsed } from '../../policy/compile';
import { BOUND_NOT_CONSIDERED, BOUND_POOL, type EvalOut } from '../../policy/evaluate';
import type { RunRecord } from '../../record/RunRecord';
import type { EngineContext, YearPlan } from './EngineContext';
import {
  APPLIED, AT_CAP, CELL_APPS, CELL_BASIS, CELL_CONTRACT, CELL_PAID, CELL_REFUSED, CELL_REQUESTED, CELL_SCALED,
  SCHEME_STRIDE, S_APPS_FUNDED, S_APPS_PARTIAL, S_APPS_REQUESTED, S_EXHAUSTION_DAY, S_PAID, S_REQUESTED, S_SCALED, cellAt, groupBits,
} from './layout';

/** Zeroes the grant schemes of the current voucher in `out` before the caller decides the chosen payment. */
export function clearGrants(ctx: EngineContext, out: EvalOut): void {
  const c = ctx.c;
  const v = ctx.app.voucher;
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) {
    const s = c.grantList[k]!;
    out.paid[s] = 0;
    out.bound[s] = BOUND_NOT_CONSIDERED;
  }
}

/**
 * Books the application in ctx.app (of firm `firm`): per scheme, the request (from `req`) and the payment (from
 * `pay`), then its groups. `chosenFromReq`: the chosen grant's payment was decided by the caller (not in
 * `pay.own`), so a shortfall on it is for lack of pool.
 */
export function bookApplication(
  ctx: EngineContext, plan: YearPlan, rec: RunRecord, firm: number,
  req: EvalOut, pay: EvalOut, payDoy: number, chosenFromReq: boolean,
): void {
  const c = ctx.c;
  const v = ctx.app.voucher;
  let reqTotal = 0;
  let paidTotal = 0;
  let basis = 0;
  // With fallback, a scheme that was not chosen may pay part of what the chosen one could not: that part of the
  // request moves to the scheme that paid it, so that requests (and unmet demand) are counted once.
  let covered = 0;
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) {
    const s = c.grantList[k]!;
    const r = req.paid[s]!;
    const p = pay.paid[s]!;
    if (p > r) covered += p - r;
  }
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) {
    const s = c.grantList[k]!;
    let r = req.paid[s]!;
    const p = pay.paid[s]!;
    if (r === 0 && p === 0) continue;
    reqTotal += r;
    paidTotal += p;
    if (p > 0) basis = req.basis[s]!;
    if (p > r) r = p;
    else if (covered > 0 && p < r) {
      const moved = Math.min(covered, r - p);
      r -= moved;
      covered -= moved;
    }
    bookScheme(ctx, plan, rec, firm, s, r, p, payDoy, chosenFromReq || pay.bound[s] === BOUND_POOL, req.capFen[s]!);
  }
  bookTopUps(ctx, plan, rec, firm, req, pay, payDoy);
  const app = ctx.app;
  const requested = reqTotal + topUpSums[0]!;
  const paid = paidTotal + topUpSums[1]!;
  bookGroups(ctx, plan, rec, firm, v, app.category, app.district, app.contractFen, app.day - plan.start, requested, paid, basis);
}

/** What the last bookTopUps requested [0] and paid [1] in all (a scratch pair rather than an object per application). */
export const topUpSums = new Float64Array(2);

/** Books the top-ups of the voucher in ctx.app (request from `req`, payment from `pay`); their sums go to topUpSums. */
export function bookTopUps(
  ctx: EngineContext, plan: YearPlan, rec: RunRecord, firm: number, req: EvalOut, pay: EvalOut, doy: number,
): void {
  const c = ctx.c;
  const v = ctx.app.voucher;
  let requested = 0;
  let paid = 0;
  for (let k = c.topUpStart[v]!, end = c.topUpStart[v + 1]!; k < end; k++) {
    const t = c.topUpList[k]!;
    const r = req.paid[t]!;
    const p = pay.paid[t]!;
    if (r === 0 && p === 0) continue;
    requested += r;
    paid += p;
    bookScheme(ctx, plan, rec, firm, t, p > r ? p : r, p, doy, pay.bound[t] === BOUND_POOL, req.capFen[t]!);
  }
  topUpSums[0] = requested;
  topUpSums[1] = paid;
}

/** Books scheme s's request `req` and payment `paid` to firm `firm` on day `doy` of the year. */
export function bookScheme(
  ctx: EngineContext, plan: YearPlan, rec: RunRecord, firm: number, s: number,
  req: number, paid: number, doy: number, shortIsPool: boolean, capFen: number,
): void {
  const base = s * SCHEME_STRIDE;
  const sch = rec.scheme;
  sch[base + S_REQUESTED]! += req;
  sch[base + S_PAID]! += paid;
  if (req > 0) {
    sch[base + S_APPS_REQUESTED]! += 1;
    if (paid >= req) sch[base + S_APPS_FUNDED]! += 1;
    else bookShortfall(sch, base, req, paid, doy, shortIsPool);
  }
  const i = firm * ctx.nS + s;
  ctx.firmReq[i]! += req;
  if (paid > 0) {
    const got = ctx.received[i]! + paid;
    ctx.received[i] = got;
    ctx.poolLeft[s]! -= paid;
    rec.dailyPaid[s * plan.days + doy]! += paid;
    splitByLevel(paid, ctx.c.fundingBp, 3 * s, rec.byLevel);
    // what counts against the cap (compile.ts capUsed): this firm's grants of the year, of every grant of the voucher,
    // or, for a cap per contract, this payment
    if (capFen >= 0 && (ctx.c.capBasis[s] === CAP_PER_CONTRACT ? paid : capUsed(ctx.c, s, ctx.received, firm * ctx.nS)) >= capFen) {
      ctx.atCap[i] = 1;
      ctx.firmBits[firm]! |= AT_CAP;
    }
  }
}

/**
 * A scheme paid less than the request `req` > `paid` (scheme block at `base` of rec.scheme): scaled down when it
 * paid something (what it refused is worked out at year end, `addSchemeRefusals`). When the shortfall is for lack of
 * pool, the scheme's exhaustion day becomes `doy` if that is earlier than the one booked (the booking order need
 * not be the order of days: see singleGrant.ts's refusals from draws).
 */
export function bookShortfall(sch: Float64Array, base: number, req: number, paid: number, doy: number, shortIsPool: boolean): void {
  if (paid > 0) {
    sch[base + S_APPS_PARTIAL]! += 1;
    sch[base + S_SCALED]! += req - paid;
  }
  if (shortIsPool) {
    const day = sch[base + S_EXHAUSTION_DAY]!;
    if (day < 0 || doy < day) sch[base + S_EXHAUSTION_DAY] = doy;
  }
}

/**
 * Adds `paid` split by the funding basis points (province, city, district): each level's floor, then the fen
 * left over (at most two) one at a time to the levels that fund, in that order.
 */
export function splitByLevel(paid: number, bp: Int32Array, at: number, into: Float64Array): void {
  const w0 = bp[at]!;
  const w1 = bp[at + 1]!;
  const w2 = bp[at + 2]!;
  let p0 = applyRatioUnchecked(paid, w0);
  let p1 = applyRatioUnchecked(paid, w1);
  let p2 = applyRatioUnchecked(paid, w2);
  let left = paid - p0 - p1 - p2;
  for (let l = 0; left > 0; l = l === 2 ? 0 : l + 1) {
    if (l === 0 ? w0 > 0 : l === 1 ? w1 > 0 : w2 > 0) {
      if (l === 0) p0 += 1;
      else if (l === 1) p1 += 1;
      else p2 += 1;
      left -= 1;
    }
  }
  into[0]! += p0;
  into[1]! += p1;
  into[2]! += p2;
}

/**
 * The application's group figures go to one cell (see layout.ts cellAt), spread over the four group dimensions
 * once a year by foldCells: one cell instead of four groups per application. The sums are of whole fen, exact below
 * 2^53, so their order does not change them. The firm's group bits record what it applied for, requested and was
 * paid in each category and voucher.
 */
export function bookGroups(
  ctx: EngineContext, plan: YearPlan, rec: RunRecord, firm: number, voucher: number, category: number, district: number,
  contractFen: number, doy: number, req: number, paid: number, basis: number,
): void {
  const tier = ctx.pop.firmTier[firm]!;
  const cells = plan.cells;
  const at = cellAt(tier, voucher, category, district, plan.districtValues, plan.noDistrict);
  cells[at + CELL_APPS]! += 1;
  cells[at + CELL_CONTRACT]! += contractFen;
  cells[at + CELL_BASIS]! += basis;
  cells[at + CELL_REQUESTED]! += req;
  cells[at + CELL_PAID]! += paid;
  const group = groupBits(voucher, category);
  ctx.firmBits[firm]! |= APPLIED | group | (req > 0 ? group << 8 : 0) | (paid > 0 ? group << 16 : 0);
  if (paid < req) bookUnmet(plan, rec, at, tier, doy, req, paid);
}

/** An application paid less than its request `req` > `paid`: its group cell at `at`, by month and by tier. */
export function bookUnmet(plan: YearPlan, rec: RunRecord, at: number, tier: number, doy: number, req: number, paid: number): void {
  // unmet: refused when nothing was paid, scaled down otherwise (by arrival month and tier)
  const cells = plan.cells;
  const month = plan.monthOfDoy[doy]!;
  const mt = (month * plan.tiers + tier) * 2;
  if (paid === 0) {
    cells[at + CELL_REFUSED]! += req;
    rec.monthly[month * 3]! += req;
    rec.monthly[month * 3 + 2]! += 1;
    rec.monthlyTier[mt]! += req;
  } else {
    cells[at + CELL_SCALED]! += req - paid;
    rec.monthly[month * 3 + 1]! += req - paid;
    rec.monthlyTier[mt + 1]! += req - paid;
  }
}
