/**
 * First come, first served, through `evaluate` (the general path): each application is evaluated once with
 * unlimited pools (its request), and what the pools allow is worked out without a second evaluation unless a pool
 * binds on a top-up (or, with fallback, on any scheme of the voucher), since an evaluation against pools that cover
 * every amount gives the request again. A voucher with one grant scheme and no top-up takes the single-grant path
 * instead (singleGrant.ts), unless the context asks for the general path only (runYear.ts chooses).
 */
import { POOL_IGNORE, POOL_STRICT, evaluate, evaluateTopUps, type EvalOut, type PoolMode } from '../../policy/evaluate';
import type { RunRecord } from '../../record/RunRecord';
import { bookApplication, bookGroups, bookScheme, bookTopUps, clearGrants, topUpSums } from './book';
import type { EngineContext, YearPlan } from './EngineContext';

/** Fills ctx.app from application `a` of the sampled population; returns its firm. */
export function loadApp(ctx: EngineContext, a: number): number {
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
 * True when the pools left can pay what every scheme of voucher `v` would pay on its own in `req` (evaluated with
 * unlimited pools): then evaluating against the pools would give `req` again, and the engine skips it.
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

/** FCFS with fallback: application `a` evaluated against the pools when they do not cover its request. */
export function fcfsFallbackApp(ctx: EngineContext, plan: YearPlan, rec: RunRecord, a: number, mode: PoolMode): void {
  const { c, outReq, outPay, received, poolLeft, app } = ctx;
  const firm = loadApp(ctx, a);
  const off = firm * ctx.nS;
  const doy = app.day - plan.start;
  evaluate(c, app, received, off, null, POOL_IGNORE, outReq);
  if (poolsCover(c, app.voucher, outReq, poolLeft)) {
    bookApplication(ctx, plan, rec, firm, outReq, outReq, doy, false);
  } else {
    evaluate(c, app, received, off, poolLeft, mode, outPay);
    bookApplication(ctx, plan, rec, firm, outReq, outPay, doy, false);
  }
}

/** FCFS without fallback, application `a` through `evaluate`: only the chosen grant can pay, what its pool allows. */
export function fcfsApp(ctx: EngineContext, plan: YearPlan, rec: RunRecord, a: number, mode: PoolMode): void {
  const { c, outReq, outPay, received, poolLeft, app } = ctx;
  const firm = loadApp(ctx, a);
  const off = firm * ctx.nS;
  const doy = app.day - plan.start;
  evaluate(c, app, received, off, null, POOL_IGNORE, outReq);
  const v = app.voucher;
  const chosen = outReq.chosen;
  const req = chosen >= 0 ? outReq.paid[chosen]! : 0;
  let paid = 0;
  if (chosen >= 0) {
    const left = poolLeft[chosen]!;
    paid = req <= left ? req : mode === POOL_STRICT ? 0 : left;
  }
  const hasTopUps = c.topUpStart[v] !== c.topUpStart[v + 1];
  let pay = outReq;
  if (hasTopUps && (paid !== req || !topUpsCovered(c, v, outReq, poolLeft))) {
    // top-ups match what the chosen grant actually pays, within their own pools
    clearGrants(ctx, outPay);
    evaluateTopUps(c, app, chosen, paid, received, off, poolLeft, mode, outPay);
    pay = outPay;
  }
  let basis = 0;
  if (chosen >= 0) {
    if (paid > 0) basis = outReq.basis[chosen]!;
    bookScheme(ctx, plan, rec, firm, chosen, req, paid, doy, true, outReq.capFen[chosen]!);
  }
  let reqTotal = req;
  let paidTotal = paid;
  if (hasTopUps) {
    bookTopUps(ctx, plan, rec, firm, outReq, pay, doy);
    reqTotal += topUpSums[0]!;
    paidTotal += topUpSums[1]!;
  }
  bookGroups(ctx, plan, rec, firm, v, app.category, app.district, app.contractFen, doy, reqTotal, paidTotal, basis);
}
