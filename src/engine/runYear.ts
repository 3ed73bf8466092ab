/**
 * One simulated year of one run: sample the applicants, order their applications, apply the rules and the
 * allocation, and book every payment in an exact ledger (integer fen) summarised in a RunRecord.
 *
 *   sample population (seeded stream) ─▶ applications sorted by day
 *     ─▶ fcfs: for each application, evaluate with unlimited pools (the request), then pay from the pool;
 *        once the pools are empty, refuse the rest (straight from the sampler's draws when it left them unwritten)
 *     ─▶ batches: gather a period's requests, settle on its last day (pro rata, ranked, or lottery)
 *   ─▶ book(scheme, request, paid, day) ─▶ per-firm and per-group totals at year end
 *
 * "Request" = what the rules give with unlimited pools (after 从优就高, caps, top-ups); "paid" = what the pool
 * allowed. Money one scheme cannot pay does not flow to another unless `allocation.fallback` is on (then the
 * rules choose among the schemes that still have money).
 */
import { applyRatioUnchecked } from '../money/applyRatio';
import { batchEnds } from '../allocation/batchPeriods';
import { proRataRate } from '../allocation/proRataRate';
import { CAP_PER_CONTRACT, KIND_GRANT, capUsed, factsKey } from '../policy/compile';
import {
  BOUND_NOT_CONSIDERED, BOUND_POOL, POOL_IGNORE, POOL_PARTIAL, POOL_STRICT, evaluate, evaluateTopUps, type EvalOut, type PoolMode,
} from '../policy/evaluate';
import { contractFenOf, executedBpOf, executedFenOf, kindMetaOf, type DeferredDraws } from '../population/makePopulationSampler';
import type { Rng } from '../random/Rng';
import { CELL_FIELDS, VOUCHER_GENERAL, ensureCapacity, type EngineContext, type YearPlan } from './EngineContext';
import { GROUP_FIELDS, SCHEME_FIELDS, resetRunRecord, type RunRecord } from '../record/RunRecord';

// Module-private copies of the imported codes used per application: V8 folds a private const into the code, but
// reads an imported binding through its module cell, with a hole check, at every use.
const IGNORE: PoolMode = POOL_IGNORE;
const STRICT: PoolMode = POOL_STRICT;
const SHORT_OF_POOL = BOUND_POOL;
const GENERAL = VOUCHER_GENERAL;

const NSF = SCHEME_FIELDS.length;
const F_POOL = SCHEME_FIELDS.indexOf('poolFen');
const F_REQ = SCHEME_FIELDS.indexOf('requestedFen');
const F_PAID = SCHEME_FIELDS.indexOf('paidFen');
const F_REFUSED = SCHEME_FIELDS.indexOf('refusedFen');
const F_SCALED = SCHEME_FIELDS.indexOf('scaledFen');
const F_APPS_REQ = SCHEME_FIELDS.indexOf('appsRequested');
const F_APPS_FUNDED = SCHEME_FIELDS.indexOf('appsFunded');
const F_APPS_PARTIAL = SCHEME_FIELDS.indexOf('appsPartial');
const F_APPS_REFUSED = SCHEME_FIELDS.indexOf('appsRefused');
const F_FIRMS_REQ = SCHEME_FIELDS.indexOf('firmsRequested');
const F_FIRMS_FUNDED = SCHEME_FIELDS.indexOf('firmsFunded');
const F_FIRMS_PARTIAL = SCHEME_FIELDS.indexOf('firmsPartial');
const F_FIRMS_REFUSED = SCHEME_FIELDS.indexOf('firmsRefused');
const F_FIRMS_AT_CAP = SCHEME_FIELDS.indexOf('firmsAtCap');
const F_EXHAUSTION = SCHEME_FIELDS.indexOf('exhaustionDay');

const NGF = GROUP_FIELDS.length;
const G_FIRMS = GROUP_FIELDS.indexOf('firms');
const G_APPS = GROUP_FIELDS.indexOf('apps');
const G_CONTRACT = GROUP_FIELDS.indexOf('contractFen');
const G_BASIS = GROUP_FIELDS.indexOf('basisFen');
const G_REQ = GROUP_FIELDS.indexOf('requestedFen');
const G_PAID = GROUP_FIELDS.indexOf('paidFen');
const G_REFUSED = GROUP_FIELDS.indexOf('refusedFen');
const G_SCALED = GROUP_FIELDS.indexOf('scaledFen');
const G_FIRMS_REFUSED = GROUP_FIELDS.indexOf('firmsRefused');
const G_FIRMS_AT_CAP = GROUP_FIELDS.indexOf('firmsAtCap');

/**
 * Per-firm bits of `ctx.firmBits`: group j (0–2 compute categories, 3–5 vouchers) applied in bit j, requested
 * something in bit 8 + j, was paid something in bit 16 + j; APPLIED, AT_CAP (reached a yearly cap of any scheme).
 */
const APPLIED = 1 << 6;
const AT_CAP = 1 << 24;

/** Fields of a group cell (see YearPlan.cells): the per-application group fields, in GROUP_FIELDS order. */
const CELL_GROUP_FIELDS = [G_APPS, G_CONTRACT, G_BASIS, G_REQ, G_PAID, G_REFUSED, G_SCALED] as const;
const NCF = CELL_FIELDS;
if (CELL_GROUP_FIELDS.length !== NCF) throw new Error('cell fields out of step with EngineContext.CELL_FIELDS');

/**
 * Simulates year `yi` of the scenario for one run and returns the context's RunRecord for that year
 * (overwritten by the next call for the same year).
 *
 * @param rng the run-year's population stream
 * @param allocRng the run-year's allocation stream (lottery draws), separate so that the population does not
 *   depend on the mechanism (common random numbers across scenarios)
 */
