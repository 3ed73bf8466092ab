/**
 * The single-grant path of first come, first served without fallback. For a voucher with one grant scheme s and no
 * top-up, `evaluate` comes down to s's ratio rule and cap rule (read from the rule memo for the application's day
 * and facts), the basis × ratio, and the cap left; the request is that amount when positive (s is then chosen),
 * and the pool pays what it allows. `bookApplications` does exactly that, without filling an AppInput or an
 * EvalOut, and books what fcfsApp books, to the fen.
 *
 * It is the one booking routine of this path, whichever way an application is read:
 *   - from the population's arrays, in day order, until the pools of the path are empty (untilEmpty), then to the
 *     end (once they are, every request is refused);
 *   - once the pools are empty, from the draws the sampler left unwritten (DeferredDraws), in no particular order
 *     (every sum is of whole fen, exact below 2^53, and the exhaustion day is a minimum, so the order changes
 *     nothing).
 * Applications of the vouchers of the general path go through fcfsApp. test/engine/fastPath.test.ts requires the
 * same run records as the general path, and test/engine/deferredRefusals.test.ts the same with and without
 * deferred draws.
 */
import { applyRatioUnchecked } from '../../money/applyRatio';
import { factsKey } from '../../policy/compile';
import { POOL_STRICT, type PoolMode } from '../../policy/evaluate';
import type { RunRecord } from '../../record/RunRecord';
import type { DeferredDraws } from '../sampler/makePopulationSampler';
import { contractFenOf, executedBpOf, executedFenOf, kindMetaOf, type VoucherPlan } from '../sampler/samplerPlan';
import * as book from './book';
import { VOUCHER_GENERAL, type EngineContext, type YearPlan } from './EngineContext';
import { fcfsApp } from './fcfs';
import * as layout from './layout';

// What the loop uses per application from the modules beside it, read once into module constants: under tsx (the
// tests, the in-thread benchmark) an imported binding is read through a getter at every use (docs/performance.md,
// "Imported functions in hot loops").
const { bookShortfall, splitByLevel } = book;
const {
  APPLIED, AT_CAP, CELL_APPS, CELL_BASIS, CELL_CONTRACT, CELL_PAID, CELL_REFUSED, CELL_REQUESTED, CELL_SCALED, SCHEME_STRIDE, S_APPS_FUNDED,
  S_APPS_REQUESTED, S_PAID, S_REQUESTED, cellAt, groupBits,
} = layout;
const GENERAL = VOUCHER_GENERAL;

