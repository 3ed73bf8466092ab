import { UserError } from '../../errors/UserError';
import { messages } from '../../i18n/messages';
import { MAX_FEN, type Fen } from '../../money/fen';
import { buildAliasTable, type AliasTable } from '../../random/aliasTable';
import { betaBasisPointTable } from '../../random/betaBasisPoints';
import { buildGuideTable, guideTableFromCdf, type GuideTable } from '../draws/guideTable';
import { inverseNormalCdf } from '../../random/inverseNormalCdf';
import { makeNormalCdfGrid, uniformBelowNormalCdf } from '../draws/normalCdfGrid';
import type { Rng } from '../../random/Rng';
import { poissonCdfTable } from '../../random/poisson';
import { UniformBlock } from '../draws/UniformBlock';
import { zigguratFill, zigguratNormalFrom } from '../draws/zigguratBlock';
import { yearEnd, yearStart, type Day } from '../../time/day';
import { lognormalAmountFen, makeAmountSampler, planLognormalAmount, type LognormalAmount } from '../../population/amountSampler';
import { arrivalDayWeights } from '../../population/arrivalDayWeights';
import { makeCountSampler } from '../../population/countSampler';
import { makeResampleSampler } from './makeResampleSampler';
import { expectedApplications } from '../../population/expectedApplications';
import type { ComputeDemand, PopulationModel, Tier, VoucherDemand } from '../../population/model';
import { ensureAppCapacity, ensureFirmCapacity, ensureScratchCapacity, type PopulationBuffers, type PopulationScratch } from './PopulationBuffers';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME, COMPUTE_CATEGORIES, VOUCHERS } from '../../vocabulary';

/** Draws the firms and applications of one run-year into reusable buffers. */
export interface PopulationSampler {
  year: number;
  /** 1 January of the year. */
  start: Day;
  /** 365 or 366. */
  days: number;
  /** The districts the rules name; `firmDistrict` indexes this list (−1: none of them). */
  districts: readonly string[];
  /** The law of an application's day: probability of each day of the year (sums to 1). */
  dayProbabilities: Float64Array;
  /** Mean applications per year (closed form, `expectedApplications`). */
  expectedApplications: number;
  /**
   * Overwrites `out` with a fresh draw of the year's firms and applications, using only `rng`. When `canDefer`
   * and `lastDay` (a day of the year, 0 = 1 January) is before the last day, only the applications of days up to
   * `lastDay` are written, in day order (`out.appWritten` of them); the others stay as draws (`deferred`) until
   * `writeRest` writes them after. What is drawn does not depend on `lastDay`.
   */
  sample(rng: Rng, out: PopulationBuffers, lastDay?: number): void;
  /**
   * Whether `sample` can leave applications as draws: every voucher plan draws alike (a lognormal amount or a
   * constant one, an executed share or a constant one, a contract kind or none), so that an application's draws
   * sit at its own index and any application is read without reading those before it.
   */
  canDefer: boolean;
  /** After a `sample` that left applications as draws: writes them at their places in day order (out.appWritten = appCount). */
  writeRest(out: PopulationBuffers): void;
  /** The applications `sample` left as draws (valid until the next `sample`): those of days after `lastDay`. */
  deferred: DeferredDraws;
}

/**
 * The draws of a sample's applications in generation order, for a reader that books applications without
 * writing them out (runYear's refusals once the pools are empty). The applications left as draws (days after
 * `sample`'s `lastDay`) are `a = order[i]` for `from` ≤ i < n, last to first in generation order (i = n − 1 is the
 * first); the others are written in day order. Application `a`'s contract is `contractFenOf(plan, normals, a)`,
 * its executed share `executedBpOf(plan, tail, a)` and its meta `planMeta[a] >>> 16 | kindMetaOf(plan, tail,
 * kindFrom + a)`, with plan = `plans[planMeta[a] & 0xffff]`: the same values `sample` writes.
 */
export interface DeferredDraws {
  n: number;
  order: Uint32Array;
  from: number;
  firm: Uint32Array;
  planMeta: Uint32Array;
  doy: Uint16Array;
  normals: Float64Array;
  tail: Float64Array;
  kindFrom: number;
  plans: readonly VoucherPlan[];
}

/** How a voucher plan draws a count and an amount (inline in the passes below, unless OTHER: by its closure). */
const COUNT_FIXED = 0;
const COUNT_TABLE = 1;
const COUNT_OTHER = 2;
const AMOUNT_CONSTANT = 0;
const AMOUNT_LOGNORMAL = 1;
const AMOUNT_OTHER = 2;