export function runYear(ctx: EngineContext, yi: number, rng: Rng, allocRng: Rng): RunRecord {
  const plan = ctx.years[yi]!;
  const rec = ctx.records[yi]!;
  resetRunRecord(rec);
  const defer = ctx.defer && !ctx.generalOnly;
  plan.sampler.sample(rng, ctx.pop, defer ? plan.deferAfter : plan.days - 1);
  const nF = ctx.pop.firmCount;
  const nA = ctx.pop.appCount;
  ensureCapacity(ctx, nF, nA);
  const nS = ctx.nS;
  ctx.received.fill(0, 0, nF * nS);
  ctx.firmReq.fill(0, 0, nF * nS);
  ctx.atCap.fill(0, 0, nF * nS);
  ctx.firmBits.fill(0, 0, nF);
  plan.cells.fill(0);
  ctx.poolLeft.set(plan.pools);
  for (let s = 0; s < nS; s++) {
    const pool = plan.pools[s]!;
    rec.scheme[s * NSF + F_POOL] = pool === Infinity ? -1 : pool;
    rec.scheme[s * NSF + F_EXHAUSTION] = -1;
  }
  const mode: PoolMode = ctx.scenario.allocation.mechanism === 'fcfs-strict' ? POOL_STRICT : POOL_PARTIAL;
  if (ctx.scenario.allocation.mechanism === 'fcfs-partial' || ctx.scenario.allocation.mechanism === 'fcfs-strict') {
    runFcfs(ctx, plan, rec, mode);
  } else {
    runBatches(ctx, plan, rec, allocRng);
  }
  foldCells(plan, rec);
  finishYear(ctx, plan, rec);
  rec.applications = nA;
  return rec;
}

/** Fills ctx.app from application `a` of the sampled population. */
function loadApp(ctx: EngineContext, a: number): number {
  const p = ctx.pop;
  const app = ctx.app;
  const firm = p.appFirm[a]!;
  app.voucher = p.appVoucher[a]!;
  app.day = p.appDay[a]!;
  app.contractFen = p.appContractFen[a]!;
  app.executedFen = p.appExecutedFen[a]!;
  app.category = p.appCategory[a]!;
  app.flags = p.appFlags[a]!;
  app.district = p.firmDistrict[firm]!;
  return firm;
}

/**
 * True when scheme s's pool can pay what every scheme of voucher `v` would pay on its own in `req` (evaluated
 * with unlimited pools): then evaluating against the pools would give `req` again, and the engine skips it.
 */
function poolsCover(c: EngineContext['c'], v: number, req: EvalOut, poolLeft: Float64Array): boolean {
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) {
    const s = c.grantList[k]!;
    if (req.own[s]! > poolLeft[s]!) return false;
  }
  return topUpsCovered(c, v, req, poolLeft);
}

function topUpsCovered(c: EngineContext['c'], v: number, req: EvalOut, poolLeft: Float64Array): boolean {
  for (let k = c.topUpStart[v]!, end = c.topUpStart[v + 1]!; k < end; k++) {
    const t = c.topUpList[k]!;
    if (req.own[t]! > poolLeft[t]!) return false;
  }
  return true;
}

/**
 * First come, first served. Without fallback, an application whose voucher has one grant scheme and no top-up
 * takes the fast path (runFcfsFast); every other one is evaluated once with unlimited pools (its request), and
 * what the pools allow is then worked out without a second evaluation unless a pool binds on a top-up (or, with
 * fallback, on any scheme of the voucher), since an evaluation against pools that cover every amount gives the
 * request again.
 */
function runFcfs(ctx: EngineContext, plan: YearPlan, rec: RunRecord, mode: PoolMode): void {
  const nA = ctx.pop.appCount;
  if (ctx.scenario.allocation.fallback) {
    for (let a = 0; a < nA; a++) fcfsFallbackApp(ctx, plan, rec, a, mode);
  } else if (ctx.generalOnly) {
    for (let a = 0; a < nA; a++) fcfsApp(ctx, plan, rec, a, mode);
  } else {
    runFcfsFast(ctx, plan, rec, mode);
  }
}

/** FCFS with fallback: application `a` evaluated against the pools when they do not cover its request. */
function fcfsFallbackApp(ctx: EngineContext, plan: YearPlan, rec: RunRecord, a: number, mode: PoolMode): void {
  const { c, outReq, outPay, received, poolLeft, app } = ctx;
  const firm = loadApp(ctx, a);
  const off = firm * ctx.nS;
  const doy = app.day - plan.start;
  evaluate(c, app, received, off, null, IGNORE, outReq);
  if (poolsCover(c, app.voucher, outReq, poolLeft)) {
    bookApplication(ctx, plan, rec, a, firm, outReq, outReq, doy, false);
  } else {
    evaluate(c, app, received, off, poolLeft, mode, outPay);
    bookApplication(ctx, plan, rec, a, firm, outReq, outPay, doy, false);
  }
}

/** FCFS without fallback, application `a` through `evaluate`: only the chosen grant can pay, what its pool allows. */
function fcfsApp(ctx: EngineContext, plan: YearPlan, rec: RunRecord, a: number, mode: PoolMode): void {
  const { c, outReq, outPay, received, poolLeft, app } = ctx;
  const firm = loadApp(ctx, a);
  const off = firm * ctx.nS;
  const doy = app.day - plan.start;
  const topUpStart = c.topUpStart;
  evaluate(c, app, received, off, null, IGNORE, outReq);
  const v = app.voucher;
  const ch = outReq.chosen;
  const req = ch >= 0 ? outReq.paid[ch]! : 0;
  let paidC = 0;
  if (ch >= 0) {
    const left = poolLeft[ch]!;
    paidC = req <= left ? req : mode === STRICT ? 0 : left;
  }
  const hasTopUps = topUpStart[v] !== topUpStart[v + 1];
  let pay = outReq;
  if (hasTopUps && (paidC !== req || !topUpsCovered(c, v, outReq, poolLeft))) {
    // top-ups match what the chosen grant actually pays, within their own pools
    clearGrants(ctx, outPay);
    evaluateTopUps(c, app, ch, paidC, received, off, poolLeft, mode, outPay);
    pay = outPay;
  }
  let reqTotal = 0;
  let paidTotal = 0;
  let basis = 0;
  if (ch >= 0) {
    reqTotal = req;
    paidTotal = paidC;
    if (paidC > 0) basis = outReq.basis[ch]!;
    bookScheme(ctx, plan, rec, firm, ch, req, paidC, doy, true, outReq.capFen[ch]!);
  }
  if (hasTopUps) {
    for (let k = topUpStart[v]!, end = topUpStart[v + 1]!; k < end; k++) {
      const t = c.topUpList[k]!;
      const r = outReq.paid[t]!;
      const p = pay.paid[t]!;
      if (r === 0 && p === 0) continue;
      reqTotal += r;
      paidTotal += p;
      bookScheme(ctx, plan, rec, firm, t, p > r ? p : r, p, doy, pay.bound[t] === SHORT_OF_POOL, outReq.capFen[t]!);
    }
  }
  bookGroups(ctx, plan, rec, firm, v, app.category, app.district, app.contractFen, doy, reqTotal, paidTotal, basis);
}

