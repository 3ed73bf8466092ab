/**
 * The plain sampler of one run-year's firms and applications: the specification of `makePopulationSampler`.
 *
 * It draws the same numbers from the same stream, in the same order, by the same laws, and gives the same firms and
 * applications; it is written for reading (one firm at a time, one application at a time, named fields) and is
 * slow. test/population/referenceSampler.test.ts requires the two to agree, to the fen and to the state of the
 * stream they leave, over random population models: a change to the fast sampler that moves one draw fails it.
 *
 * A run-year draws, from its stream only and in this order (a draw whose outcome is certain is not made):
 * 1. the number of firms (`model.firms`);
 * 2. per firm, one firm at a time: its kind, that is its tier, SME and foundation-model status and district (one
 *    uniform, by inversion of their product law); the copula's common factor (a ziggurat normal, when the tier
 *    has one); per voucher the tier may seek, in the order compute, corpus, model, whether the firm seeks it (one
 *    uniform, unless its probability is 1 or ρ is 100%) and then its number of contracts (the count law);
 * 3. per application with a lognormal amount drawn by rejection, in generation order: its first normal;
 * 4. per application: the rest of its amount (normals drawn again while outside the bounds, or the amount law);
 * 5. per application with a beta executed share: its share (one uniform, the rounded beta law's alias table);
 * 6. per compute application whose voucher has more than one kind: its (category, self-controlled) kind;
 * 7. per application: its day (one uniform, the alias table of the year's daily intensities).
 * The applications are then sorted by day, stably (generation order within a day).
 *
 * Phases 3 and 4 are apart because the fast sampler draws every first normal in one loop; rejection keeps the
 * law of each amount whatever the order of the draws, so the order is a choice, and this is the one made.
 */
import { applyRatio } from '../../money/applyRatio';
import type { BasisPoints, Fen } from '../../money/fen';
import { makeCategorical } from '../../random/categorical';
import { normalCdf } from '../../random/normalCdf';
import type { Rng } from '../../random/Rng';
import { zigguratNormal } from '../../random/ziggurat';
import { yearStart, type Day } from '../../time/day';
import { lognormalAmountFen } from '../amountSampler';
import { arrivalDayWeights } from '../arrivalDayWeights';
import { makeCountSampler } from '../countSampler';
import type { PopulationModel } from '../model';
import { inverseCategorical, referenceTiers, type ReferenceAmount, type ReferenceTier, type ReferenceVoucher } from './referenceLaws';
import type { ComputeCategory, Voucher } from '../../vocabulary';

/** A firm that considers the vouchers this year (whether or not it applies). */
export interface ReferenceFirm {
  /** Index in `model.tiers`. */
  tier: number;
  sme: boolean;
  foundationModel: boolean;
  /** The tier's district the firm is in, or null when in none. */
  district: string | null;
}

/** One application: one contract of one firm for one voucher. */
export interface ReferenceApplication {
  /** Index in `ReferencePopulation.firms`. */
  firm: number;
  voucher: Voucher;
  /** 0 = 1 January. */
  dayOfYear: number;
  day: Day;
  /** 合同费用. */
  contractFen: Fen;
  /** The executed share 合同实际执行金额 / 合同费用. */
  executedBp: BasisPoints;
  /** 合同实际执行金额 = applyRatio(contract, executed share). */
  executedFen: Fen;
  /** Compute only: the contract's category, and whether it buys self-controlled (自主) compute. */
  category: ComputeCategory | null;
  selfControlled: boolean;
}

/** One run-year's draw. */
export interface ReferencePopulation {
  firms: ReferenceFirm[];
  /** The applications in generation order (firm by firm, voucher by voucher, contract by contract). */
  drawn: ReferenceApplication[];
  /** The same applications sorted by day, generation order within a day. */
  applications: ReferenceApplication[];
}

/** One kind of firm: a tier, SME and foundation-model status and a district, with its probability. */
interface FirmKind {
  firm: ReferenceFirm;
  weight: number;
}

/**
 * Builds the reference sampler of one year's firms and applications (see the file's comment for what it draws).
 *
 * @param model a validated population model without `resample`
 * @param opts the calendar year (365 or 366 days)
 * @returns `sample(rng)`, one run-year's draw from `rng`
 * @throws RangeError when the model resamples past firms (that sampler has no reference here)
 * @example makeReferencePopulation(model, { year: 2025 }).sample(makeStream(7, 0, 2025)).applications.length
 */
