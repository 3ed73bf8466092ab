/**
 * Everything one thread needs to simulate runs of a scenario, prepared once: the compiled rules, the
 * population sampler of each year, the pools of each year, the shapes of the run records, and the
 * working buffers reused by every run (nothing is allocated per application).
 */
import { compilePriority, type PriorityScore } from '../../allocation/priority';
import { CAP_PER_CONTRACT, KIND_GRANT, compileRules, dayClassOf, type CompiledRules } from '../../policy/compile';
import { makeEvalOut, type EvalOut } from '../../policy/evaluate';
import { makeAppInput, type AppInput } from '../../policy/appInput';
// the modules, not the folder's index: a worker must not load the population's zod schema
import { makePopulationSampler, type PopulationSampler } from '../sampler/makePopulationSampler';
import { makePopulationBuffers, type PopulationBuffers } from '../sampler/PopulationBuffers';
import type { Scenario } from '../../scenario/model';
import { monthOf, yearEnd, yearStart } from '../../time/day';
import { groupOffset, makeRunRecord, type RunRecord, type RunShape } from '../../record/RunRecord';
import { COMPUTE_CATEGORIES, VOUCHERS } from '../../vocabulary';

/** Fields of a group cell: apps, contract, basis, requested, paid, refused, scaled (runYear's CELL_FIELDS). */
export const CELL_FIELDS = 7;

/** Key of the group of applications in none of the districts the rules name. */
export const NO_DISTRICT = '(none)';

export interface YearPlan {
  year: number;
  start: number;
  days: number;
  shape: RunShape;
  sampler: PopulationSampler;
  /** Pool of each scheme this year in fen; Infinity when unlimited; 0 when not in force. */
  pools: Float64Array;
  /** Month (0–11) of each day of the year. */
  monthOfDoy: Uint8Array;
  /** Offset of each group dimension's block in RunRecord.group (plain fields: read on the hot path). */
  tierOff: number;
  categoryOff: number;
  voucherOff: number;
  districtOff: number;
  /** Group index of applications in none of the districts the rules name. */
  noDistrict: number;
  tiers: number;
  /** Values of the district dimension (the districts the rules name, then NO_DISTRICT). */
  districtValues: number;
  /**
   * Per-application group figures of the run-year, one cell per tier × voucher × category (none, then each) ×
   * district value, GROUP cell fields each (see runYear); spread over the group dimensions at year end.
   */
  cells: Float64Array;
  /**
   * Per day of the year, dayClassOf(day) × factsKeys: the application's rule rows for scheme s are then
   * `c.ruleMemo[(dayMemo[doy] + factsKey) * schemeCount + s]` (runYear's fast path).
   */
  dayMemo: Int32Array;
  /**
   * runYear's count of the firms that applied by tier × district value and outcome: at `(tier × districtValues +
   * district) << 3 | outcome` the firms, outcome = paid nothing << 2 | refused << 1 | reached a cap (refused:
   * requested something and was paid nothing); all zero between runs.
   */
  placeCount: Int32Array;
  /**
   * The last day of the year (0 = 1 January) whose applications runYear asks the sampler to write out in day
   * order, when the context defers (`EngineContext.defer`); the later ones are refused straight from their draws.
   * A guess learnt from the runs before (the latest day a pool ran out on, or the whole year once one did not):
   * it decides only how much is written, never what is booked.
   */
  deferAfter: number;
}

/** `EngineContext.voucherGrant` of a voucher no scheme concerns. */
export const VOUCHER_UNPAID = -1;
/**
 * `EngineContext.voucherGrant` of a voucher with several grants, a top-up, or a grant capped per contract: only the
 * general path.
 */
export const VOUCHER_GENERAL = -2;