/**
 * FCFS without fallback, fast path: for a voucher with a single grant scheme s and no top-up, `evaluate` comes
 * down to s's ratio rule and cap rule (read from the rule memo for the application's day and facts), the
 * basis × ratio, and the cap left; the request is that amount when positive (s is then chosen), and the pool
 * pays what it allows. This loop does exactly that from the population's arrays, without filling an AppInput or
 * an EvalOut; applications of other vouchers go through fcfsApp. It books what fcfsApp books, to the fen
 * (test/engine/fastPath.test.ts runs both on random scenarios and compares the records).
 */
function runFcfsFast(ctx: EngineContext, plan: YearPlan, rec: RunRecord, mode: PoolMode): void {
  const pop = ctx.pop;
  const nA = pop.appCount;
  let from = payWhilePools(ctx, plan, rec, mode, 0, pop.appWritten);
  if (from === pop.appWritten && from < nA && !fastPoolsEmpty(ctx)) {
    // the pools outlasted the applications written: write the others and go on
    plan.sampler.writeRest(pop);
    from = payWhilePools(ctx, plan, rec, mode, from, nA);
  }
  if (pop.appWritten < nA) {
    // the pools ran out on day `deferAfter` at the latest: what is left is refused, the applications written
    // from the arrays and the others from their draws
    if (from < pop.appWritten) refuseRest(ctx, plan, rec, mode, from, pop.appWritten);
    addRefusedSums(rec.scheme, refuseFromDraws(ctx, plan, rec, plan.sampler.deferred));
  } else if (from < nA) refuseRest(ctx, plan, rec, mode, from, nA);
  if (ctx.defer) {
    // the next run writes out the days up to the latest on which the pools have run out, or the whole year once
    // they have not
    const lasted = from === nA && !fastPoolsEmpty(ctx);
    const emptyDay = lasted ? plan.days - 1 : from > 0 ? pop.appDay[from - 1]! - plan.start : 0;
    if (lasted || plan.deferAfter === plan.days - 1 || emptyDay > plan.deferAfter) plan.deferAfter = emptyDay;
  }
}

/**
 * True when the grant of every fast-path voucher has an empty pool: every application of those vouchers is then
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
 * The fast path (see runFcfsFast) over the applications `from`…`to − 1` until the pools of all fast-path vouchers
 * are empty; returns the index of the first application not booked (`to` when the pools lasted).
 */
function payWhilePools(ctx: EngineContext, plan: YearPlan, rec: RunRecord, mode: PoolMode, from: number, to: number): number {
  if (fastPoolsEmpty(ctx)) return from;
  const { ruleMemo, ratioBp, capValue, basisExecuted, fundingBp } = ctx.c;
  const { voucherGrant, received, firmReq, atCap, firmBits, poolLeft } = ctx;
  const { appFirm, appVoucher, appDay, appContractFen, appExecutedFen, appCategory, appFlags, firmDistrict, firmTier } = ctx.pop;
  const nS = ctx.nS;
  const { start, days, dayMemo, cells, districtValues, noDistrict } = plan;
  const { scheme: sch, dailyPaid, byLevel } = rec;
  const strict = mode === STRICT;
  for (let a = from; a < to; a++) {
    const v = appVoucher[a]!;
    const s = voucherGrant[v]!;
    if (s === GENERAL) {
      fcfsApp(ctx, plan, rec, a, mode);
      continue;
    }
    let emptied = false;
    const firm = appFirm[a]!;
    const doy = appDay[a]! - start;
    const category = appCategory[a]!;
    const d = firmDistrict[firm]!;
    const contract = appContractFen[a]!;
    let req = 0;
    let paid = 0;
    let basis = 0;
    if (s >= 0) {
      // the memo entry evaluate reads: (ratio row + 1) | (cap row + 1) << 16 for this day class and these facts
      const rows = ruleMemo[(dayMemo[doy]! + factsKey(appFlags[a]!, category, d)) * nS + s]!;
      const row = (rows & 0xffff) - 1;
      if (row >= 0) {
        const b = basisExecuted[s] === 1 ? appExecutedFen[a]! : contract;
        let fen = applyRatioUnchecked(b, ratioBp[row]!);
        const i = firm * nS + s;
        const capRow = (rows >>> 16) - 1;
        const capFen = capRow >= 0 ? capValue[capRow]! : -1;
        if (capFen >= 0) {
          const capLeft = capFen - received[i]!;
          if (fen > capLeft) fen = capLeft; // ≤ 0: nothing requested (fen > 0 below)
        }
        if (fen > 0) {
          // bookScheme(ctx, plan, rec, firm, s, req, paid, doy, true, capFen), with req > 0
          const left = poolLeft[s]!;
          req = fen;
          paid = fen <= left ? fen : strict ? 0 : left;
          const base = s * NSF;
          sch[base + F_REQ]! += req;
          sch[base + F_APPS_REQ]! += 1;
          if (paid >= req) sch[base + F_APPS_FUNDED]! += 1;
          else bookShortfall(sch, base, req, paid, doy, true);
          firmReq[i]! += req;
          // nothing more when nothing is paid (once the pool is empty, most applications)
          if (paid > 0) {
            basis = b;
            sch[base + F_PAID]! += paid;
            const got = received[i]! + paid;
            received[i] = got;
            poolLeft[s] = left - paid;
            emptied = left === paid;
            dailyPaid[s * days + doy]! += paid;
            splitByLevel(paid, fundingBp, 3 * s, byLevel);
            if (capFen >= 0 && got >= capFen) {
              atCap[i] = 1;
              firmBits[firm]! |= AT_CAP;
            }
          }
        }
      }
    }
    // bookGroups(ctx, plan, rec, firm, v, category, d, contract, doy, req, paid, basis)
    const tier = firmTier[firm]!;
    const at = ((((tier * 3 + v) << 2) + category + 1) * districtValues + (d >= 0 ? d : noDistrict)) * NCF;
    cells[at]! += 1;
    cells[at + 1]! += contract;
    cells[at + 3]! += req;
    if (paid > 0) {
      cells[at + 2]! += basis;
      cells[at + 4]! += paid;
    }
    const group = (1 << (3 + v)) | (category >= 0 ? 1 << category : 0);
    firmBits[firm]! |= APPLIED | group | (req > 0 ? group << 8 : 0) | (paid > 0 ? group << 16 : 0);
    if (paid < req) bookUnmet(plan, rec, at, tier, doy, req, paid);
    if (emptied && fastPoolsEmpty(ctx)) return a + 1;
  }
  return to;
}