export function makeReferencePopulation(model: PopulationModel, opts: { year: number }): { sample(rng: Rng): ReferencePopulation } {
  if (model.resample) throw new RangeError('the reference sampler draws parametric populations, not resampled ones');
  const start = yearStart(opts.year);
  const firmCount = makeCountSampler(model.firms);
  const firmKinds = listFirmKinds(model);
  const firmKindWeights = firmKinds.map((k) => k.weight);
  const tiers = referenceTiers(model);
  const dayOfYear = makeCategorical(arrivalDayWeights(model.arrivals, opts.year));

  const sample = (rng: Rng): ReferencePopulation => {
    // 1–2: the firms, and each firm's vouchers and contracts
    const firms: ReferenceFirm[] = [];
    const contracts: { firm: number; plan: ReferenceVoucher }[] = [];
    const nFirms = firmCount(rng);
    for (let f = 0; f < nFirms; f++) {
      const firm = drawFirmKind(firmKinds, firmKindWeights, rng);
      firms.push(firm);
      const tier = tiers[firm.tier]!;
      const common = drawCommonFactor(tier, rng);
      for (const plan of tier.vouchers) {
        if (!drawSeeks(tier, plan, common, rng)) continue;
        const k = plan.count(rng);
        for (let c = 0; c < k; c++) contracts.push({ firm: f, plan });
      }
    }
    // 3: the first normal of each lognormal amount drawn by rejection
    const firstNormals = contracts.map(({ plan }) => (plan.amount.by === 'rejection' ? zigguratNormal(rng) : NaN));
    // 4: the amounts
    const amounts = contracts.map(({ plan }, a) => drawAmount(plan.amount, firstNormals[a]!, rng));
    // 5: the executed shares
    const executedBps = contracts.map(({ plan }) => plan.executed(rng));
    // 6: the compute kinds
    const kinds = contracts.map(({ plan }) => drawContractKind(plan, rng));
    // 7: the days
    const days = contracts.map(() => dayOfYear(rng));

    const drawn = contracts.map(({ firm, plan }, a): ReferenceApplication => ({
      firm,
      voucher: plan.voucher,
      dayOfYear: days[a]!,
      day: start + days[a]!,
      contractFen: amounts[a]!,
      executedBp: executedBps[a]!,
      executedFen: applyRatio(amounts[a]!, executedBps[a]!),
      category: kinds[a]!.category,
      selfControlled: kinds[a]!.selfControlled,
    }));
    const applications = [...drawn].sort((x, y) => x.dayOfYear - y.dayOfYear); // Array.prototype.sort is stable
    return { firms, drawn, applications };
  };
  return { sample };
}

/**
 * Every kind of firm of positive probability: tier t with its share, SME (yes, no) with probability sme, foundation
 * model (yes, no) with probability foundationModel, and each named district then none with their probabilities,
 * independent given the tier; listed in that order (tiers, then SME, then foundation model, then district).
 */
function listFirmKinds(model: PopulationModel): FirmKind[] {
  const kinds: FirmKind[] = [];
  model.tiers.forEach((t, tier) => {
    const named = Object.keys(t.districtBp);
    const inNone = 1 - named.reduce((sum, d) => sum + t.districtBp[d]!, 0) / 10_000;
    const places: [string | null, number][] = [...named.map((d): [string, number] => [d, t.districtBp[d]! / 10_000]), [null, inNone]];
    const pSme = t.smeBp / 10_000;
    const pFoundation = t.foundationModelBp / 10_000;
    for (const [sme, ps] of [[true, pSme], [false, 1 - pSme]] as const) {
      for (const [foundationModel, pf] of [[true, pFoundation], [false, 1 - pFoundation]] as const) {
        for (const [district, pd] of places) {
          const weight = (t.shareBp / 10_000) * ps * pf * pd;
          if (weight > 0) kinds.push({ firm: { tier, sme, foundationModel, district }, weight });
        }
      }
    }
  });
  return kinds;
}

/** A firm's kind: one uniform by inversion of the kinds' law (`weights`), or none when there is one kind only. */
function drawFirmKind(kinds: FirmKind[], weights: number[], rng: Rng): ReferenceFirm {
  const k = kinds.length === 1 ? 0 : inverseCategorical(weights, rng());
  return { ...kinds[k]!.firm };
}

/** The copula's common factor √ρ·c of a firm of the tier (c a ziggurat normal), or 0 when the tier has no copula. */
function drawCommonFactor(tier: ReferenceTier, rng: Rng): number {
  return tier.copula ? Math.sqrt(tier.rho) * zigguratNormal(rng) : 0;
}

/**
 * Whether a firm seeks the voucher `plan`, given its common factor √ρ·c. Without the copula it seeks it when a
 * uniform u < p. With the copula it seeks it when z = √ρ·c + √(1−ρ)·ε < Φ⁻¹(p), with ε = Φ⁻¹(u): decided as
 * u < Φ((Φ⁻¹(p) − √ρ·c)/√(1−ρ)) (the fast sampler decides the same inequality on a table of Φ,
 * `uniformBelowNormalCdf`), and as √ρ·c < Φ⁻¹(p) without a draw when ρ = 100%. A voucher sought with probability 1
 * takes no draw.
 */
function drawSeeks(tier: ReferenceTier, plan: ReferenceVoucher, common: number, rng: Rng): boolean {
  if (plan.seekBp === 10_000) return true;
  const loadOwn = Math.sqrt(1 - tier.rho);
  if (tier.copula && loadOwn === 0) return common < plan.threshold;
  const u = rng();
  return tier.copula ? u < normalCdf((plan.threshold - common) / loadOwn) : u < plan.seekBp / 10_000;
}

/** A contract's amount (see `ReferenceAmount`); `firstNormal` is its phase-3 normal when drawn by rejection. */
function drawAmount(amount: ReferenceAmount, firstNormal: number, rng: Rng): Fen {
  switch (amount.by) {
    case 'constant':
      return amount.valueFen;
    case 'sampler':
      return amount.draw(rng);
    case 'rejection': {
      const { lognormal } = amount;
      let z = firstNormal;
      while (z < lognormal.zLo || z > lognormal.zHi) z = zigguratNormal(rng);
      return lognormalAmountFen(lognormal, z);
    }
  }
}

/** A compute contract's kind: one uniform by inversion of the kinds' law, none when there is one kind only. */
function drawContractKind(plan: ReferenceVoucher, rng: Rng): { category: ComputeCategory | null; selfControlled: boolean } {
  const kinds = plan.kinds;
  if (kinds === null) return { category: null, selfControlled: false };
  const k = kinds.length === 1 ? 0 : inverseCategorical(plan.kindWeights, rng());
  return { category: kinds[k]!.category, selfControlled: kinds[k]!.selfControlled };
}
