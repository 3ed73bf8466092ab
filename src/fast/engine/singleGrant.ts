/**
 * The single-grant path of first come, first served without fallback. For a voucher with one grant scheme s and no
 * top-up, `evaluate` comes down to s's ratio rule and cap rule (read from the rule memo for the application's day
 * and facts), the basis × ratio, and the cap left; the request is that amount when positive (s is then chosen),
 * and the pool pays what it allows. `bookSingleGrant` does exactly that for one application, without filling an
 * AppInput or an EvalOut, and books what fcfsApp books for it, to the fen.
 *
 * It is the one booking routine of this path, whichever way an application is read:
 *   - bookWritten: from the population's arrays, in day order, until the pools of the path are empty (untilEmpty)
 *     or to the end (once they are, every request is refused);
 *   - bookDeferred: once the pools are empty, from the draws the sampler left unwritten (DeferredDraws), in no
 *     particular order (every sum is of whole fen, exact below 2^53, and the exhaustion day is a minimum, so the
 *     order changes nothing).
 * Applications of the vouchers of the general path go through fcfsApp. test/engine/fastPath.test.ts requires the
 * same run records as the general path, and test/engine/deferredRefusals.test.ts the same with and without
 * deferred draws.
 */
import { applyRatioUnchecked } from '../../money/applyRatio';
import { factsKey } from '../../policy/compile';
import { POOL_STRICT, type PoolMode } from '../../policy/evaluate';
import type { RunRecord } from '../../record/RunRecord';
import { contractFenOf, executedBpOf, executedFenOf, kindMetaOf, type DeferredDraws } from '../sampler/makePopulationSampler';
import { bookShortfall, bookUnmet, splitByLevel } from './book';
import { VOUCHER_GENERAL, type EngineContext, type YearPlan } from './EngineContext';
import { fcfsApp } from './fcfs';
import {
  APPLIED, AT_CAP, CELL_APPS, CELL_BASIS, CELL_CONTRACT, CELL_PAID, CELL_REQUESTED, SCHEME_STRIDE, S_APPS_FUNDED,
  S_APPS_REQUESTED, S_PAID, S_REQUESTED, cellAt, groupBits,
} from './layout';

/** Books the year's applications on the single-grant path (see the top of this file). */
export function runSingleGrants(ctx: EngineContext, plan: YearPlan, rec: RunRecord, mode: PoolMode): void {
  const pop = ctx.pop;
  const nA = pop.appCount;
  const k = singleGrantBooking(ctx, plan, rec, mode);
  let from = bookWritten(k, 0, pop.appWritten, true);
  if (from === pop.appWritten && from < nA && !fastPoolsEmpty(ctx)) {
    // the pools outlasted the applications written: write the others and go on
    plan.sampler.writeRest(pop);
    from = bookWritten(k, from, nA, true);
  }
  // the pools of the path are empty, or every application is booked: what is left is refused
  const paidUpTo = from;
  bookWritten(k, from, pop.appWritten, false);
  if (pop.appWritten < nA) bookDeferred(k, plan.sampler.deferred);
  if (ctx.defer) learnDeferAfter(ctx, plan, paidUpTo);
}

/**
 * The next run writes out the days up to the latest on which the pools have run out, or the whole year once they
 * have not (`YearPlan.deferAfter`: it decides how much is written, never what is booked).
 */
function learnDeferAfter(ctx: EngineContext, plan: YearPlan, paidUpTo: number): void {
  const pop = ctx.pop;
  const lasted = paidUpTo === pop.appCount && !fastPoolsEmpty(ctx);
  const emptyDay = lasted ? plan.days - 1 : paidUpTo > 0 ? pop.appDay[paidUpTo - 1]! - plan.start : 0;
  if (lasted || plan.deferAfter === plan.days - 1 || emptyDay > plan.deferAfter) plan.deferAfter = emptyDay;
}

/**
 * True when the grant of every single-grant voucher has an empty pool: every application of those vouchers is then
 * refused (or requests nothing), and pools never grow back within a year.
 */