/**
 * The fast path once the pools of all fast-path vouchers are empty (see fastPoolsEmpty), for the applications
 * `from`…`to − 1`: what runFcfsFast books for an application it refuses, and no more. What a firm received
 * no longer changes, so its request is the ratio's amount within the cap left; the sums by scheme and by month
 * that every refusal adds to are kept in locals and written once (sums of whole fen, exact below 2^53, so their
 * order does not change them). Vouchers of the general path still go through fcfsApp.
 *
 * The request (rule memo, ratio, cap left) is worked out as in payWhilePools, and refuseFromDraws repeats this
 * loop's body for the applications left as draws: repeated rather than shared because a shared helper was slower
 * on this path (docs/performance.md, "runYear: the refusal loops"). test/engine/fastPath.test.ts keeps the three in
 * step with `evaluate`, and the deferred-refusals test keeps refuseFromDraws in step with refuseRest.
 */
function refuseRest(ctx: EngineContext, plan: YearPlan, rec: RunRecord, mode: PoolMode, from: number, to: number): void {
  const { ruleMemo, ratioBp, capValue, basisExecuted } = ctx.c;
  const { voucherGrant, received, firmReq, firmBits } = ctx;
  const { appFirm, appVoucher, appDay, appContractFen, appExecutedFen, appCategory, appFlags, firmDistrict, firmTier } = ctx.pop;
  const nS = ctx.nS;
  const { start, dayMemo, cells, districtValues, noDistrict, monthOfDoy, tiers } = plan;
  const { scheme: sch, monthly, monthlyTier } = rec;
  // every request here is refused: the sums by scheme go to its figures once, at the end (refusedSums)
  const refused = refusedSums(nS);
  // applications come by day, so by month: the month's refused fen and count are summed until the month changes
  let month = -1;
  let monthFen = 0;
  let monthApps = 0;
  for (let a = from; a < to; a++) {
    const v = appVoucher[a]!;
    const s = voucherGrant[v]!;
    if (s === GENERAL) {
      fcfsApp(ctx, plan, rec, a, mode);
      continue;
    }
    const firm = appFirm[a]!;
    const doy = appDay[a]! - start;
    const category = appCategory[a]!;
    const d = firmDistrict[firm]!;
    const contract = appContractFen[a]!;
    let req = 0;
    if (s >= 0) {
      const rows = ruleMemo[(dayMemo[doy]! + factsKey(appFlags[a]!, category, d)) * nS + s]!;
      const row = (rows & 0xffff) - 1;
      if (row >= 0) {
        const b = basisExecuted[s] === 1 ? appExecutedFen[a]! : contract;
        let fen = applyRatioUnchecked(b, ratioBp[row]!);
        const i = firm * nS + s;
        const capRow = (rows >>> 16) - 1;
        const capFen = capRow >= 0 ? capValue[capRow]! : -1;
        if (capFen >= 0) {
          const capLeft = capFen - received[i]!;
          if (fen > capLeft) fen = capLeft; // ≤ 0: nothing requested (fen > 0 below)
        }
        if (fen > 0) {
          req = fen;
          refused[3 * s]! += req;
          refused[3 * s + 1]! += 1;
          if (doy < refused[3 * s + 2]!) refused[3 * s + 2] = doy;
          firmReq[i]! += req;
        }
      }
    }
    const tier = firmTier[firm]!;
    const at = ((((tier * 3 + v) << 2) + category + 1) * districtValues + (d >= 0 ? d : noDistrict)) * NCF;
    cells[at]! += 1;
    cells[at + 1]! += contract;
    const group = (1 << (3 + v)) | (category >= 0 ? 1 << category : 0);
    if (req > 0) {
      cells[at + 3]! += req;
      cells[at + 5]! += req;
      firmBits[firm]! |= APPLIED | group | (group << 8);
      const m = monthOfDoy[doy]!;
      if (m !== month) {
        if (monthApps > 0) addMonthRefused(monthly, month, monthFen, monthApps);
        month = m;
        monthFen = 0;
        monthApps = 0;
      }
      monthFen += req;
      monthApps++;
      monthlyTier[(m * tiers + tier) * 2]! += req;
    } else {
      firmBits[firm]! |= APPLIED | group;
    }
  }
  if (monthApps > 0) addMonthRefused(monthly, month, monthFen, monthApps);
  addRefusedSums(sch, refused);
}