export interface VoucherPlan {
  /** Index in `SamplerPlan.vouchers`. */
  id: number;
  /**
   * This run's applications of the plan, counted by drawFirms (a field of the plan rather than a cell of an array
   * of counts: docs/performance.md, makePopulationSampler.ts).
   */
  apps: number;
  voucher: number;
  /** Probability of seeking, and its threshold Φ⁻¹(p) for the copula. */
  p: number;
  threshold: number;
  /**
   * COUNT_FIXED: `fixedCount`; COUNT_TABLE (Poisson with mean below 10): inversion with the guide table
   * `countTable` (a 0 merged into 1 when it counts as 1); COUNT_OTHER: the `count` closure.
   */
  countMode: number;
  fixedCount: number;
  countTable: GuideTable;
  count: (rng: Rng) => number;
  /**
   * AMOUNT_CONSTANT: `constantFen`; AMOUNT_LOGNORMAL: ziggurat with rejection (`lognormal`); AMOUNT_OTHER: the
   * `amount` closure (other laws, and lognormals drawn by inversion).
   */
  amountMode: number;
  constantFen: Fen;
  lognormal: LognormalAmount;
  amount: (rng: Rng) => Fen;
  /** The executed share when constant, −1 when drawn from the alias table of the rounded beta law `executed`. */
  executedBp: number;
  executed: AliasTable;
  /**
   * Compute only: one guide table over the (category, self-controlled) pairs of positive probability, and what
   * each entry adds to the packed meta ((category + 1) << 2 | FLAG_SELF_CONTROLLED << 4). Null for the others.
   */
  contractKinds: GuideTable | null;
  contractKindMeta: Uint8Array;
  /**
   * The guide of `contractKinds` with each pure cell's entry replaced by what it adds to the meta (a negative
   * entry, ~k, is a cell to search from k as in the guide): one array read for most draws instead of two.
   */
  kindGuideMeta: Int32Array;
  /** Whether an application draws its contract kind (compute with more than one kind). */
  kindDraws: boolean;
}

interface TierPlan {
  /** Copula loadings √ρ and √(1 − ρ); `copula` when ρ > 0 and at least two vouchers are uncertain (0 < p < 1). */
  copula: boolean;
  loadCommon: number;
  loadOwn: number;
  vouchers: VoucherPlan[];
}

interface SamplerPlan {
  dayTable: AliasTable;
  /** Every day of the year equally likely (flat weights, no window): the alias column is the day, no coin. */
  dayFlat: boolean;
  /**
   * One guide table over every (tier, SME, foundation model, district) of positive probability: a firm's
   * attributes are independent given its tier, so the product law is drawn with one uniform. Per entry:
   */
  firmKinds: GuideTable;
  kindTier: Uint16Array;
  kindFlags: Uint8Array;
  kindDistrict: Int16Array;
  tiers: TierPlan[];
  /** Every tier's voucher plans in one list; an application's plan in `scratch.planMeta` (low 16 bits) indexes it. */
  vouchers: VoucherPlan[];
  /**
   * Whether every amount is constant or lognormal by rejection (then the only amount draws after the normals are
   * the lognormals drawn again), and the bounds [zLo, zHi] that every such lognormal keeps (the narrowest): a run
   * whose normals all lie within them draws no amount after them.
   */
  amountsFromNormals: boolean;
  zLo: number;
  zHi: number;
  /** Per voucher plan: whether its amount is lognormal by rejection, and its bounds in z (for `redrawOutside`). */
  planLognormal: Uint8Array;
  planZLo: Float64Array;
  planZHi: Float64Array;
}

// Imported functions called inside the passes' loops, read once into module constants rather than through their
// imported bindings at every call (docs/performance.md, "Imported functions in hot loops").
const normalFrom = zigguratNormalFrom;
const belowPhi = uniformBelowNormalCdf;
const amountFen = lognormalAmountFen;

/** Φ on a grid, shared by every sampler (read-only). */
const PHI = makeNormalCdfGrid();

/** Far above MAX_FIRMS: only a negative binomial with a tiny dispersion can draw this many firms. */
const MAX_DRAWN_FIRMS = 20_000_000;