/** Books the year's applications on the single-grant path (see the top of this file). */
export function runSingleGrants(ctx: EngineContext, plan: YearPlan, rec: RunRecord, mode: PoolMode): void {
  const pop = ctx.pop;
  const nA = pop.appCount;
  const k: Booking = { ctx, plan, rec, mode };
  let from = bookApplications(k, 0, pop.appWritten, true, null);
  if (from === pop.appWritten && from < nA && !fastPoolsEmpty(ctx)) {
    // the pools outlasted the applications written: write the others and go on
    plan.sampler.writeRest(pop);
    from = bookApplications(k, from, nA, true, null);
  }
  // the pools of the path are empty, or every application is booked: what is left is refused
  const paidUpTo = from;
  bookApplications(k, from, pop.appWritten, false, null);
  if (pop.appWritten < nA) {
    const deferred = plan.sampler.deferred;
    bookApplications(k, deferred.from, deferred.n, false, deferred);
  }
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

/** The draws of no application: what bookApplications reads its draws from when it reads the arrays. */
const NO_DRAWS: DeferredDraws = {
  n: 0, order: new Uint32Array(0), from: 0, firm: new Uint32Array(0), planMeta: new Uint32Array(0), doy: new Uint16Array(0),
  normals: new Float64Array(0), tail: new Float64Array(0), kindFrom: 0, plans: [],
};

/** Where bookApplications books. */
interface Booking {
  ctx: EngineContext;
  plan: YearPlan;
  rec: RunRecord;
  mode: PoolMode;
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

/**
 * Books applications `from`…`to − 1` of a source and returns the index of the first not booked (`to` when it went
 * through). The source is the population's arrays (`deferred` null: application i is index i, in day order) or the
 * draws the sampler left unwritten (`deferred`: application `deferred.order[i]`, read from its draws, the values
 * the sampler would have written). With `untilEmpty`, it stops after the application that leaves every pool of the
 * path empty. The general path's vouchers (arrays only) go through fcfsApp.
 *
 * Longer than 80 lines on purpose: this is the one booking routine of the path, and one loop with its arrays in
 * local variables is what keeps it fast; as a function called per application it is too large for the JIT to
 * inline, and the call with ten arguments cost 15% of the single-grant throughput (docs/performance.md,
 * "runYear: one booking routine").
 */
// eslint-disable-next-line max-lines-per-function -- one loop with its arrays in locals (see the comment above)
function bookApplications(k: Booking, from: number, to: number, untilEmpty: boolean, deferred: DeferredDraws | null): number {
  const { ctx, plan, rec, mode } = k;
  if (untilEmpty && fastPoolsEmpty(ctx)) return from;
  const { ruleMemo, ratioBp, capValue, basisExecuted, fundingBp } = ctx.c;
  const { voucherGrant, received, firmReq, atCap, firmBits, poolLeft } = ctx;
  const { appFirm, appVoucher, appDay, appContractFen, appExecutedFen, appCategory, appFlags, firmDistrict, firmTier } = ctx.pop;
  const nS = ctx.nS;
  const { start, days, dayMemo, cells, districtValues, noDistrict, monthOfDoy, tiers } = plan;
  const { scheme: sch, dailyPaid, byLevel, monthly, monthlyTier } = rec;
  const strict = mode === POOL_STRICT;
  const fromDraws = deferred !== null;
  const { order, planMeta, plans, tail, normals, kindFrom, firm: drawnFirm, doy: drawnDoy } = deferred ?? NO_DRAWS;
  for (let i = from; i < to; i++) {
    // the application: from the arrays, or from its draws
    let a = i;
    let firm: number;
    let voucher: number;
    let doy: number;
    let flags: number;
    let category: number;
    let contract: number;
    let voucherPlan: VoucherPlan | null = null;
    if (!fromDraws) {
      firm = appFirm[a]!;
      voucher = appVoucher[a]!;
      doy = appDay[a]! - start;
      flags = appFlags[a]!;
      category = appCategory[a]!;
      contract = appContractFen[a]!;
    } else {
      a = order[i]!;
      const packed = planMeta[a]!;
      voucherPlan = plans[packed & 0xffff]!;
      const meta = (packed >>> 16) | kindMetaOf(voucherPlan, tail, kindFrom + a);
      firm = drawnFirm[a]!;
      voucher = meta & 3;
      doy = drawnDoy[a]!;
      flags = meta >> 4;
      category = ((meta >> 2) & 3) - 1;
      contract = contractFenOf(voucherPlan, normals, a);
    }
    const s = voucherGrant[voucher]!;
    if (s === GENERAL) {
      fcfsApp(ctx, plan, rec, a, mode);
      continue;
    }
    // its request (what evaluate gives with unlimited pools) and what the pool pays
    const district = firmDistrict[firm]!;
    let req = 0;
    let paid = 0;
    let basis = 0;
    let emptied = false;
    if (s >= 0) {
      // the memo entry evaluate reads: (ratio row + 1) | (cap row + 1) << 16 for this day class and these facts
      const rows = ruleMemo[(dayMemo[doy]! + factsKey(flags, category, district)) * nS + s]!;
      const ratioRow = (rows & 0xffff) - 1;
      if (ratioRow >= 0) {
        // the basis: the contract, or what was executed of it (read only then: from the draws it takes a few steps)
        const b = basisExecuted[s] !== 1 ? contract
          : voucherPlan === null ? appExecutedFen[a]! : executedFenOf(contract, executedBpOf(voucherPlan, tail, a));
        let fen = applyRatioUnchecked(b, ratioBp[ratioRow]!);
        const at = firm * nS + s;
        const capRow = (rows >>> 16) - 1;
        const capFen = capRow >= 0 ? capValue[capRow]! : -1;
        if (capFen >= 0 && fen > capFen - received[at]!) fen = capFen - received[at]!; // ≤ 0: nothing requested
        if (fen > 0) {
          // booked by scheme as bookScheme books it
          const left = poolLeft[s]!;
          req = fen;
          paid = fen <= left ? fen : strict ? 0 : left;
          const base = s * SCHEME_STRIDE;
          sch[base + S_REQUESTED]! += req;
          sch[base + S_APPS_REQUESTED]! += 1;
          if (paid >= req) sch[base + S_APPS_FUNDED]! += 1;
          else bookShortfall(sch, base, req, paid, doy, true);
          firmReq[at]! += req;
          if (paid > 0) {
            basis = b;
            sch[base + S_PAID]! += paid;
            const got = received[at]! + paid;
            received[at] = got;
            poolLeft[s] = left - paid;
            emptied = left === paid;
            dailyPaid[s * days + doy]! += paid;
            splitByLevel(paid, fundingBp, 3 * s, byLevel);
            if (capFen >= 0 && got >= capFen) {
              atCap[at] = 1;
              firmBits[firm]! |= AT_CAP;
            }
          }
        }
      }
    }
    // booked by group as bookGroups books it
    const tier = firmTier[firm]!;
    const cell = cellAt(tier, voucher, category, district, districtValues, noDistrict);
    cells[cell + CELL_APPS]! += 1;
    cells[cell + CELL_CONTRACT]! += contract;
    cells[cell + CELL_REQUESTED]! += req;
    if (paid > 0) {
      cells[cell + CELL_BASIS]! += basis;
      cells[cell + CELL_PAID]! += paid;
    }
    const group = groupBits(voucher, category);
    firmBits[firm]! |= APPLIED | group | (req > 0 ? group << 8 : 0) | (paid > 0 ? group << 16 : 0);
    if (paid < req) {
      // unmet as bookUnmet books it: refused when nothing was paid, scaled down otherwise (by month and tier)
      const month = monthOfDoy[doy]!;
      const mt = (month * tiers + tier) * 2;
      if (paid === 0) {
        cells[cell + CELL_REFUSED]! += req;
        monthly[month * 3]! += req;
        monthly[month * 3 + 2]! += 1;
        monthlyTier[mt]! += req;
      } else {
        cells[cell + CELL_SCALED]! += req - paid;
        monthly[month * 3 + 1]! += req - paid;
        monthlyTier[mt + 1]! += req - paid;
      }
    }
    if (emptied && untilEmpty && fastPoolsEmpty(ctx)) return i + 1;
  }
  return to;
}