/**
 * refuseRest for the applications the sampler left as draws (`DeferredDraws`: those after its last day written,
 * when the pools ran out on it or before), read from their draws (last to first in generation order) instead of
 * being written out in day order and read back. Every voucher is on the fast path here (EngineContext.defer). The
 * order changes no sum (whole fen, exact below 2^53); the day a pool ran out is the earliest refused, whatever the
 * order. Returns the sums by scheme (refusedSums) for the caller to add to the figures.
 *
 * Nothing follows the loop, and the rare cap case takes no comparison of its own (`fen > capLeft` sets fen to the
 * cap left, which the `fen > 0` test then refuses when nothing is left, as in payWhilePools and refuseRest): code
 * after a loop that runs once per run is compiled without having run, and was thrown away at the end of runs
 * (docs/performance.md, "Loops entered once per run").
 */
function refuseFromDraws(ctx: EngineContext, plan: YearPlan, rec: RunRecord, dd: DeferredDraws): Float64Array {
  const { ruleMemo, ratioBp, capValue, basisExecuted } = ctx.c;
  const { voucherGrant, received, firmReq, firmBits } = ctx;
  const { firmDistrict, firmTier } = ctx.pop;
  const nS = ctx.nS;
  const { dayMemo, cells, districtValues, noDistrict, monthOfDoy, tiers } = plan;
  const { monthly, monthlyTier } = rec;
  const { firm: appFirm, planMeta, doy: appDoy, normals, tail, plans, kindFrom, order } = dd;
  const refused = refusedSums(nS);
  for (let i = dd.from, n = dd.n; i < n; i++) {
    const a = order[i]!;
    const doy = appDoy[a]!;
    const pm = planMeta[a]!;
    const vp = plans[pm & 0xffff]!;
    const m = (pm >>> 16) | kindMetaOf(vp, tail, kindFrom + a);
    const v = m & 3;
    const s = voucherGrant[v]!;
    const firm = appFirm[a]!;
    const category = ((m >> 2) & 3) - 1;
    const d = firmDistrict[firm]!;
    const contract = contractFenOf(vp, normals, a);
    let req = 0;
    if (s >= 0) {
      const rows = ruleMemo[(dayMemo[doy]! + factsKey(m >> 4, category, d)) * nS + s]!;
      const row = (rows & 0xffff) - 1;
      if (row >= 0) {
        const b = basisExecuted[s] === 1 ? executedFenOf(contract, executedBpOf(vp, tail, a)) : contract;
        let fen = applyRatioUnchecked(b, ratioBp[row]!);
        const i = firm * nS + s;
        const capRow = (rows >>> 16) - 1;
        const capFen = capRow >= 0 ? capValue[capRow]! : -1;
        if (capFen >= 0) {
          const capLeft = capFen - received[i]!;
          if (fen > capLeft) fen = capLeft; // ≤ 0: nothing requested (fen > 0 below)
        }
        if (fen > 0) {
          req = fen;
          refused[3 * s]! += req;
          refused[3 * s + 1]! += 1;
          if (doy < refused[3 * s + 2]!) refused[3 * s + 2] = doy;
          firmReq[i]! += req;
        }
      }
    }
    const tier = firmTier[firm]!;
    const at = ((((tier * 3 + v) << 2) + category + 1) * districtValues + (d >= 0 ? d : noDistrict)) * NCF;
    cells[at]! += 1;
    cells[at + 1]! += contract;
    const group = (1 << (3 + v)) | (category >= 0 ? 1 << category : 0);
    if (req > 0) {
      cells[at + 3]! += req;
      cells[at + 5]! += req;
      firmBits[firm]! |= APPLIED | group | (group << 8);
      const month = monthOfDoy[doy]!;
      addMonthRefused(monthly, month, req, 1);
      monthlyTier[(month * tiers + tier) * 2]! += req;
    } else {
      firmBits[firm]! |= APPLIED | group;
    }
  }
  return refused;
}

/**
 * The sums by scheme of a refusal loop, written once at its end (addRefusedSums): per scheme s, at 3s the fen
 * refused, at 3s + 1 the applications refused, at 3s + 2 the earliest day of a refusal (Infinity: none yet).
 */
function refusedSums(nS: number): Float64Array {
  const refused = new Float64Array(nS * 3);
  for (let s = 0; s < nS; s++) refused[3 * s + 2] = Infinity;
  return refused;
}

/**
 * Adds a refusal loop's sums to each scheme's requested and refused figures; the day the scheme's pool ran out is
 * its earliest refusal when no application booked otherwise (before the loop, or by fcfsApp in it) found it short
 * sooner.
 */
function addRefusedSums(sch: Float64Array, refused: Float64Array): void {
  for (let s = 0, nS = refused.length / 3; s < nS; s++) {
    const fen = refused[3 * s]!;
    const apps = refused[3 * s + 1]!;
    sch[s * NSF + F_REQ]! += fen;
    sch[s * NSF + F_REFUSED]! += fen;
    sch[s * NSF + F_APPS_REQ]! += apps;
    sch[s * NSF + F_APPS_REFUSED]! += apps;
    const ran = sch[s * NSF + F_EXHAUSTION]!;
    const day = refused[3 * s + 2]!;
    if (apps > 0 && (ran < 0 || day < ran)) sch[s * NSF + F_EXHAUSTION] = day;
  }
}

/** `apps` applications of month `month` refused, `fen` in all (rec.monthly, as bookUnmet adds them). */
function addMonthRefused(monthly: Float64Array, month: number, fen: number, apps: number): void {
  monthly[month * 3]! += fen;
  monthly[month * 3 + 2]! += apps;
}

/** Zeroes the grant schemes of the current voucher in `out` before the caller decides the chosen payment. */
function clearGrants(ctx: EngineContext, out: EvalOut): void {
  const c = ctx.c;
  const v = ctx.app.voucher;
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) {
    const s = c.grantList[k]!;
    out.paid[s] = 0;
    out.bound[s] = BOUND_NOT_CONSIDERED;
  }
}

