/**
 * One simulated year of one run: sample the applicants, order their applications, apply the rules and the
 * allocation, and book every payment in an exact ledger (integer fen) summarised in a RunRecord.
 *
 *   sample population (seeded stream, ../sampler) ─▶ applications sorted by day
 *     ─▶ fcfs (fcfs.ts): each application evaluated with unlimited pools (its request), then paid from the pool;
 *        a voucher with one grant and no top-up on the single-grant path (singleGrant.ts), which, once the pools
 *        are empty, refuses the rest straight from the sampler's draws when it left them unwritten
 *     ─▶ batches (batches.ts): gather a period's requests, settle on its last day (pro rata, ranked, or lottery)
 *   ─▶ book (book.ts): per scheme, level and group cell ─▶ year end (yearEnd.ts): groups and per-firm figures
 *
 * "Request" = what the rules give with unlimited pools (after 从优就高, caps, top-ups); "paid" = what the pool
 * allowed. Money one scheme cannot pay does not flow to another unless `allocation.fallback` is on (then the
 * rules choose among the schemes that still have money). The plain reference simulator beside this folder
 * (src/reference) books the same record one application at a time; the tests require the two to agree.
 */
import { POOL_PARTIAL, POOL_STRICT, type PoolMode } from '../../policy/evaluate';
import type { Rng } from '../../random/Rng';
import { resetRunRecord, type RunRecord } from '../../record/RunRecord';
import { runBatches } from './batches';
import { ensureCapacity, type EngineContext, type YearPlan } from './EngineContext';
import { fcfsApp, fcfsFallbackApp } from './fcfs';
import { SCHEME_STRIDE, S_EXHAUSTION_DAY, S_POOL } from './layout';
import { runSingleGrants } from './singleGrant';
import { finishYear, foldCells } from './yearEnd';

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
    rec.scheme[s * SCHEME_STRIDE + S_POOL] = pool === Infinity ? -1 : pool;
    rec.scheme[s * SCHEME_STRIDE + S_EXHAUSTION_DAY] = -1;
  }
  const mechanism = ctx.scenario.allocation.mechanism;
  if (mechanism === 'fcfs-partial' || mechanism === 'fcfs-strict') {
    const mode: PoolMode = mechanism === 'fcfs-strict' ? POOL_STRICT : POOL_PARTIAL;
    runFcfs(ctx, plan, rec, mode);
  } else {
    runBatches(ctx, plan, rec, allocRng);
  }
  foldCells(plan, rec);
  finishYear(ctx, plan, rec);
  rec.applications = nA;
  return rec;
}

/**
 * First come, first served: with fallback every application through `evaluate` against the pools it needs; without,
 * the single-grant path (which sends the other vouchers through fcfsApp), or fcfsApp for every application when
 * the context asks for the general path only (the tests that compare the two).
 */
function runFcfs(ctx: EngineContext, plan: YearPlan, rec: RunRecord, mode: PoolMode): void {
  const nA = ctx.pop.appCount;
  if (ctx.scenario.allocation.fallback) {
    for (let a = 0; a < nA; a++) fcfsFallbackApp(ctx, plan, rec, a, mode);
  } else if (ctx.generalOnly) {
    for (let a = 0; a < nA; a++) fcfsApp(ctx, plan, rec, a, mode);
  } else {
    runSingleGrants(ctx, plan, rec, mode);
  }
}
