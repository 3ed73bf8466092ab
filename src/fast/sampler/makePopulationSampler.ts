/**
 * The fast population sampler: builds a sampler's plan once (samplerPlan.ts) and, per run-year, draws the firms
 * (drawFirms.ts) and their applications in a few passes (passes.ts). Its specification is the plain sampler of
 * src/population/reference; test/population/referenceSampler.test.ts requires the two to agree draw for draw.
 */
import { UserError } from '../../errors/UserError';
import { messages } from '../../i18n/messages';
import type { Rng } from '../../random/Rng';
import { UniformBlock } from '../draws/UniformBlock';
import { yearEnd, yearStart, type Day } from '../../time/day';
import { arrivalDayWeights } from '../../population/arrivalDayWeights';
import { makeCountSampler } from '../../population/countSampler';
import { makeResampleSampler } from './makeResampleSampler';
import { expectedApplications } from '../../population/expectedApplications';
import type { PopulationModel } from '../../population/model';
import { ensureAppCapacity, ensureFirmCapacity, type PopulationBuffers } from './PopulationBuffers';
import { drawFirms } from './drawFirms';
import {
  EXECUTED_DRAWS, KIND_DRAWS, countDraws, dayStarts, drawAmountDraws, drawAndSort, drawDays, writeAlike, type SampleWork,
} from './passes';
import { drawsAlike, planSampler, type VoucherPlan } from './samplerPlan';

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
  const districts = [...opts.districts];
  const firmCount = makeCountSampler(model.firms);
  const plan = planSampler(model, districts, dayWeights);
  const vouchers = plan.vouchers;
  const canDefer = drawsAlike(plan);
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
    const amountsDone = drawAmountDraws(plan, block, s, n, work);
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