/**
 * Builds the sampler of one year's applicant firms and their applications from a validated population model.
 *
 * Each run-year draws, from `rng` only and in this order:
 * 1. the number of firms (`model.firms`);
 * 2. per firm: its tier, SME and foundation-model status and district, all from one alias table of their
 *    product law (independent given the tier); then, in the order compute, corpus, model, whether it seeks each
 *    voucher through a Gaussian copula with one common factor (z_v = √ρ·c + √(1−ρ)·ε_v, seek v when
 *    z_v < Φ⁻¹(p_v); c by the ziggurat, and ε_v < (Φ⁻¹(p_v) − √ρ·c)/√(1−ρ) decided as u_v < Φ(…) by
 *    `uniformBelowNormalCdf`), so each voucher keeps its marginal probability p_v; and per voucher sought the
 *    number of contracts (Poisson with a small mean by inversion on a table);
 * 3. per application, in generation order: its amount (whole yuan, `makeAmountSampler`; lognormals by the
 *    ziggurat with rejection outside the truncation, `LognormalAmount`);
 * 4. per application: its executed share (whole bp; executed = applyRatio(contract, bp));
 * 5. per compute application: its (category, self-controlled) pair from one alias table;
 * 6. per application: its day (alias table of the year's daily intensities, `arrivalDayWeights`).
 *
 * A firm that seeks no voucher, or draws no contract, makes no application but is still a firm of the buffers.
 * Applications are then sorted by day with a counting sort (stable: generation order within a day, which is
 * already random because firms are exchangeable). Draws whose outcome is certain (probability 0 or 1, a table
 * of one entry, a fixed count, a constant share) are skipped. All draws go through a `UniformBlock`, which
 * leaves `rng` just after the last draw used.
 *
 * The stream fixes the order of the draws, not of the work, which is done in as few passes as that order allows
 * (every pass over the scratch arrays costs, and so does every typed-array access in it): after the
 * firms (`drawFirms`), the first normals of the lognormal amounts are drawn in one loop (`zigguratFill`); when
 * every amount is constant or lognormal, the only amount draws after them are the normals drawn again outside
 * their bounds (`redrawOutside`, skipped when all lie within every plan's bounds) and the amounts are computed in
 * the last pass, otherwise `drawAmounts` draws them all. From there the number of draws is known (executed
 * shares, kinds, days): they are filled at once (`UniformBlock.take`), the days counted (`drawDays`), and one last
 * pass computes each application's amount, executed share and kind from its draws and writes it at its place in
 * the order by day (`drawAndSort`).
 *
 * When every voucher plan draws alike (`canDefer`), an application's draws sit at its own index, so the last pass
 * (`writeAlike`) can write only the days up to `lastDay` and leave the others as draws (`deferred`) for a reader
 * that needs them in no order (runYear's refusals once the pools are empty), or write them later (`writeRest`).
 *
 * @param model the validated population model
 * @param opts `year`, and `districts`: the district ids the rules name, whose indexes the buffers use
 * @returns the sampler; building it computes the alias tables once
 * @throws UserError when no day of the year can receive an application (windows and weights leave none)
 * @example
 * const sampler = makePopulationSampler(model, { year: 2025, districts: ['shangcheng'] });
 * const pop = makePopulationBuffers();
 * sampler.sample(makeStream(seed, run, 2025), pop); // pop.appCount applications, sorted by day
 */
export function makePopulationSampler(model: PopulationModel, opts: { year: number; districts: readonly string[] }): PopulationSampler {
  if (model.resample) return makeResampleSampler(model.resample, opts);
  const year = opts.year;
  const start = yearStart(year);
  const days = yearEnd(year) - start + 1;
  const dayWeights = arrivalDayWeights(model.arrivals, year);
  const totalWeight = dayWeights.reduce((a, b) => a + b, 0);
  if (!(totalWeight > 0)) throw new UserError('population.no-open-day', messages.populationNoOpenDay(year));
  const dayProbabilities = dayWeights.map((w) => w / totalWeight);
  const dayTable = buildAliasTable(dayWeights);
  const districts = [...opts.districts];

  const firmCount = makeCountSampler(model.firms);
  const vouchers: VoucherPlan[] = [];
  const dayFlat = dayTable.threshold.every((t) => t === 1);
  const tiers = model.tiers.map((t) => planTier(t, vouchers));
  const lognormals = vouchers.filter((v) => v.amountMode === AMOUNT_LOGNORMAL).map((v) => v.lognormal);
  const plan: SamplerPlan = {
    dayTable,
    dayFlat,
    ...planFirmKinds(model, districts),
    tiers,
    vouchers,
    amountsFromNormals: vouchers.every((v) => v.amountMode !== AMOUNT_OTHER),
    zLo: Math.max(-Infinity, ...lognormals.map((l) => l.zLo)),
    zHi: Math.min(Infinity, ...lognormals.map((l) => l.zHi)),
    planLognormal: Uint8Array.from(vouchers, (v) => (v.amountMode === AMOUNT_LOGNORMAL ? 1 : 0)),
    planZLo: Float64Array.from(vouchers, (v) => v.lognormal.zLo),
    planZHi: Float64Array.from(vouchers, (v) => v.lognormal.zHi),
  };
  const alike = (f: (v: VoucherPlan) => boolean): boolean => vouchers.every(f) || !vouchers.some(f);
  const canDefer =
    vouchers.length > 0 &&
    plan.amountsFromNormals &&
    alike((v) => v.amountMode === AMOUNT_LOGNORMAL) &&
    alike((v) => v.executedBp < 0) &&
    alike((v) => v.kindDraws);
  const deferred: DeferredDraws = {
    n: 0, order: new Uint32Array(0), from: 0, firm: new Uint32Array(0), planMeta: new Uint32Array(0), doy: new Uint16Array(0),
    normals: new Float64Array(0), tail: new Float64Array(0), kindFrom: 0, plans: vouchers,
  };
  const block = new UniformBlock();
  const work: SampleWork = {
    normals: new Float64Array(1024),
    draws: new Int32Array(3),
    tail: new Float64Array(4096),
  };
  const sample = (rng: Rng, out: PopulationBuffers, lastDay = days - 1): void => {
    block.start(rng);
    const nF = firmCount(block.rng);
    if (nF > MAX_DRAWN_FIRMS) {
      block.finish();
      throw new UserError('population.too-many-firms', messages.populationTooManyFirms(nF, MAX_DRAWN_FIRMS));
    }
    ensureFirmCapacity(out, nF);
    const n = drawFirms(plan, block, out, nF);
    countDraws(plan, work);
    const s = out.scratch;
    const m = work.draws[LOGNORMAL_DRAWS]!;
    if (work.normals.length < m) work.normals = new Float64Array(Math.max(m, 2 * work.normals.length));
    block.pos = zigguratFill(block, work.normals, m);
    // Amounts drawn again (a lognormal outside its bounds) or by other laws come next in the stream; when there
    // are none, each amount follows from its normal alone and is computed in the last pass.
    const amountsDone = !plan.amountsFromNormals;
    if (amountsDone) drawAmounts(plan, block, s, n, work.normals);
    else if (!allWithin(work.normals, m, plan.zLo, plan.zHi)) redrawOutside(plan, block, s, n, work.normals);
    // The executed shares, contract kinds and days take a known number of draws: one fill for them all.
    const nExecuted = work.draws[EXECUTED_DRAWS]!;
    const nKinds = work.draws[KIND_DRAWS]!;
    const nTail = nExecuted + nKinds + n;
    if (work.tail.length < nTail) work.tail = new Float64Array(Math.max(nTail, 2 * work.tail.length));
    block.take(work.tail, nTail);
    block.finish();
    out.firmCount = nF;
    ensureAppCapacity(out, n);
    const last = canDefer ? Math.min(Math.max(lastDay, 0), days - 1) : days - 1;
    const upToLast = drawDays(plan, s, n, work.tail, nExecuted + nKinds, days, last);
    dayStarts(s.dayCount, days);
    out.appCount = n;
    if (canDefer) {
      writeAlike(plan, out, s, work, start, 0, upToLast, false);
      out.appWritten = upToLast;
      Object.assign(deferred, {
        n, order: s.order, from: upToLast, firm: s.firm, planMeta: s.planMeta, doy: s.doy, normals: work.normals, tail: work.tail,
        kindFrom: work.draws[EXECUTED_DRAWS]!,
      });
    } else {
      drawAndSort(plan, out, s, n, work, amountsDone, start);
      out.appWritten = n;
    }
  };
  const writeRest = (out: PopulationBuffers): void => {
    if (out.appWritten === out.appCount) return;
    writeAlike(plan, out, out.scratch, work, start, out.appWritten, out.appCount, true);
    out.appWritten = out.appCount;
  };

  return {
    year,
    start,
    days,
    districts,
    dayProbabilities,
    expectedApplications: expectedApplications(model),
    sample,
    canDefer,
    writeRest,
    deferred,
  };
}