export interface EngineContext {
  scenario: Scenario;
  c: CompiledRules;
  nS: number;
  years: YearPlan[];
  records: RunRecord[];
  priority: PriorityScore[];
  pop: PopulationBuffers;
  /**
   * Per voucher: the one grant scheme that concerns it when it has no other grant and no top-up (runYear's
   * fast path then applies its ratio, cap and pool directly), VOUCHER_UNPAID, or VOUCHER_GENERAL.
   */
  voucherGrant: Int32Array;
  /**
   * runYear's count of the firms that applied by kind: bits 0–5 the groups it applied in (as in firmBits), bits
   * 6–11 those where it was refused, bit 12 at cap; all zero between runs. `kinds` lists the kinds counted.
   */
  kindCount: Int32Array;
  kinds: Int32Array;
  /**
   * runYear's count of the firms that requested something by scheme and outcome there: at `s << 3 | outcome << 1 |
   * reached the cap` the firms, outcome 1 funded, 2 partly funded, 3 refused; all zero between runs.
   */
  schemeFirms: Int32Array;
  /** Run every application through `evaluate` (the general path), for tests that compare the two paths. */
  generalOnly: boolean;
  /**
   * Whether runYear lets the sampler leave the applications after `YearPlan.deferAfter` as draws: FCFS without
   * fallback, every voucher on the fast path, every year's sampler able to (`PopulationSampler.canDefer`).
   * Read at each run, so that a test can turn it off.
   */
  defer: boolean;
  app: AppInput;
  outReq: EvalOut;
  outPay: EvalOut;
  // per firm × scheme, sized to the largest population seen
  received: Float64Array;
  pending: Float64Array;
  firmReq: Float64Array;
  atCap: Uint8Array;
  // per firm: where it applied, requested and was paid (by category and voucher), and whether it reached a cap (runYear)
  firmBits: Int32Array;
  // per scheme
  poolLeft: Float64Array;
  // batch working space, per application of the batch
  batchApp: Int32Array;
  batchReq: Float64Array;
  batchCap: Float64Array;
  batchBasis: Float64Array;
  batchChosen: Int32Array;
  batchOrder: Int32Array;
}

/**
 * Prepares a context for `scenario` (call once per thread).
 * @throws UserError when the scenario asks for something the rules cannot give (e.g. an unknown priority).
 */
export function makeEngineContext(scenario: Scenario): EngineContext {
  const c = compileRules(scenario.rules);
  const nS = c.schemeCount;
  const years = scenario.years.map((year) => planYear(scenario, c, year));
  const voucherGrant = singleGrants(c);
  const fcfs = scenario.allocation.mechanism === 'fcfs-partial' || scenario.allocation.mechanism === 'fcfs-strict';
  return {
    scenario,
    c,
    nS,
    years,
    records: years.map((y) => makeRunRecord(y.shape)),
    priority: compilePriority(scenario.allocation.priority, scenario.population.tiers.map((t) => t.id)),
    pop: makePopulationBuffers(),
    voucherGrant,
    generalOnly: false,
    defer:
      fcfs &&
      !scenario.allocation.fallback &&
      !voucherGrant.includes(VOUCHER_GENERAL) &&
      years.every((y) => y.sampler.canDefer),
    kindCount: new Int32Array(1 << 13),
    kinds: new Int32Array(1 << 13),
    schemeFirms: new Int32Array(nS * 8),
    app: makeAppInput(),
    // the engine reads amounts, bounds and caps only: no explanations
    outReq: makeEvalOut(c, false),
    outPay: makeEvalOut(c, false),
    received: new Float64Array(0),
    pending: new Float64Array(0),
    firmReq: new Float64Array(0),
    atCap: new Uint8Array(0),
    firmBits: new Int32Array(0),
    poolLeft: new Float64Array(nS),
    batchApp: new Int32Array(0),
    batchReq: new Float64Array(0),
    batchCap: new Float64Array(0),
    batchBasis: new Float64Array(0),
    batchChosen: new Int32Array(0),
    batchOrder: new Int32Array(0),
  };
}

/** The plan of one year of the scenario: its days, pools, record shape, group offsets and population sampler. */
function planYear(scenario: Scenario, c: CompiledRules, year: number): YearPlan {
  const nS = c.schemeCount;
  const tierIds = scenario.population.tiers.map((t) => t.id);
  const start = yearStart(year);
  const days = yearEnd(year) - start + 1;
  const pools = new Float64Array(nS);
  for (let s = 0; s < nS; s++) pools[s] = yearPool(scenario, c, s, year);
  const shape: RunShape = {
    year,
    days,
    schemeIds: [...c.schemeIds],
    groups: {
      tier: tierIds,
      category: [...COMPUTE_CATEGORIES],
      voucher: [...VOUCHERS],
      district: [...c.districts, NO_DISTRICT],
    },
    tiers: tierIds.length,
  };
  const monthOfDoy = new Uint8Array(days);
  for (let d = 0; d < days; d++) monthOfDoy[d] = monthOf(start + d) - 1;
  return {
    year, start, days, shape, pools, monthOfDoy,
    tierOff: groupOffset(shape, 'tier'),
    categoryOff: groupOffset(shape, 'category'),
    voucherOff: groupOffset(shape, 'voucher'),
    districtOff: groupOffset(shape, 'district'),
    noDistrict: shape.groups.district.length - 1,
    tiers: shape.tiers,
    districtValues: shape.groups.district.length,
    cells: new Float64Array(shape.tiers * VOUCHERS.length * (COMPUTE_CATEGORIES.length + 1) * shape.groups.district.length * CELL_FIELDS),
    placeCount: new Int32Array(shape.tiers * shape.groups.district.length * 8),
    dayMemo: Int32Array.from({ length: days }, (_, d) => dayClassOf(c, start + d) * c.factsKeys),
    sampler: makePopulationSampler(scenario.population, { year, districts: [...c.districts] }),
    deferAfter: days - 1 };
}

