/**
 * Batch mechanisms (batch-prorata, batch-ranked, lottery): the applications of a period (month or quarter) are
 * gathered, each with its request computed against what the firm already received plus what it requested earlier
 * in the batch (so yearly caps hold), and settled on the period's last day in the mechanism's order.
 */
import { batchEnds } from '../../allocation/batchPeriods';
import { proRataRate } from '../../allocation/proRataRate';
import { applyRatioUnchecked } from '../../money/applyRatio';
import { KIND_GRANT } from '../../policy/compile';
import { POOL_IGNORE, POOL_PARTIAL, evaluate, evaluateTopUps } from '../../policy/evaluate';
import type { Rng } from '../../random/Rng';
import type { RunRecord } from '../../record/RunRecord';
import { bookApplication, clearGrants } from './book';
import type { EngineContext, YearPlan } from './EngineContext';
import { loadApp } from './fcfs';

/** Books the year's applications batch by batch; `allocRng` draws the lottery's order. */
export function runBatches(ctx: EngineContext, plan: YearPlan, rec: RunRecord, allocRng: Rng): void {
  const nA = ctx.pop.appCount;
  const ends = batchEnds(ctx.scenario.allocation.period, plan.days === 366);
  let a = 0;
  for (let e = 0; e < ends.length; e++) {
    const endDoy = ends[e]!;
    const first = a;
    while (a < nA && ctx.pop.appDay[a]! - plan.start <= endDoy) a++;
    const n = a - first;
    if (n === 0) continue;
    gatherBatch(ctx, first, n);
    orderBatch(ctx, first, n, allocRng);
    settleBatch(ctx, plan, rec, first, n, endDoy);
  }
}

/**
 * The requests of the batch's `n` applications from `first`, each against what its firm received before the batch
 * and requested earlier in it (ctx.pending), into the batch arrays; the order of payment starts as arrival order.
 */
function gatherBatch(ctx: EngineContext, first: number, n: number): void {
  const { c, outReq, pending, received } = ctx;
  const nS = ctx.nS;
  pending.set(received.subarray(0, ctx.pop.firmCount * nS));
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
}

/** The order in which the batch is paid: a shuffle for the lottery, the scenario's priority when ranked. */
function orderBatch(ctx: EngineContext, first: number, n: number, allocRng: Rng): void {
  const mech = ctx.scenario.allocation.mechanism;
  if (mech === 'lottery') {
    // Fisher–Yates, from the allocation stream
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(allocRng() * (i + 1));
      const t = ctx.batchOrder[i]!;
      ctx.batchOrder[i] = ctx.batchOrder[j]!;
      ctx.batchOrder[j] = t;
    }
  } else if (mech === 'batch-ranked') {
    rankBatch(ctx, first, n);
  }
}

/**
 * Pays the batch in ctx.batchOrder on day `endDoy`: the chosen grant what its pool allows (times one rate per grant
 * scheme for the whole batch when pro rata), the top-ups matching it within their own pools.
 */
function settleBatch(ctx: EngineContext, plan: YearPlan, rec: RunRecord, first: number, n: number, endDoy: number): void {
  const { c, outReq, outPay, received, poolLeft } = ctx;
  const nS = ctx.nS;
  const rate = new Int32Array(nS).fill(10_000);
  if (ctx.scenario.allocation.mechanism === 'batch-prorata') {
    const total = new Float64Array(nS);
    for (let i = 0; i < n; i++) {
      const chosen = ctx.batchChosen[i]!;
      if (chosen >= 0) total[chosen]! += ctx.batchReq[i * nS + chosen]!;
    }
    for (let s = 0; s < nS; s++) if (c.kind[s] === KIND_GRANT) rate[s] = proRataRate(poolLeft[s]!, total[s]!);
  }
  for (let q = 0; q < n; q++) {
    const i = ctx.batchOrder[q]!;
    const firm = loadApp(ctx, first + i);
    const chosen = ctx.batchChosen[i]!;
    let paidChosen = 0;
    if (chosen >= 0) paidChosen = Math.min(applyRatioUnchecked(ctx.batchReq[i * nS + chosen]!, rate[chosen]!), poolLeft[chosen]!);
    clearGrants(ctx, outPay);
    evaluateTopUps(c, ctx.app, chosen, paidChosen, received, firm * nS, poolLeft, POOL_PARTIAL, outPay);
    // the request of this application as gathered, with the caps and bases in force for it
    for (let s = 0; s < nS; s++) {
      outReq.paid[s] = ctx.batchReq[i * nS + s]!;
      outReq.capFen[s] = ctx.batchCap[i * nS + s]!;
      outReq.basis[s] = ctx.batchBasis[i * nS + s]!;
    }
    bookApplication(ctx, plan, rec, firm, outReq, outPay, endDoy, true);
  }
}

/** Orders the batch by the scenario's priority (stable; arrival order breaks ties). */
function rankBatch(ctx: EngineContext, first: number, n: number): void {
  const p = ctx.pop;
  const nS = ctx.nS;
  const facts = Array.from({ length: n }, (_, i) => {
    const a = first + i;
    const chosen = ctx.batchChosen[i]!;
    return {
      i,
      f: {
        category: p.appCategory[a]!,
        flags: p.appFlags[a]!,
        tier: p.firmTier[p.appFirm[a]!]!,
        requestFen: chosen >= 0 ? ctx.batchReq[i * nS + chosen]! : 0,
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
  facts.forEach((x, q) => { ctx.batchOrder[q] = x.i; });
}