/**
 * Draws the firms (written in place) and their applications' firm and voucher plan | meta << 16 (voucher | flags << 4)
 * into the scratch arrays, in generation order, and counts the applications of each voucher plan into
 * each plan's `apps`; returns the number of applications. The passes are module-level functions, each optimised on
 * its own (docs/performance.md, makePopulationSampler.ts). The block is read with a local position (see
 * `UniformBlock.refill`), stored back in `b.pos` after each firm (not after the loop: see the note on passes below)
 * and around the calls that read the block themselves.
 */
function drawFirms(p: SamplerPlan, b: UniformBlock, out: PopulationBuffers, nF: number): number {
  const firmTier = out.firmTier;
  const firmFlags = out.firmFlags;
  const firmDistrict = out.firmDistrict;
  let s = out.scratch;
  let cap = s.firm.length;
  let n = 0;
  for (const vp of p.vouchers) vp.apps = 0;
  const { firmKinds, kindTier, kindFlags, kindDistrict } = p;
  const manyKinds = firmKinds.cdf.length > 1;
  const u = b.u;
  let q = b.pos;
  let len = b.len;
  // With one kind of firm, its attributes are read and written once, not per firm.
  let t = kindTier[0]!;
  let flags = kindFlags[0]!;
  let district = kindDistrict[0]!;
  if (!manyKinds) {
    firmTier.fill(t, 0, nF);
    firmFlags.fill(flags, 0, nF);
    firmDistrict.fill(district, 0, nF);
  }
  for (let f = 0; f < nF; f++) {
    if (manyKinds) {
      if (q === len) {
        b.refill();
        q = 0;
        len = b.len;
      }
      const x = u[q++]!;
      let kind = firmKinds.guide[(x * firmKinds.cells) | 0]!;
      if (kind < 0) {
        kind = ~kind;
        while (x >= firmKinds.cdf[kind]!) kind++;
      }
      t = kindTier[kind]!;
      flags = kindFlags[kind]!;
      district = kindDistrict[kind]!;
      firmTier[f] = t;
      firmFlags[f] = flags;
      firmDistrict[f] = district;
    }

    const plan = p.tiers[t]!;
    const copula = plan.copula;
    let common = 0;
    if (copula) {
      b.pos = q;
      common = plan.loadCommon * normalFrom(b);
      q = b.pos;
      len = b.len;
    }
    const vouchers = plan.vouchers;
    for (let v = 0; v < vouchers.length; v++) {
      const vp = vouchers[v]!;
      if (vp.p < 1) {
        if (copula && !(plan.loadOwn > 0)) {
          if (!(common < vp.threshold)) continue;
        } else {
          if (q === len) {
            b.refill();
            q = 0;
            len = b.len;
          }
          const x = u[q++]!;
          // copula: z = √ρ·c + √(1−ρ)·Φ⁻¹(u) < t  ⇔  u < Φ((t − √ρ·c)/√(1−ρ)), decided on a table of Φ
          if (copula ? !belowPhi(PHI, x, (vp.threshold - common) / plan.loadOwn) : !(x < vp.p)) continue;
        }
      }
      let k: number;
      if (vp.countMode === COUNT_TABLE) {
        if (q === len) {
          b.refill();
          q = 0;
          len = b.len;
        }
        const x = u[q++]!;
        const ct = vp.countTable;
        k = ct.guide[(x * ct.cells) | 0]!;
        if (k < 0) {
          k = ~k;
          while (x >= ct.cdf[k]!) k++;
        }
        k += ct.offset;
      } else if (vp.countMode === COUNT_FIXED) k = vp.fixedCount;
      else {
        b.pos = q;
        k = vp.count(b.rng);
        q = b.pos;
        len = b.len;
      }
      if (k === 0) continue;
      if (n + k + UNROLLED > cap) {
        ensureScratchCapacity(out, n + k + UNROLLED, n);
        s = out.scratch;
        cap = s.firm.length;
      }
      const { firm, planMeta } = s;
      const id = vp.id;
      const pm = id | ((vp.voucher | (flags << 4)) << 16);
      vp.apps += k;
      // The first UNROLLED slots are written whatever k (those past k are overwritten by the next applications or
      // lie past the last): a loop of k turns would end at a random count, a mispredicted branch for many firms
      // (docs/performance.md, "Sampler: unrolled writes").
      firm[n] = f;
      firm[n + 1] = f;
      firm[n + 2] = f;
      firm[n + 3] = f;
      planMeta[n] = pm;
      planMeta[n + 1] = pm;
      planMeta[n + 2] = pm;
      planMeta[n + 3] = pm;
      for (let j = n + UNROLLED, end = n + k; j < end; j++) {
        firm[j] = f;
        planMeta[j] = pm;
      }
      n += k;
    }
    b.pos = q;
  }
  return n;
}