/**
 * Books one application: per scheme, the request (from `req`) and the payment (from `pay`), then the groups.
 * `chosenFromReq`: the chosen grant's payment was decided by the caller (not in `pay.own`), so a shortfall on it
 * is for lack of pool.
 */
function bookApplication(
  ctx: EngineContext, plan: YearPlan, rec: RunRecord, a: number, firm: number,
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
    bookScheme(ctx, plan, rec, firm, s, r, p, payDoy, chosenFromReq || pay.bound[s] === SHORT_OF_POOL, req.capFen[s]!);
  }
  for (let k = c.topUpStart[v]!, end = c.topUpStart[v + 1]!; k < end; k++) {
    const t = c.topUpList[k]!;
    const r = req.paid[t]!;
    const p = pay.paid[t]!;
    if (r === 0 && p === 0) continue;
    reqTotal += r;
    paidTotal += p;
    bookScheme(ctx, plan, rec, firm, t, p > r ? p : r, p, payDoy, pay.bound[t] === SHORT_OF_POOL, req.capFen[t]!);
  }
  const app = ctx.app;
  bookGroups(ctx, plan, rec, firm, app.voucher, app.category, app.district, app.contractFen, app.day - plan.start, reqTotal, paidTotal, basis);
}

function bookScheme(
  ctx: EngineContext, plan: YearPlan, rec: RunRecord, firm: number, s: number,
  req: number, paid: number, doy: number, shortIsPool: boolean, capFen: number,
): void {
  const base = s * NSF;
  const sch = rec.scheme;
  sch[base + F_REQ]! += req;
  sch[base + F_PAID]! += paid;
  if (req > 0) {
    sch[base + F_APPS_REQ]! += 1;
    if (paid >= req) sch[base + F_APPS_FUNDED]! += 1;
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

/** A scheme paid less than the request `req` > `paid` (scheme block at `base` of rec.scheme). */
function bookShortfall(sch: Float64Array, base: number, req: number, paid: number, doy: number, shortIsPool: boolean): void {
  if (paid > 0) {
    sch[base + F_APPS_PARTIAL]! += 1;
    sch[base + F_SCALED]! += req - paid;
  } else {
    sch[base + F_APPS_REFUSED]! += 1;
    sch[base + F_REFUSED]! += req;
  }
  if (shortIsPool && sch[base + F_EXHAUSTION]! < 0) sch[base + F_EXHAUSTION] = doy;
}

/**
 * Adds `paid` split by the funding basis points (province, city, district): each level's floor, then the fen
 * left over (at most two) one at a time to the levels that fund, in that order.
 */
function splitByLevel(paid: number, bp: Int32Array, at: number, into: Float64Array): void {
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
 * The application's group figures go to one cell (tier × voucher × category × district, see YearPlan.cells),
 * spread over the four group dimensions once a year by foldCells: one cell instead of four groups per
 * application. The sums are of whole fen, exact below 2^53, so their order does not change them. The firm's
 * group bits record what it applied for, requested and was paid in each category and voucher.
 */
function bookGroups(
  ctx: EngineContext, plan: YearPlan, rec: RunRecord, firm: number, voucher: number, category: number, d: number,
  contractFen: number, doy: number, req: number, paid: number, basis: number,
): void {
  const tier = ctx.pop.firmTier[firm]!;
  const cells = plan.cells;
  const at = ((((tier * 3 + voucher) << 2) + category + 1) * plan.districtValues + (d >= 0 ? d : plan.noDistrict)) * NCF;
  cells[at]! += 1;
  cells[at + 1]! += contractFen;
  cells[at + 2]! += basis;
  cells[at + 3]! += req;
  cells[at + 4]! += paid;
  const group = (1 << (3 + voucher)) | (category >= 0 ? 1 << category : 0);
  ctx.firmBits[firm]! |= APPLIED | group | (req > 0 ? group << 8 : 0) | (paid > 0 ? group << 16 : 0);
  if (paid < req) bookUnmet(plan, rec, at, tier, doy, req, paid);
}

/** An application paid less than its request `req` > `paid`: its group cell at `at`, by month and by tier. */
function bookUnmet(plan: YearPlan, rec: RunRecord, at: number, tier: number, doy: number, req: number, paid: number): void {
  // unmet: refused when nothing was paid, scaled down otherwise (by arrival month and tier)
  const cells = plan.cells;
  const month = plan.monthOfDoy[doy]!;
  const mt = (month * plan.tiers + tier) * 2;
  if (paid === 0) {
    cells[at + 5]! += req;
    rec.monthly[month * 3]! += req;
    rec.monthly[month * 3 + 2]! += 1;
    rec.monthlyTier[mt]! += req;
  } else {
    cells[at + 6]! += req - paid;
    rec.monthly[month * 3 + 1]! += req - paid;
    rec.monthlyTier[mt + 1]! += req - paid;
  }
}

/** Adds every non-empty cell of the year to the groups of its tier, voucher, district and category. */
function foldCells(plan: YearPlan, rec: RunRecord): void {
  const cells = plan.cells;
  const g = rec.group;
  const nD = plan.districtValues;
  for (let tier = 0, k = 0; tier < plan.tiers; tier++) {
    for (let voucher = 0; voucher < 3; voucher++) {
      for (let cat = -1; cat < 3; cat++) {
        for (let d = 0; d < nD; d++, k += NCF) {
          if (cells[k] === 0) continue;
          addCell(g, plan.tierOff + tier * NGF, cells, k);
          addCell(g, plan.voucherOff + voucher * NGF, cells, k);
          addCell(g, plan.districtOff + d * NGF, cells, k);
          if (cat >= 0) addCell(g, plan.categoryOff + cat * NGF, cells, k);
        }
      }
    }
  }
}

function addCell(g: Float64Array, at: number, cells: Float64Array, k: number): void {
  for (let f = 0; f < NCF; f++) g[at + CELL_GROUP_FIELDS[f]!]! += cells[k + f]!;
}

/**
 * Batch mechanisms: applications of a period (month or quarter) are gathered, each with its request computed
 * against what the firm already received plus what it requested earlier in the batch (so yearly caps hold),
 * and settled on the period's last day.
 */
function runBatches(ctx: EngineContext, plan: YearPlan, rec: RunRecord, allocRng: Rng): void {
  const { c, outReq, outPay, received, pending, poolLeft } = ctx;
  const nS = ctx.nS;
  const nF = ctx.pop.firmCount;
  const nA = ctx.pop.appCount;
  const mech = ctx.scenario.allocation.mechanism;
  const ends = batchEnds(ctx.scenario.allocation.period, plan.days === 366);
  let a = 0;
  for (let e = 0; e < ends.length; e++) {
    const endDoy = ends[e]!;
    const first = a;
    while (a < nA && ctx.pop.appDay[a]! - plan.start <= endDoy) a++;
    const n = a - first;
    if (n === 0) continue;
    pending.set(received.subarray(0, nF * nS));
    for (let i = 0; i < n; i++) {
      const firm = loadApp(ctx, first + i);
      evaluate(c, ctx.app, pending, firm * nS, null, POOL_IGNORE, outReq);
      ctx.batchChosen[i] = outReq.chosen;
      const row = i * nS;
      for (let s = 0; s < nS; s++) {
        const r = outReq.paid[s]!;
        ctx.batchReq[row + s] = r;
        ctx.batchCap[row + s] = outReq.capFen[s]!;
        ctx.batchBasis[row + s] = outReq.basis[s]!;
        pending[firm * nS + s]! += r;
      }
      ctx.batchOrder[i] = i;
    }
    // The order in which the batch is paid.
    if (mech === 'lottery') {
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(allocRng() * (i + 1));
        const t = ctx.batchOrder[i]!;
        ctx.batchOrder[i] = ctx.batchOrder[j]!;
        ctx.batchOrder[j] = t;
      }
    } else if (mech === 'batch-ranked') {
      rankBatch(ctx, first, n);
    }
    // Pro rata: one rate per grant scheme for the whole batch.
    const rate = new Int32Array(nS).fill(10_000);
    if (mech === 'batch-prorata') {
      const total = new Float64Array(nS);
      for (let i = 0; i < n; i++) {
        const ch = ctx.batchChosen[i]!;
        if (ch >= 0) total[ch]! += ctx.batchReq[i * nS + ch]!;
      }
      for (let s = 0; s < nS; s++) if (c.kind[s] === KIND_GRANT) rate[s] = proRataRate(poolLeft[s]!, total[s]!);
    }
    for (let k = 0; k < n; k++) {
      const i = ctx.batchOrder[k]!;
      const firm = loadApp(ctx, first + i);
      const off = firm * nS;
      const ch = ctx.batchChosen[i]!;
      let paidC = 0;
      if (ch >= 0) {
        const r = ctx.batchReq[i * nS + ch]!;
        paidC = Math.min(applyRatioUnchecked(r, rate[ch]!), poolLeft[ch]!);
      }
      clearGrants(ctx, outPay);
      evaluateTopUps(c, ctx.app, ch, paidC, received, off, poolLeft, POOL_PARTIAL, outPay);
      // the request of this application as gathered, with the caps and bases in force for it
      for (let s = 0; s < nS; s++) {
        outReq.paid[s] = ctx.batchReq[i * nS + s]!;
        outReq.capFen[s] = ctx.batchCap[i * nS + s]!;
        outReq.basis[s] = ctx.batchBasis[i * nS + s]!;
      }
      bookApplication(ctx, plan, rec, first + i, firm, outReq, outPay, endDoy, true);
    }
  }
}

/** Orders the batch by the scenario's priority (stable; arrival order breaks ties). */
function rankBatch(ctx: EngineContext, first: number, n: number): void {
  const p = ctx.pop;
  const nS = ctx.nS;
  const facts = Array.from({ length: n }, (_, i) => {
    const a = first + i;
    const ch = ctx.batchChosen[i]!;
    return {
      i,
      f: {
        category: p.appCategory[a]!,
        flags: p.appFlags[a]!,
        tier: p.firmTier[p.appFirm[a]!]!,
        requestFen: ch >= 0 ? ctx.batchReq[i * nS + ch]! : 0,
        order: i,
      },
    };
  });
  const scores = ctx.priority;
  facts.sort((x, y) => {
    for (const score of scores) {
      const d = score(x.f) - score(y.f);
      if (d !== 0) return d;
    }
    return 0;
  });
  facts.forEach((x, k) => { ctx.batchOrder[k] = x.i; });
}

/**
 * Per-firm figures at year end: firms funded/partial/refused and at cap, per scheme and per group. A firm's group
 * figures depend only on its tier and district, and on where it applied, requested and was paid and whether it
 * reached a cap (its bits): countFirms counts the firms by those (ctx.kindCount, plan.placeCount) and by outcome
 * per scheme (ctx.schemeFirms), and addFirms adds each count where it belongs once instead of each firm to
 * several figures.
 */
function finishYear(ctx: EngineContext, plan: YearPlan, rec: RunRecord): void {
  const nF = ctx.pop.firmCount;
  if (rec.firmPaid.length < nF) {
    const n = Math.max(nF, Math.ceil(rec.firmPaid.length * 1.5));
    rec.firmPaid = new Float64Array(n);
    rec.firmRequested = new Float64Array(n);
    rec.firmTier = new Uint16Array(n);
  }
  const counted = countFirms(ctx, plan, rec);
  const nKinds = counted % KINDS;
  rec.firmCount = (counted - nKinds) / KINDS;
  addFirms(plan, rec, ctx.kindCount, ctx.kinds, nKinds);
  addSchemeFirms(rec.scheme, ctx.schemeFirms);
}

/** More than the firm kinds countFirms can count (13 bits). */
const KINDS = 1 << 14;

/**
 * The per-firm loop of finishYear: the counts by scheme and outcome, by place and outcome and by kind, and the
 * firms paid something listed in the record. Each firm adds 1 to one count of each (the figures follow from the
 * counts in addFirms and addSchemeFirms), fewer writes than adding to each figure per firm. Returns firms listed ×
 * KINDS + kinds counted, worked out in the loop, so that nothing follows the loop (docs/performance.md, "Loops
 * entered once per run").
 */
function countFirms(ctx: EngineContext, plan: YearPlan, rec: RunRecord): number {
  const nF = ctx.pop.firmCount;
  const nS = ctx.nS;
  const { districtValues, noDistrict, placeCount } = plan;
  const { firmBits, firmReq, received, atCap, kindCount, kinds, schemeFirms } = ctx;
  const { firmTier: popTier, firmDistrict } = ctx.pop;
  const { firmPaid, firmRequested, firmTier } = rec;
  let nKinds = 0;
  let k = 0;
  let counted = 0;
  for (let f = 0; f < nF; f++) {
    const bits = firmBits[f]!;
    if ((bits & APPLIED) === 0) continue;
    let paid = 0;
    let req = 0;
    for (let s = 0, i = f * nS; s < nS; s++, i++) {
      const r = firmReq[i]!;
      const pd = received[i]!;
      paid += pd;
      req += r;
      // a firm reaches a cap only where it requested something (and was paid)
      if (r > 0) schemeFirms[(s << 3) | ((pd >= r ? 1 : pd > 0 ? 2 : 3) << 1) | atCap[i]!]!++;
    }
    const cap = (bits & AT_CAP) !== 0 ? 1 : 0;
    const unpaid = paid > 0 ? 0 : 1;
    const refused = req > 0 ? unpaid : 0;
    const tier = popTier[f]!;
    const d = firmDistrict[f]!;
    placeCount[((tier * districtValues + (d >= 0 ? d : noDistrict)) << 3) | (unpaid << 2) | (refused << 1) | cap]!++;
    // refused in a category or voucher group: requested something there (amounts are ≥ 0), paid nothing there
    const kind = (bits & 63) | ((((bits >> 8) & ~(bits >> 16)) & 63) << 6) | (cap << 12);
    const seen = kindCount[kind]!;
    kindCount[kind] = seen + 1;
    if (seen === 0) kinds[nKinds++] = kind;
    // the firms paid something are listed; the others, most firms once a pool is empty, are only counted by tier
    // (addFirms) instead of listed for the accumulator's histograms
    if (unpaid === 0) {
      firmPaid[k] = paid;
      firmRequested[k] = req;
      firmTier[k] = tier;
      k++;
    }
    counted = k * KINDS + nKinds;
  }
  return counted;
}

/**
 * Adds the firms counted by finishYear to the record: by tier and district, the firms paid nothing by tier
 * (rec.unpaidFirms), and by category and voucher (from the firm kinds `kinds[0 … nKinds)`); clears the counts.
 */
function addFirms(plan: YearPlan, rec: RunRecord, kindCount: Int32Array, kinds: Int32Array, nKinds: number): void {
  const { placeCount, districtValues, tierOff, districtOff, categoryOff, voucherOff } = plan;
  const { group: g, unpaidFirms } = rec;
  for (let p = 0, place = 0; p < placeCount.length; p += 8, place++) {
    let n = 0;
    let refused = 0;
    let atCap = 0;
    const tier = Math.floor(place / districtValues);
    for (let outcome = 0; outcome < 8; outcome++) {
      const count = placeCount[p + outcome]!;
      if (count === 0) continue;
      n += count;
      if (outcome & 2) refused += count;
      if (outcome & 1) atCap += count;
      if (outcome & 4) {
        unpaidFirms[tier * 2]! += count;
        if (outcome & 2) unpaidFirms[tier * 2 + 1]! += count;
      }
    }
    if (n === 0) continue;
    placeCount.fill(0, p, p + 8);
    addFirm(g, tierOff + tier * NGF, n, refused, atCap);
    addFirm(g, districtOff + (place - tier * districtValues) * NGF, n, refused, atCap);
  }
  for (let q = 0; q < nKinds; q++) {
    const kind = kinds[q]!;
    const n = kindCount[kind]!;
    kindCount[kind] = 0;
    const cap = kind >> 12;
    for (let j = 0; j < 6; j++) {
      if ((kind & (1 << j)) === 0) continue;
      const at = j < 3 ? categoryOff + j * NGF : voucherOff + (j - 3) * NGF;
      addFirm(g, at, n, n * ((kind >> (6 + j)) & 1), n * cap);
    }
  }
}

/** Adds the firms counted by scheme and outcome (EngineContext.schemeFirms) to each scheme's figures; clears the counts. */
function addSchemeFirms(sch: Float64Array, schemeFirms: Int32Array): void {
  for (let s = 0; s < schemeFirms.length >> 3; s++) {
    const base = s * NSF;
    for (let q = 0; q < 8; q++) {
      const n = schemeFirms[(s << 3) | q]!;
      if (n === 0) continue;
      const outcome = q >> 1;
      sch[base + F_FIRMS_REQ]! += n;
      if (outcome === 1) sch[base + F_FIRMS_FUNDED]! += n;
      else if (outcome === 2) sch[base + F_FIRMS_PARTIAL]! += n;
      else if (outcome === 3) sch[base + F_FIRMS_REFUSED]! += n;
      if (q & 1) sch[base + F_FIRMS_AT_CAP]! += n;
    }
  }
  schemeFirms.fill(0);
}

/** `n` firms to the group at `at`, of which `refused` were refused and `atCap` reached a cap. */
function addFirm(g: Float64Array, at: number, n: number, refused: number, atCap: number): void {
  g[at + G_FIRMS]! += n;
  g[at + G_FIRMS_REFUSED]! += refused;
  g[at + G_FIRMS_AT_CAP]! += atCap;
}