/**
 * Per voucher, the one grant scheme of the single-grant path (EngineContext.voucherGrant): its only grant when it has
 * no top-up and the grant caps a firm's year (a cap per contract goes through evaluate, capUsed), VOUCHER_UNPAID
 * when no scheme concerns it, VOUCHER_GENERAL otherwise.
 */
function singleGrants(c: CompiledRules): Int32Array {
  return Int32Array.from(VOUCHERS, (_, v) => {
    const grants = c.grantStart[v + 1]! - c.grantStart[v]!;
    const topUps = c.topUpStart[v + 1]! - c.topUpStart[v]!;
    if (topUps > 0 || grants > 1) return VOUCHER_GENERAL;
    if (grants === 0) return VOUCHER_UNPAID;
    const s = c.grantList[c.grantStart[v]!]!;
    return c.capBasis[s] === CAP_PER_CONTRACT ? VOUCHER_GENERAL : s;
  });
}

/**
 * A scheme's pool for one year: the published (or scenario) yearly pool; Infinity when the scenario declares it
 * unlimited; 0 when the scheme is not in force. In a year the scheme is in force only in part (it starts on
 * 2024-08-19 or 2025-05-31; docs/sources.md, ambiguity 6), `prorated` keeps floor(pool × days in force ÷ days in year).
 */
export function yearPool(scenario: Scenario, c: CompiledRules, s: number, year: number): number {
  const id = c.schemeIds[s]!;
  const from = Math.max(c.validFrom[s]!, yearStart(year));
  const to = Math.min(c.validTo[s]!, yearEnd(year));
  if (from > to) return 0;
  if (scenario.unlimitedPools.includes(id)) return Infinity;
  const pool = c.poolFor(s, year);
  if (pool === null) {
    // The scenario loader refuses a scheme in force without a pool; reaching here is a bug.
    throw new Error(`scheme ${id} has no pool in ${year}`);
  }
  if (scenario.firstYearPool === 'full') return pool;
  const inForce = to - from + 1;
  const days = yearEnd(year) - yearStart(year) + 1;
  if (inForce === days) return pool;
  const product = pool * inForce; // pool ≤ MAX_FEN and ≤ 366 days: exact below 2^53 for pools up to 2.4e13 fen
  return (product - (product % days)) / days;
}

/** Grows the per-firm and per-batch working buffers to hold `firms` firms and `apps` applications. */
export function ensureCapacity(ctx: EngineContext, firms: number, apps: number): void {
  const nS = ctx.nS;
  if (ctx.received.length < firms * nS) {
    const n = Math.max(firms, Math.ceil(ctx.received.length / Math.max(nS, 1) * 1.5)) * nS;
    ctx.received = new Float64Array(n);
    ctx.pending = new Float64Array(n);
    ctx.firmReq = new Float64Array(n);
    ctx.atCap = new Uint8Array(n);
  }
  if (ctx.firmBits.length < firms) ctx.firmBits = new Int32Array(Math.max(firms, Math.ceil(ctx.firmBits.length * 1.5)));
  if (ctx.batchApp.length < apps) {
    const n = Math.max(apps, Math.ceil(ctx.batchApp.length * 1.5));
    ctx.batchApp = new Int32Array(n);
    ctx.batchChosen = new Int32Array(n);
    ctx.batchOrder = new Int32Array(n);
    ctx.batchReq = new Float64Array(n * nS);
    ctx.batchCap = new Float64Array(n * nS);
    ctx.batchBasis = new Float64Array(n * nS);
  }
}

/** True when scheme s is a grant (not a top-up). */
export function isGrant(ctx: EngineContext, s: number): boolean {
  return ctx.c.kind[s] === KIND_GRANT;
}