/**
 * How many applications of this run draw a lognormal amount, an executed share and a contract kind, into
 * `work.draws` (LOGNORMAL_DRAWS, EXECUTED_DRAWS, KIND_DRAWS), from the applications per voucher plan.
 */
function countDraws(p: SamplerPlan, work: SampleWork): void {
  const draws = work.draws;
  draws.fill(0);
  for (let id = 0; id < p.vouchers.length; id++) {
    const vp = p.vouchers[id]!;
    const k = vp.apps;
    if (vp.amountMode === AMOUNT_LOGNORMAL) draws[LOGNORMAL_DRAWS]! += k;
    if (vp.executedBp < 0) draws[EXECUTED_DRAWS]! += k;
    if (vp.kindDraws) draws[KIND_DRAWS]! += k;
  }
}

/**
 * Per-sampler work space: the normal draws of the lognormal amounts; `draws`, how many applications of the run
 * draw a lognormal amount, an executed share and a contract kind; `tail`, the draws of the executed shares,
 * contract kinds and days.
 */
interface SampleWork {
  normals: Float64Array;
  draws: Int32Array;
  tail: Float64Array;
}

/**
 * Applications drawFirms writes for a firm's voucher whatever its count (room for them is kept past the last):
 * four, written one by one there (change both together).
 */
const UNROLLED = 4;

/** Indexes of `SampleWork.draws`. */
const LOGNORMAL_DRAWS = 0;
const EXECUTED_DRAWS = 1;
const KIND_DRAWS = 2;

/** Whether every one of the first `m` normals lies within [lo, hi]. */
function allWithin(normals: Float64Array, m: number, lo: number, hi: number): boolean {
  for (let j = 0; j < m; j++) {
    const z = normals[j]!;
    if (z < lo || z > hi) return false;
  }
  return true;
}

/**
 * Replaces each lognormal amount's normal that falls outside its plan's bounds by fresh draws until one falls
 * inside, in application order: the draws `drawAmounts` would make when every amount is constant or lognormal.
 */
function redrawOutside(p: SamplerPlan, b: UniformBlock, s: PopulationScratch, n: number, normals: Float64Array): void {
  const planMeta = s.planMeta;
  const { planLognormal, planZLo, planZHi } = p;
  let j = 0;
  for (let a = 0; a < n; a++) {
    const id = planMeta[a]! & 0xffff;
    if (planLognormal[id] === 0) continue;
    const lo = planZLo[id]!;
    const hi = planZHi[id]!;
    let z = normals[j]!;
    while (z < lo || z > hi) z = normalFrom(b);
    normals[j++] = z;
  }
}

