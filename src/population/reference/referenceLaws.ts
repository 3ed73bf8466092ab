/**
 * The laws of the plain reference sampler (`makeReferencePopulation`), read once from a PopulationModel: for each
 * tier, the vouchers it may seek and, for each, how a contract's count, amount, executed share and compute kind are
 * drawn. Each law is the sampler of src/random or src/population that the fast sampler inlines, called one draw at
 * a time; where the fast sampler uses a table (guide or alias), the law here is the plain method the table is
 * tested to equal (inversion of the cdf; `aliasDraw` for `aliasDrawBranchless`).
 */
import type { BasisPoints, Fen } from '../../money/fen';
import { MAX_FEN } from '../../money/fen';
import { inverseNormalCdf } from '../../random/inverseNormalCdf';
import type { Rng } from '../../random/Rng';
import { makeAmountSampler, planLognormalAmount, type LognormalAmount } from '../amountSampler';
import { makeCountSampler } from '../countSampler';
import { makeExecutedSampler } from '../executedSampler';
import type { ComputeDemand, PopulationModel, Tier, VoucherDemand } from '../model';
import { COMPUTE_CATEGORIES, type ComputeCategory, type Voucher } from '../../vocabulary';

/**
 * How a contract's amount is drawn:
 * - `constant`: the value, no draw;
 * - `rejection`: a lognormal whose bounds keep at least half its probability: a first ziggurat normal drawn in the
 *   first-normals phase, then ziggurat normals drawn again in the amounts phase while it falls outside the bounds
 *   (`LognormalAmount`);
 * - `sampler`: every other law (uniform, triangular, empirical, a lognormal drawn by inversion or with σ = 0), by
 *   its `makeAmountSampler` closure in the amounts phase.
 */
export type ReferenceAmount =
  | { by: 'constant'; valueFen: Fen }
  | { by: 'rejection'; lognormal: LognormalAmount }
  | { by: 'sampler'; draw: (rng: Rng) => Fen };

/** One (category, self-controlled) kind of compute contract and its probability. */
export interface ContractKind {
  category: ComputeCategory;
  selfControlled: boolean;
  weight: number;
}

/** What a firm of a tier does about one voucher it may seek (a voucher with seek 0 is left out). */
export interface ReferenceVoucher {
  voucher: Voucher;
  seekBp: BasisPoints;
  /** Φ⁻¹(seek), the copula's threshold: the firm seeks the voucher when its z_v falls below it. */
  threshold: number;
  count: (rng: Rng) => number;
  amount: ReferenceAmount;
  /** The executed share in bp: a constant (no draw) or the rounded beta law's alias table (one draw). */
  executed: (rng: Rng) => BasisPoints;
  /** Compute only: the kinds of positive probability, in category order, self-controlled first; null otherwise. */
  kinds: ContractKind[] | null;
  /** The kinds' weights, in their order (empty when `kinds` is null). */
  kindWeights: number[];
}

/** A tier's vouchers in the order compute, corpus, model, and its copula ρ. */
export interface ReferenceTier {
  vouchers: ReferenceVoucher[];
  /** ρ of the seeking copula, as a fraction. */
  rho: number;
  /** Whether a firm of the tier draws the copula's common factor: ρ > 0 and at least two vouchers uncertain. */
  copula: boolean;
}

/** Every tier's laws, in the model's order. */
export function referenceTiers(model: PopulationModel): ReferenceTier[] {
  return model.tiers.map((tier) => {
    const vouchers = referenceVouchers(tier);
    const rho = tier.seekCorrelationBp / 10_000;
    const uncertain = vouchers.filter((v) => v.seekBp < 10_000).length;
    return { vouchers, rho, copula: rho > 0 && uncertain > 1 };
  });
}

function referenceVouchers(tier: Tier): ReferenceVoucher[] {
  const out: ReferenceVoucher[] = [];
  const add = (voucher: Voucher, d: VoucherDemand | undefined, compute: ComputeDemand | null): void => {
    if (d === undefined || d.seekBp === 0) return;
    const kinds = compute === null ? null : contractKinds(compute);
    out.push({
      voucher,
      seekBp: d.seekBp,
      threshold: inverseNormalCdf(d.seekBp / 10_000),
      count: makeCountSampler(d.count),
      amount: referenceAmount(d),
      executed: makeExecutedSampler(d.executed),
      kinds,
      kindWeights: kinds === null ? [] : kinds.map((k) => k.weight),
    });
  };
  add('compute', tier.vouchers.compute, tier.vouchers.compute ?? null);
  add('corpus', tier.vouchers.corpus, null);
  add('model', tier.vouchers.model, null);
  return out;
}

function referenceAmount(d: VoucherDemand): ReferenceAmount {
  const a = d.amount;
  if (a.law === 'constant') return { by: 'constant', valueFen: a.valueFen };
  if (a.law === 'lognormal' && a.sigma > 0) {
    const lognormal = planLognormalAmount(a.mu, a.sigma, a.truncate?.minFen ?? 0, a.truncate?.maxFen ?? MAX_FEN);
    if (lognormal.byRejection) return { by: 'rejection', lognormal };
  }
  return { by: 'sampler', draw: makeAmountSampler(a) };
}

/**
 * The compute kinds: category c with probability categoryBp[c], and within it self-controlled with probability
 * selfControlledBp[c] (independent given the category). Kinds of probability 0 are left out.
 */
function contractKinds(compute: ComputeDemand): ContractKind[] {
  const kinds: ContractKind[] = [];
  for (const category of COMPUTE_CATEGORIES) {
    const pCategory = compute.categoryBp[category] / 10_000;
    const pSelf = compute.selfControlledBp[category] / 10_000;
    for (const [selfControlled, p] of [[true, pSelf], [false, 1 - pSelf]] as const) {
      const weight = pCategory * p;
      if (weight > 0) kinds.push({ category, selfControlled, weight });
    }
  }
  return kinds;
}

/**
 * Inversion of a categorical law: the smallest index k with u < (w₀ + … + w_k) / Σw, and the last index of
 * positive weight for every u above the last such sum (so rounding cannot leave a gap below 1). An index of
 * weight 0 is never drawn. This is the law `buildGuideTable` tabulates (test/random/guideTable.test.ts).
 *
 * @param weights non-negative weights, at least one positive
 * @param u a uniform draw in [0, 1)
 * @returns the index drawn
 * @example inverseCategorical([1, 0, 3], 0.3) // 2 (0.3 ≥ 1/4)
 */
export function inverseCategorical(weights: readonly number[], u: number): number {
  let total = 0;
  let last = -1;
  weights.forEach((w, k) => {
    total += w;
    if (w > 0) last = k;
  });
  let sum = 0;
  for (let k = 0; k < last; k++) {
    sum += weights[k]!;
    if (u < sum / total) return k;
  }
  return last;
}
