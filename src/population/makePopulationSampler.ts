import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import type { Fen } from '../money/fen';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME } from '../policy/compile';
import { COMPUTE_CATEGORIES, VOUCHERS } from '../policy/model';
import { buildAliasTable, type AliasTable } from '../random/aliasTable';
import { inverseNormalCdf, inverseNormalCdfUnchecked } from '../random/inverseNormalCdf';
import { makeNormalCdfGrid, uniformBelowNormalCdf } from '../random/normalCdfGrid';
import type { Rng } from '../random/Rng';
import { UniformBlock } from '../random/UniformBlock';
import { yearEnd, yearStart, type Day } from '../time/day';
import { makeAmountSampler } from './amountSampler';
import { arrivalDayWeights } from './arrivalDayWeights';
import { makeCountSampler } from './countSampler';
import { expectedApplications } from './expectedApplications';
import { makeExecutedSampler } from './executedSampler';
import type { ComputeDemand, PopulationModel, Tier, VoucherDemand } from './model';
import { ensureAppCapacity, ensureFirmCapacity, ensureScratchCapacity, type PopulationBuffers } from './PopulationBuffers';

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
  /** Overwrites `out` with a fresh draw of the year's firms and applications, using only `rng`. */
  sample(rng: Rng, out: PopulationBuffers): void;
}

interface VoucherPlan {
  voucher: number;
  /** Probability of seeking, and its threshold Φ⁻¹(p) for the copula. */
  p: number;
  threshold: number;
  count: (rng: Rng) => number;
  /** The count when it is fixed, −1 when drawn. */
  fixedCount: number;
  amount: (rng: Rng) => Fen;
  /** The executed share when constant, −1 when drawn. */
  executedBp: number;
  executed: (rng: Rng) => number;
  /**
   * Compute only: one alias table over the (category, self-controlled) pairs of positive probability, and what
   * each entry adds to the packed meta ((category + 1) << 2 | FLAG_SELF_CONTROLLED << 4). Null for the others.
   */
  contractKinds: AliasTable | null;
  contractKindMeta: Uint8Array;
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
  /**
   * One alias table over every (tier, SME, foundation model, district) of positive probability: a firm's
   * attributes are independent given its tier, so the product law is drawn with one uniform. Per entry:
   */
  firmKinds: AliasTable;
  kindTier: Uint16Array;
  kindFlags: Uint8Array;
  kindDistrict: Int16Array;
  tiers: TierPlan[];
}

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
 *    z_v < Φ⁻¹(p_v); c by AS241 inversion, and ε_v < (Φ⁻¹(p_v) − √ρ·c)/√(1−ρ) decided as u_v < Φ(…) by
 *    `uniformBelowNormalCdf`), so each voucher keeps its marginal probability p_v;
 * 3. per voucher sought: the number of contracts, and per contract its amount (whole yuan, `makeAmountSampler`),
 *    executed share (whole bp; executed = applyRatio(contract, bp)), for compute its (category, self-controlled)
 *    pair from one alias table, and its day (alias table of the year's daily intensities, `arrivalDayWeights`).
 *
 * A firm that seeks no voucher, or draws no contract, makes no application but is still a firm of the buffers.
 * Applications are then sorted by day with a counting sort (stable: generation order within a day, which is
 * already random because firms are exchangeable). Draws whose outcome is certain (probability 0 or 1, a table
 * of one entry, a fixed count, a constant share) are skipped.
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
  const plan: SamplerPlan = { dayTable, ...planFirmKinds(model, districts), tiers: model.tiers.map(planTier) };
  const block = new UniformBlock();
  const sample = (rng: Rng, out: PopulationBuffers): void => {
    block.start(rng);
    const nF = firmCount(block.rng);
    if (nF > MAX_DRAWN_FIRMS) {
      block.finish();
      throw new UserError('population.too-many-firms', messages.populationTooManyFirms(nF, MAX_DRAWN_FIRMS));
    }
    ensureFirmCapacity(out, nF);
    const n = generate(plan, block, out, nF);
    block.finish();
    out.firmCount = nF;
    sortByDay(out, n, start, days);
  };

  return {
    year,
    start,
    days,
    districts,
    dayProbabilities,
    expectedApplications: expectedApplications(model),
    sample,
  };
}

/**
 * Draws the firms (written in place) and their applications (into the scratch arrays, in generation order);
 * returns the number of applications. A module-level function, so that V8 keeps one set of type feedback.
 */