/**
 * Each application's amount (fen) into `contractFen`, when some are drawn by other laws after the normals. The lognormal
 * amounts' first normal draws came first, one per such application in order (`normals`); a draw outside its
 * application's bounds is replaced by fresh draws until one falls inside (rejection: exact whatever the order,
 * since the draws are independent); then the other laws draw in application order.
 */
function drawAmounts(p: SamplerPlan, b: UniformBlock, s: PopulationScratch, n: number, normals: Float64Array): void {
  const { planMeta, contractFen } = s;
  const plans = p.vouchers;
  let j = 0;
  for (let a = 0; a < n; a++) {
    const vp = plans[planMeta[a]! & 0xffff]!;
    const mode = vp.amountMode;
    if (mode === AMOUNT_LOGNORMAL) {
      const ln = vp.lognormal;
      let z = normals[j++]!;
      while (z < ln.zLo || z > ln.zHi) z = normalFrom(b);
      contractFen[a] = amountFen(ln, z);
    } else contractFen[a] = mode === AMOUNT_CONSTANT ? vp.constantFen : vp.amount(b.rng);
  }
}

// Each pass below is one loop and nothing after it (docs/performance.md, "Loops entered once per run"). Their
// alias draws decide the coin by arithmetic (`aliasDrawBranchless`): exact for the multiples of 2^-32 that Alea
// draws, and no branch on a coin toss.

/**
 * Each application's day of the year into `doy` from the day draws `tail[from…from+n−1]`, the number of
 * applications per day into `dayCount[d + 1]`, and the applications split into `order` (see PopulationScratch):
 * those of days up to `last` from the front, the others from the back. Returns how many are up to `last`. The
 * split takes no branch: each application is written at both ends and the end it belongs to moves on (where
 * they meet, the last application is written twice in the same slot). A branch on its day would be mispredicted
 * for most applications of the part it rarely takes; the deferred writing and refusals then read the list instead of
 * testing every application's day (docs/performance.md, "Sampler: the day split").
 * Two loops, flat days or alias table, so that the flat one tests no flag per draw (docs/performance.md,
 * makePopulationSampler.ts).
 */
function drawDays(p: SamplerPlan, s: PopulationScratch, n: number, tail: Float64Array, from: number, days: number, last: number): number {
  const { doy, dayCount, order } = s;
  const { n: dN, threshold, alias } = p.dayTable;
  dayCount.fill(0, 0, days + 1);
  let front = 0;
  let back = n - 1;
  if (p.dayFlat) {
    for (let a = 0; a < n; a++) {
      const d = (tail[from + a]! * dN) | 0;
      doy[a] = d;
      dayCount[d + 1]!++;
      const after = (last - d) >>> 31; // 1 when d > last (both below 2^31)
      order[front] = a;
      order[back] = a;
      front += 1 - after;
      back -= after;
    }
  } else {
    for (let a = 0; a < n; a++) {
      const x = tail[from + a]! * dN;
      const i = x | 0;
      const al = alias[i]!;
      const d = i + (al - i) * Math.floor(x - i - threshold[i]! + 1); // aliasDrawBranchless
      doy[a] = d;
      dayCount[d + 1]!++;
      const after = (last - d) >>> 31;
      order[front] = a;
      order[back] = a;
      front += 1 - after;
      back -= after;
    }
  }
  return front;
}

/** Turns the counts per day (`dayCount[d + 1]`) into each day's first slot in the sorted order (`dayCount[d]`). */
function dayStarts(dayCount: Int32Array, days: number): void {
  for (let d = 1; d <= days; d++) dayCount[d]! += dayCount[d - 1]!;
}

/**
 * The last pass: each application's amount (from its normal, unless `amountsDone`), executed share and compute
 * (category, self-controlled) pair, written with the rest at its place in the order by day (a counting sort:
 * stable, so generation order within a day, which is already random because firms are exchangeable).
 *
 * The executed shares' draws are `tail[0…nExecuted−1]` (one per application with a beta share, in application
 * order) and the contract kinds' draws follow (one per compute application with more than one kind); each part is
 * read with its own cursor.
 */
function drawAndSort(p: SamplerPlan, out: PopulationBuffers, s: PopulationScratch, n: number, work: SampleWork, amountsDone: boolean, start: Day): void {
  const { firm, planMeta, doy, contractFen, dayCount: next } = s;
  const { appFirm, appVoucher, appDay, appContractFen, appExecutedFen, appCategory, appFlags } = out;
  const { tail, normals } = work;
  const plans = p.vouchers;
  let e = 0;
  let k = work.draws[EXECUTED_DRAWS]!;
  let j = 0;
  for (let a = 0; a < n; a++) {
    const pm = planMeta[a]!;
    const vp = plans[pm & 0xffff]!;
    let contract: number;
    if (amountsDone) contract = contractFen[a]!;
    else if (vp.amountMode === AMOUNT_LOGNORMAL) contract = amountFen(vp.lognormal, normals[j++]!);
    else contract = vp.constantFen;
    const bp = executedBpOf(vp, tail, e);
    if (vp.executedBp < 0) e++;
    const m = (pm >>> 16) | kindMetaOf(vp, tail, k);
    if (vp.kindDraws) k++;
    const d = doy[a]!;
    const pos = next[d]!++;
    appFirm[pos] = firm[a]!;
    appVoucher[pos] = m & 3;
    appDay[pos] = start + d;
    appContractFen[pos] = contract;
    appExecutedFen[pos] = executedFenOf(contract, bp);
    appCategory[pos] = ((m >> 2) & 3) - 1;
    appFlags[pos] = m >> 4;
  }
}

