/**
 * The plan of a population sampler, worked out once from the population model: per voucher a tier may seek, how
 * it draws a count, an amount, an executed share and a compute kind; the product law of the firms' kinds; and the
 * readers that turn an application's draws into its values (shared by the passes that write applications and by
 * the engine's refusals from deferred draws).
 */
import { MAX_FEN, type Fen } from '../../money/fen';
import { buildAliasTable, type AliasTable } from '../../random/aliasTable';
import { betaBasisPointTable } from '../../random/betaBasisPoints';
import { buildGuideTable, guideTableFromCdf, type GuideTable } from '../draws/guideTable';
import { inverseNormalCdf } from '../../random/inverseNormalCdf';
import type { Rng } from '../../random/Rng';
import { poissonCdfTable } from '../../random/poisson';
import { lognormalAmountFen, makeAmountSampler, planLognormalAmount, type LognormalAmount } from '../../population/amountSampler';
import { makeCountSampler } from '../../population/countSampler';
import type { ComputeDemand, PopulationModel, Tier, VoucherDemand } from '../../population/model';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME, COMPUTE_CATEGORIES, VOUCHERS } from '../../vocabulary';

/** How a voucher plan draws a count and an amount (inline in the passes of drawFirms.ts and passes.ts, unless OTHER: by its closure). */
export const COUNT_FIXED = 0;
export const COUNT_TABLE = 1;
export const COUNT_OTHER = 2;
export const AMOUNT_CONSTANT = 0;
export const AMOUNT_LOGNORMAL = 1;
export const AMOUNT_OTHER = 2;

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

export interface TierPlan {
  /** Copula loadings √ρ and √(1 − ρ); `copula` when ρ > 0 and at least two vouchers are uncertain (0 < p < 1). */
  copula: boolean;
  loadCommon: number;
  loadOwn: number;
  vouchers: VoucherPlan[];
}

export interface SamplerPlan {
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

// Imported functions called in hot loops, read once into module constants (docs/performance.md, "Imported
// functions in hot loops").
const amountFen = lognormalAmountFen;

/** The contract (fen) of an application of plan `voucherPlan` whose normal is `normals[j]` (when its amount is lognormal). */
export function contractFenOf(voucherPlan: VoucherPlan, normals: Float64Array, j: number): number {
  return voucherPlan.amountMode === AMOUNT_LOGNORMAL ? amountFen(voucherPlan.lognormal, normals[j]!) : voucherPlan.constantFen;
}

/** The executed share (bp) of an application of plan `voucherPlan` whose draw is `tail[e]` (when the share is drawn). */
export function executedBpOf(voucherPlan: VoucherPlan, tail: Float64Array, e: number): number {
  const bp = voucherPlan.executedBp;
  if (bp >= 0) return bp;
  const ex = voucherPlan.executed;
  const x = tail[e]! * ex.n;
  const i = x | 0;
  const al = ex.alias[i]!;
  return i + (al - i) * Math.floor(x - i - ex.threshold[i]! + 1); // aliasDrawBranchless
}

/** What an application of plan `voucherPlan` adds to its meta for its compute kind, drawn from `tail[k]` when drawn. */
export function kindMetaOf(voucherPlan: VoucherPlan, tail: Float64Array, k: number): number {
  const ck = voucherPlan.contractKinds;
  if (ck === null) return 0;
  if (!voucherPlan.kindDraws) return voucherPlan.contractKindMeta[0]!;
  const v = tail[k]!;
  const km = voucherPlan.kindGuideMeta[(v * ck.cells) | 0]!;
  if (km >= 0) return km;
  let c = ~km;
  while (v >= ck.cdf[c]!) c++;
  return voucherPlan.contractKindMeta[c]!;
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

/** The plan of a sampler of the population `model` in a year whose days weigh `dayWeights` (arrivalDayWeights). */
export function planSampler(model: PopulationModel, districts: readonly string[], dayWeights: ArrayLike<number>): SamplerPlan {
  const dayTable = buildAliasTable(dayWeights);
  const vouchers: VoucherPlan[] = [];
  const tiers = model.tiers.map((t) => planTier(t, vouchers));
  const lognormals = vouchers.filter((v) => v.amountMode === AMOUNT_LOGNORMAL).map((v) => v.lognormal);
  return {
    dayTable,
    dayFlat: dayTable.threshold.every((t) => t === 1),
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
}

/**
 * Whether every voucher plan draws alike (a lognormal amount or a constant one, an executed share or a constant
 * one, a contract kind or none), so that an application's draws sit at its own index: `PopulationSampler.canDefer`.
 */
export function drawsAlike(plan: SamplerPlan): boolean {
  const vouchers = plan.vouchers;
  const alike = (f: (v: VoucherPlan) => boolean): boolean => vouchers.every(f) || !vouchers.some(f);
  return (
    vouchers.length > 0 &&
    plan.amountsFromNormals &&
    alike((v) => v.amountMode === AMOUNT_LOGNORMAL) &&
    alike((v) => v.executedBp < 0) &&
    alike((v) => v.kindDraws)
  );
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
    const voucherPlan = planVoucher(all.length, index, d, name === 'compute' ? t.vouchers.compute! : null);
    vouchers.push(voucherPlan);
    all.push(voucherPlan);
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