function fastPoolsEmpty(ctx: EngineContext): boolean {
  const { voucherGrant, poolLeft } = ctx;
  for (let v = 0; v < voucherGrant.length; v++) {
    const s = voucherGrant[v]!;
    if (s >= 0 && poolLeft[s]! > 0) return false;
  }
  return true;
}

/** What bookSingleGrant reads and writes, gathered once a run-year (one object of one shape). */
interface SingleGrantBooking {
  ctx: EngineContext;
  plan: YearPlan;
  rec: RunRecord;
  mode: PoolMode;
  strict: boolean;
  nS: number;
  start: number;
  days: number;
  // the compiled rules: rule rows by day class and facts, ratios, caps, bases, funding shares
  ruleMemo: Int32Array;
  dayMemo: Int32Array;
  ratioBp: Int32Array;
  capValue: Float64Array;
  basisExecuted: Uint8Array;
  fundingBp: Int32Array;
  // the year so far: per firm × scheme, per firm, per scheme
  voucherGrant: Int32Array;
  received: Float64Array;
  firmReq: Float64Array;
  atCap: Uint8Array;
  firmBits: Int32Array;
  poolLeft: Float64Array;
  firmTier: Uint16Array;
  firmDistrict: Int16Array;
  // the record
  cells: Float64Array;
  districtValues: number;
  noDistrict: number;
  scheme: Float64Array;
  dailyPaid: Float64Array;
  byLevel: Float64Array;
}

function singleGrantBooking(ctx: EngineContext, plan: YearPlan, rec: RunRecord, mode: PoolMode): SingleGrantBooking {
  const c = ctx.c;
  return {
    ctx, plan, rec, mode, strict: mode === POOL_STRICT, nS: ctx.nS, start: plan.start, days: plan.days,
    ruleMemo: c.ruleMemo, dayMemo: plan.dayMemo, ratioBp: c.ratioBp, capValue: c.capValue, basisExecuted: c.basisExecuted,
    fundingBp: c.fundingBp, voucherGrant: ctx.voucherGrant, received: ctx.received, firmReq: ctx.firmReq, atCap: ctx.atCap,
    firmBits: ctx.firmBits, poolLeft: ctx.poolLeft, firmTier: ctx.pop.firmTier, firmDistrict: ctx.pop.firmDistrict,
    cells: plan.cells, districtValues: plan.districtValues, noDistrict: plan.noDistrict, scheme: rec.scheme,
    dailyPaid: rec.dailyPaid, byLevel: rec.byLevel,
  };
}

/**
 * Books the written applications `from`…`to − 1` (the general path's vouchers through fcfsApp). With `untilEmpty`,
 * stops after the application that leaves every pool of the path empty; returns the index of the first
 * application not booked (`to` when it went through).
 */
function bookWritten(k: SingleGrantBooking, from: number, to: number, untilEmpty: boolean): number {
  const ctx = k.ctx;
  if (untilEmpty && fastPoolsEmpty(ctx)) return from;
  const { appFirm, appVoucher, appDay, appContractFen, appExecutedFen, appCategory, appFlags, firmDistrict } = ctx.pop;
  const { voucherGrant, start } = k;
  for (let a = from; a < to; a++) {
    const voucher = appVoucher[a]!;
    const s = voucherGrant[voucher]!;
    if (s === VOUCHER_GENERAL) {
      fcfsApp(ctx, k.plan, k.rec, a, k.mode);
      continue;
    }
    const firm = appFirm[a]!;
    const emptied = bookSingleGrant(
      k, firm, voucher, s, appDay[a]! - start, appCategory[a]!, firmDistrict[firm]!, appFlags[a]!, appContractFen[a]!, appExecutedFen[a]!,
    );
    if (emptied && untilEmpty && fastPoolsEmpty(ctx)) return a + 1;
  }
  return to;
}

/**
 * Books the applications the sampler left as draws (`DeferredDraws`: those after its last day written, when the
 * pools ran out on it or before), each read from its draws: the same values the sampler would have written. Every
 * voucher is on this path here (EngineContext.defer).
 */