/**
 * drawAndSort when every voucher plan draws alike (`canDefer`), for the applications `order[from…to−1]` (see
 * drawDays: those up to the last day, front to back, or the others, back to front when `backward`; either way in
 * generation order, which the sort keeps within a day). An application's draws are at its own index (its normal
 * at `a`, its executed share at `tail[a]`, its kind at `tail[kindFrom + a]`), so the others are not read.
 */
function writeAlike(
  p: SamplerPlan, out: PopulationBuffers, s: PopulationScratch, work: SampleWork, start: Day, from: number, to: number, backward: boolean,
): void {
  const { firm, planMeta, doy, dayCount: next, order } = s;
  const { appFirm, appVoucher, appDay, appContractFen, appExecutedFen, appCategory, appFlags } = out;
  const { tail, normals } = work;
  const plans = p.vouchers;
  const kindFrom = work.draws[EXECUTED_DRAWS]!;
  for (let i = from; i < to; i++) {
    const a = order[backward ? to - 1 - (i - from) : i]!;
    const d = doy[a]!;
    const pm = planMeta[a]!;
    const vp = plans[pm & 0xffff]!;
    const contract = contractFenOf(vp, normals, a);
    const m = (pm >>> 16) | kindMetaOf(vp, tail, kindFrom + a);
    const pos = next[d]!++;
    appFirm[pos] = firm[a]!;
    appVoucher[pos] = m & 3;
    appDay[pos] = start + d;
    appContractFen[pos] = contract;
    appExecutedFen[pos] = executedFenOf(contract, executedBpOf(vp, tail, a));
    appCategory[pos] = ((m >> 2) & 3) - 1;
    appFlags[pos] = m >> 4;
  }
}

/** The contract (fen) of an application of plan `vp` whose normal is `normals[j]` (when its amount is lognormal). */
export function contractFenOf(vp: VoucherPlan, normals: Float64Array, j: number): number {
  return vp.amountMode === AMOUNT_LOGNORMAL ? amountFen(vp.lognormal, normals[j]!) : vp.constantFen;
}

/** The executed share (bp) of an application of plan `vp` whose draw is `tail[e]` (when the share is drawn). */
export function executedBpOf(vp: VoucherPlan, tail: Float64Array, e: number): number {
  const bp = vp.executedBp;
  if (bp >= 0) return bp;
  const ex = vp.executed;
  const x = tail[e]! * ex.n;
  const i = x | 0;
  const al = ex.alias[i]!;
  return i + (al - i) * Math.floor(x - i - ex.threshold[i]! + 1); // aliasDrawBranchless
}

/** What an application of plan `vp` adds to its meta for its compute kind, drawn from `tail[k]` when drawn. */
export function kindMetaOf(vp: VoucherPlan, tail: Float64Array, k: number): number {
  const ck = vp.contractKinds;
  if (ck === null) return 0;
  if (!vp.kindDraws) return vp.contractKindMeta[0]!;
  const v = tail[k]!;
  const km = vp.kindGuideMeta[(v * ck.cells) | 0]!;
  if (km >= 0) return km;
  let c = ~km;
  while (v >= ck.cdf[c]!) c++;
  return vp.contractKindMeta[c]!;
}

/**
 * applyRatio(contract, bp), the executed amount, without `%` nor a division (docs/performance.md,
 * makePopulationSampler.ts): product < 2^53 is exact, and product·1e-4 is within 2^-52 relative of product/10^4,
 * so its floor is the exact quotient or one off either way, which the two exact checks undo.
 */
export function executedFenOf(contract: number, bp: number): number {
  const product = contract * bp;
  let executed = Math.floor(product * 1e-4);
  if (executed * 10_000 > product) executed -= 1;
  else if (executed * 10_000 + 10_000 <= product) executed += 1;
  return executed;
}