function generate(p: SamplerPlan, b: UniformBlock, out: PopulationBuffers, nF: number): number {
  const rng = b.rng;
  const firmTier = out.firmTier;
  const firmFlags = out.firmFlags;
  const firmDistrict = out.firmDistrict;
  let s = out.scratch;
  let cap = s.firm.length;
  let n = 0;
  const { firmKinds, kindTier, kindFlags, kindDistrict } = p;
  const dN = p.dayTable.n;
  const dProb = p.dayTable.prob;
  const dAlias = p.dayTable.alias;
  for (let f = 0; f < nF; f++) {
    let kind = 0;
    if (firmKinds.n > 1) {
      const x = b.next() * firmKinds.n;
      const i = x | 0;
      kind = x - i < firmKinds.prob[i]! ? i : firmKinds.alias[i]!;
    }
    const t = kindTier[kind]!;
    const flags = kindFlags[kind]!;
    firmTier[f] = t;
    firmFlags[f] = flags;
    firmDistrict[f] = kindDistrict[kind]!;

    const plan = p.tiers[t]!;
    const copula = plan.copula;
    const common = copula ? plan.loadCommon * inverseNormalCdfUnchecked(b.next()) : 0;
    const vouchers = plan.vouchers;
    for (let v = 0; v < vouchers.length; v++) {
      const vp = vouchers[v]!;
      if (vp.p < 1) {
        if (copula) {
          // z = √ρ·c + √(1−ρ)·Φ⁻¹(u) < t  ⇔  u < Φ((t − √ρ·c)/√(1−ρ)), decided on a table of Φ
          if (plan.loadOwn > 0) {
            if (!uniformBelowNormalCdf(PHI, b.next(), (vp.threshold - common) / plan.loadOwn)) continue;
          } else if (!(common < vp.threshold)) continue;
        } else if (!(b.next() < vp.p)) continue;
      }
      const k = vp.fixedCount >= 0 ? vp.fixedCount : vp.count(rng);
      for (let j = 0; j < k; j++) {
        if (n === cap) {
          ensureScratchCapacity(out, n + 1, n);
          s = out.scratch;
          cap = s.firm.length;
        }
        const contract = vp.amount(rng);
        const bp = vp.executedBp >= 0 ? vp.executedBp : vp.executed(rng);
        let meta = vp.voucher | (flags << 4);
        const ck = vp.contractKinds;
        if (ck !== null) {
          let c = 0;
          if (ck.n > 1) {
            const x = b.next() * ck.n;
            const i = x | 0;
            c = x - i < ck.prob[i]! ? i : ck.alias[i]!;
          }
          meta |= vp.contractKindMeta[c]!;
        }
        const x = b.next() * dN;
        const i = x | 0;
        s.doy[n] = x - i < dProb[i]! ? i : dAlias[i]!;
        s.firm[n] = f;
        s.meta[n] = meta;
        s.contractFen[n] = contract;
        s.executedBp[n] = bp;
        n++;
      }
    }
  }
  return n;
}

/**
 * Counting sort of the scratch applications by day into the output arrays (O(n + days), stable), unpacking
 * `meta` and computing each executed amount on the way.
 */
function sortByDay(out: PopulationBuffers, n: number, start: Day, days: number): void {
  ensureAppCapacity(out, n);
  const s = out.scratch;
  countDays(s.doy, n, s.dayCount, days);
  scatter(out, s, n, start);
  out.appCount = n;
}

// The sort's loops are separate functions so that V8 optimises each with its own type feedback (a single
// function entered once per run is compiled mid-loop and deoptimised at the next loop, run after run).

/** Turns `next` into the first slot of each day: counts per day, then a prefix sum. */
function countDays(doy: Uint16Array, n: number, next: Int32Array, days: number): void {
  next.fill(0, 0, days + 1);
  for (let a = 0; a < n; a++) next[doy[a]! + 1]!++;
  for (let d = 1; d <= days; d++) next[d]! += next[d - 1]!;
}

function scatter(out: PopulationBuffers, s: PopulationBuffers['scratch'], n: number, start: Day): void {
  const { firm, meta, doy, contractFen, executedBp, dayCount: next } = s;
  const { appFirm, appVoucher, appDay, appContractFen, appExecutedFen, appCategory, appFlags } = out;
  for (let a = 0; a < n; a++) {
    const d = doy[a]!;
    const pos = next[d]!++;
    const m = meta[a]!;
    const contract = contractFen[a]!;
    // applyRatio(contract, bp) without `%`, which V8 computes on doubles through fmod (tens of ns): the quotient
    // is correctly rounded, so its floor is the exact floor or one above it, which the check undoes.
    const product = contract * executedBp[a]!;
    let executed = Math.floor(product / 10_000);
    if (executed * 10_000 > product) executed -= 1;
    appFirm[pos] = firm[a]!;
    appVoucher[pos] = m & 3;
    appDay[pos] = start + d;
    appContractFen[pos] = contract;
    appExecutedFen[pos] = executed;
    appCategory[pos] = ((m >> 2) & 3) - 1;
    appFlags[pos] = m >> 4;
  }
}

/** The product law of (tier, SME, foundation model, district), zero-probability combinations left out. */
function planFirmKinds(model: PopulationModel, districts: readonly string[]): Omit<SamplerPlan, 'dayTable' | 'tiers'> {
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
    firmKinds: buildAliasTable(weights),
    kindTier: Uint16Array.from(tier),
    kindFlags: Uint8Array.from(flags),
    kindDistrict: Int16Array.from(district),
  };
}

function planTier(t: Tier): TierPlan {
  const vouchers: VoucherPlan[] = [];
  VOUCHERS.forEach((name, index) => {
    const d = t.vouchers[name];
    if (d === undefined || d.seekBp === 0) return;
    vouchers.push(planVoucher(index, d, name === 'compute' ? t.vouchers.compute! : null));
  });
  const rho = t.seekCorrelationBp / 10_000;
  return {
    copula: rho > 0 && vouchers.filter((v) => v.p < 1).length > 1,
    loadCommon: Math.sqrt(rho),
    loadOwn: Math.sqrt(1 - rho),
    vouchers,
  };
}

function planVoucher(index: number, d: VoucherDemand, compute: ComputeDemand | null): VoucherPlan {
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
  return {
    voucher: index,
    p,
    threshold: inverseNormalCdf(p),
    count: makeCountSampler(d.count),
    fixedCount: d.count.law === 'fixed' ? (d.count.atLeastOne ? Math.max(1, d.count.n) : d.count.n) : -1,
    amount: makeAmountSampler(d.amount),
    executedBp: d.executed.law === 'constant' ? d.executed.bp : -1,
    executed: makeExecutedSampler(d.executed),
    contractKinds: compute !== null ? buildAliasTable(kinds) : null,
    contractKindMeta: Uint8Array.from(meta),
  };
}