function bookDeferred(k: SingleGrantBooking, deferred: DeferredDraws): void {
  const { firm: appFirm, planMeta, doy: appDoy, normals, tail, plans, kindFrom, order } = deferred;
  const { voucherGrant, firmDistrict } = k;
  for (let i = deferred.from, n = deferred.n; i < n; i++) {
    const a = order[i]!;
    const packed = planMeta[a]!;
    const voucherPlan = plans[packed & 0xffff]!;
    const meta = (packed >>> 16) | kindMetaOf(voucherPlan, tail, kindFrom + a);
    const voucher = meta & 3;
    const firm = appFirm[a]!;
    const contract = contractFenOf(voucherPlan, normals, a);
    const executed = executedFenOf(contract, executedBpOf(voucherPlan, tail, a));
    bookSingleGrant(k, firm, voucher, voucherGrant[voucher]!, appDoy[a]!, ((meta >> 2) & 3) - 1, firmDistrict[firm]!, meta >> 4, contract, executed);
  }
}

/**
 * One application of a single-grant voucher (grant scheme `s`, or VOUCHER_UNPAID): its request and payment, booked
 * by scheme, level and group as bookScheme and bookGroups book them. Returns whether it emptied its pool.
 */
function bookSingleGrant(
  k: SingleGrantBooking, firm: number, voucher: number, s: number, doy: number, category: number, district: number,
  flags: number, contract: number, executed: number,
): boolean {
  let req = 0;
  let paid = 0;
  let basis = 0;
  let emptied = false;
  if (s >= 0) {
    // the memo entry evaluate reads: (ratio row + 1) | (cap row + 1) << 16 for this day class and these facts
    const rows = k.ruleMemo[(k.dayMemo[doy]! + factsKey(flags, category, district)) * k.nS + s]!;
    const ratioRow = (rows & 0xffff) - 1;
    if (ratioRow >= 0) {
      const b = k.basisExecuted[s] === 1 ? executed : contract;
      let fen = applyRatioUnchecked(b, k.ratioBp[ratioRow]!);
      const i = firm * k.nS + s;
      const capRow = (rows >>> 16) - 1;
      const capFen = capRow >= 0 ? k.capValue[capRow]! : -1;
      if (capFen >= 0 && fen > capFen - k.received[i]!) fen = capFen - k.received[i]!; // ≤ 0: nothing requested
      if (fen > 0) {
        const left = k.poolLeft[s]!;
        req = fen;
        paid = fen <= left ? fen : k.strict ? 0 : left;
        const sch = k.scheme;
        const base = s * SCHEME_STRIDE;
        sch[base + S_REQUESTED]! += req;
        sch[base + S_APPS_REQUESTED]! += 1;
        if (paid >= req) sch[base + S_APPS_FUNDED]! += 1;
        else bookShortfall(sch, base, req, paid, doy, true);
        k.firmReq[i]! += req;
        if (paid > 0) {
          basis = b;
          sch[base + S_PAID]! += paid;
          const got = k.received[i]! + paid;
          k.received[i] = got;
          k.poolLeft[s] = left - paid;
          emptied = left === paid;
          k.dailyPaid[s * k.days + doy]! += paid;
          splitByLevel(paid, k.fundingBp, 3 * s, k.byLevel);
          if (capFen >= 0 && got >= capFen) {
            k.atCap[i] = 1;
            k.firmBits[firm]! |= AT_CAP;
          }
        }
      }
    }
  }
  const tier = k.firmTier[firm]!;
  const cells = k.cells;
  const at = cellAt(tier, voucher, category, district, k.districtValues, k.noDistrict);
  cells[at + CELL_APPS]! += 1;
  cells[at + CELL_CONTRACT]! += contract;
  cells[at + CELL_REQUESTED]! += req;
  if (paid > 0) {
    cells[at + CELL_BASIS]! += basis;
    cells[at + CELL_PAID]! += paid;
  }
  const group = groupBits(voucher, category);
  k.firmBits[firm]! |= APPLIED | group | (req > 0 ? group << 8 : 0) | (paid > 0 ? group << 16 : 0);
  if (paid < req) bookUnmet(k.plan, k.rec, at, tier, doy, req, paid);
  return emptied;
}