/** The product law of (tier, SME, foundation model, district), zero-probability combinations left out. */
function planFirmKinds(model: PopulationModel, districts: readonly string[]): Pick<SamplerPlan, 'firmKinds' | 'kindTier' | 'kindFlags' | 'kindDistrict'> {
  const weights: number[] = [];
  const tier: number[] = [];
  const flags: number[] = [];
  const district: number[] = [];
  model.tiers.forEach((t, ti) => {
    const names = Object.keys(t.districtBp);
    const places: [number, number][] = names.map((d) => [districts.indexOf(d), t.districtBp[d]! / 10_000]);
    places.push([-1, 1 - names.reduce((sum, d) => sum + t.districtBp[d]!, 0) / 10_000]);
    const sme = t.smeBp / 10_000;
    const fm = t.foundationModelBp / 10_000;
    for (const [smeFlag, pSme] of [[FLAG_SME, sme], [0, 1 - sme]] as const) {
      for (const [fmFlag, pFm] of [[FLAG_FOUNDATION_MODEL, fm], [0, 1 - fm]] as const) {
        for (const [d, pD] of places) {
          const w = (t.shareBp / 10_000) * pSme * pFm * pD;
          if (!(w > 0)) continue;
          weights.push(w);
          tier.push(ti);
          flags.push(smeFlag | fmFlag);
          district.push(d);
        }
      }
    }
  });
  return {
    firmKinds: buildGuideTable(weights),
    kindTier: Uint16Array.from(tier),
    kindFlags: Uint8Array.from(flags),
    kindDistrict: Int16Array.from(district),
  };
}

function planTier(t: Tier, all: VoucherPlan[]): TierPlan {
  const vouchers: VoucherPlan[] = [];
  VOUCHERS.forEach((name, index) => {
    const d = t.vouchers[name];
    if (d === undefined || d.seekBp === 0) return;
    if (all.length > 0xffff) throw new RangeError('more than 65,536 voucher plans');
    const vp = planVoucher(all.length, index, d, name === 'compute' ? t.vouchers.compute! : null);
    vouchers.push(vp);
    all.push(vp);
  });
  const rho = t.seekCorrelationBp / 10_000;
  return {
    copula: rho > 0 && vouchers.filter((v) => v.p < 1).length > 1,
    loadCommon: Math.sqrt(rho),
    loadOwn: Math.sqrt(1 - rho),
    vouchers,
  };
}

function planVoucher(id: number, index: number, d: VoucherDemand, compute: ComputeDemand | null): VoucherPlan {
  const p = d.seekBp / 10_000;
  const kinds: number[] = [];
  const meta: number[] = [];
  if (compute !== null) {
    COMPUTE_CATEGORIES.forEach((c, ci) => {
      const pc = compute.categoryBp[c] / 10_000;
      const ps = compute.selfControlledBp[c] / 10_000;
      for (const [bit, pb] of [[FLAG_SELF_CONTROLLED << 4, ps], [0, 1 - ps]] as const) {
        if (!(pc * pb > 0)) continue;
        kinds.push(pc * pb);
        meta.push(((ci + 1) << 2) | bit);
      }
    });
  }
  const kindTable = compute !== null ? buildGuideTable(kinds) : null;
  const count = d.count;
  const cdf = count.law === 'poisson' && count.mean > 0 && count.mean < 10 ? poissonCdfTable(count.mean) : null;
  // a count whose 0 counts as 1: P(N ≤ 1), P(N ≤ 2), … for the values 1, 2, …
  const countTable = cdf === null ? NO_TABLE : count.atLeastOne ? guideTableFromCdf(cdf.subarray(1), 1) : guideTableFromCdf(cdf);
  const amount = d.amount;
  const lognormal =
    amount.law === 'lognormal' && amount.sigma > 0
      ? planLognormalAmount(amount.mu, amount.sigma, amount.truncate?.minFen ?? 0, amount.truncate?.maxFen ?? MAX_FEN)
      : null;
  return {
    id,
    apps: 0,
    voucher: index,
    p,
    threshold: inverseNormalCdf(p),
    countMode: count.law === 'fixed' ? COUNT_FIXED : cdf !== null ? COUNT_TABLE : COUNT_OTHER,
    fixedCount: count.law === 'fixed' ? (count.atLeastOne ? Math.max(1, count.n) : count.n) : -1,
    countTable,
    count: makeCountSampler(count),
    amountMode: amount.law === 'constant' ? AMOUNT_CONSTANT : lognormal?.byRejection ? AMOUNT_LOGNORMAL : AMOUNT_OTHER,
    constantFen: amount.law === 'constant' ? amount.valueFen : 0,
    lognormal: lognormal ?? NO_LOGNORMAL,
    amount: makeAmountSampler(amount),
    executedBp: d.executed.law === 'constant' ? d.executed.bp : -1,
    executed: d.executed.law === 'beta' ? betaBasisPointTable(d.executed.alpha, d.executed.beta) : NO_ALIAS,
    contractKinds: kindTable,
    contractKindMeta: Uint8Array.from(meta),
    kindGuideMeta: kindTable === null ? new Int32Array(0) : kindTable.guide.map((k) => (k < 0 ? k : meta[k]!)),
    kindDraws: kinds.length > 1,
  };
}

// Placeholders of the plan's fields a voucher does not use (same shapes, so that every plan has the same fields of
// the same types: docs/performance.md, makePopulationSampler.ts).
const NO_TABLE = guideTableFromCdf(Float64Array.of(Infinity));
const NO_LOGNORMAL = planLognormalAmount(0, 1, 0, MAX_FEN);
const NO_ALIAS = buildAliasTable([1]);
