/**
 * Helpers for the tests that hold makePopulationSampler to its plain reference (src/population/reference): both
 * read the same seeded streams, and their firms, applications and the streams' next draws must be equal.
 */
import { expect } from 'vitest';
import { makePopulationSampler } from '../../src/fast/sampler/makePopulationSampler';
import { contractFenOf, executedBpOf, kindMetaOf } from '../../src/fast/sampler/samplerPlan';
import type { PopulationModel } from '../../src/population/model';
import { makePopulationBuffers, type PopulationBuffers } from '../../src/fast/sampler/PopulationBuffers';
import { makeReferencePopulation, type ReferenceApplication, type ReferencePopulation } from '../../src/population/reference/referencePopulation';
import { makeStream } from '../../src/random/makeStream';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME, COMPUTE_CATEGORIES, VOUCHERS } from '../../src/vocabulary';

/** The districts the rules name in these tests: a firm of any other district is in none of them (−1). */
export const DISTRICTS = ['xihu', 'shangcheng'] as const;

interface FirmRow {
  tier: number;
  flags: number;
  district: number;
}

interface AppRow {
  firm: number;
  voucher: number;
  day: number;
  contractFen: number;
  executedFen: number;
  category: number;
  flags: number;
}

/** The firms and the first `apps` applications of the buffers, as rows. */
function bufferRows(pop: PopulationBuffers, apps: number): { firms: FirmRow[]; apps: AppRow[] } {
  return {
    firms: Array.from({ length: pop.firmCount }, (_, f) => ({ tier: pop.firmTier[f]!, flags: pop.firmFlags[f]!, district: pop.firmDistrict[f]! })),
    apps: Array.from({ length: apps }, (_, i) => ({
      firm: pop.appFirm[i]!,
      voucher: pop.appVoucher[i]!,
      day: pop.appDay[i]!,
      contractFen: pop.appContractFen[i]!,
      executedFen: pop.appExecutedFen[i]!,
      category: pop.appCategory[i]!,
      flags: pop.appFlags[i]!,
    })),
  };
}

function firmFlags(sme: boolean, foundationModel: boolean): number {
  return (sme ? FLAG_SME : 0) | (foundationModel ? FLAG_FOUNDATION_MODEL : 0);
}

/** The reference's application as the buffers encode it. */
function appRow(ref: ReferencePopulation, a: ReferenceApplication): AppRow {
  const firm = ref.firms[a.firm]!;
  return {
    firm: a.firm,
    voucher: VOUCHERS.indexOf(a.voucher),
    day: a.day,
    contractFen: a.contractFen,
    executedFen: a.executedFen,
    category: a.category === null ? -1 : COMPUTE_CATEGORIES.indexOf(a.category),
    flags: firmFlags(firm.sme, firm.foundationModel) | (a.selfControlled ? FLAG_SELF_CONTROLLED : 0),
  };
}

/** The reference's firms and its first `apps` applications in day order, as the buffers encode them. */
function referenceRows(ref: ReferencePopulation, apps: number): { firms: FirmRow[]; apps: AppRow[] } {
  return {
    firms: ref.firms.map((f) => ({
      tier: f.tier,
      flags: firmFlags(f.sme, f.foundationModel),
      district: f.district === null ? -1 : (DISTRICTS as readonly string[]).indexOf(f.district),
    })),
    apps: ref.applications.slice(0, apps).map((a) => appRow(ref, a)),
  };
}

/**
 * Draws `seeds` runs of `year` with the fast sampler (into buffers reused from run to run, grown from one slot)
 * and with the reference, each from its own copy of stream (seed, run, year), and requires the same firms, the
 * same applications and the same next draw of the streams. When the fast sampler can leave applications as draws
 * (`canDefer`), every other run is drawn with a `lastDay` from `lastDays`: the applications written must be the
 * reference's up to that day, those left as draws must read (contractFenOf, executedBpOf, kindMetaOf) as the
 * reference's applications of later days, in generation order, and `writeRest` must then complete the buffers.
 * Returns how many applications were compared.
 */
export function expectAgreement(model: PopulationModel, year: number, seed: number, runs: number, lastDays: readonly number[] = []): number {
  const fast = makePopulationSampler(model, { year, districts: DISTRICTS });
  const reference = makeReferencePopulation(model, { year });
  const pop = makePopulationBuffers(1, 1);
  let compared = 0;
  for (let run = 0; run < runs; run++) {
    const fastRng = makeStream(seed, run, year);
    const refRng = makeStream(seed, run, year);
    const lastDay = fast.canDefer && run % 2 === 1 && lastDays.length > 0 ? lastDays[(run >> 1) % lastDays.length]! : undefined;
    fast.sample(fastRng, pop, lastDay);
    const ref = reference.sample(refRng);
    expect(fastRng()).toBe(refRng());
    expect(pop.appCount).toBe(ref.applications.length);
    if (lastDay !== undefined) {
      const last = Math.min(Math.max(lastDay, 0), fast.days - 1);
      const written = ref.applications.filter((a) => a.dayOfYear <= last).length;
      expect(pop.appWritten).toBe(written);
      expectSameRows(bufferRows(pop, written), referenceRows(ref, written));
      expectDeferredDraws(fast.deferred, ref, last);
      fast.writeRest(pop);
    }
    expect(pop.appWritten).toBe(pop.appCount);
    expectSameRows(bufferRows(pop, pop.appCount), referenceRows(ref, ref.applications.length));
    compared += pop.appCount;
  }
  return compared;
}

/**
 * Equal firms and applications. Compared field by field first (toEqual on tens of thousands of rows takes
 * seconds); at the first difference, toEqual on the rows around it shows what differs.
 */
function expectSameRows(got: { firms: FirmRow[]; apps: AppRow[] }, want: { firms: FirmRow[]; apps: AppRow[] }): void {
  for (const part of ['firms', 'apps'] as const) {
    const g: object[] = got[part];
    const w: object[] = want[part];
    expect(g.length, part).toBe(w.length);
    const at = g.findIndex((row, i) => !sameRow(row, w[i]!));
    if (at >= 0) expect({ [part]: at, rows: g.slice(at, at + 3) }).toEqual({ [part]: at, rows: w.slice(at, at + 3) });
  }
}

function sameRow(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return Object.keys(y).every((k) => Object.is(x[k], y[k])) && Object.keys(x).length === Object.keys(y).length;
}

/** The applications left as draws are the reference's of days after `last`, first to last in generation order. */
function expectDeferredDraws(d: ReturnType<typeof makePopulationSampler>['deferred'], ref: ReferencePopulation, last: number): void {
  expect(d.n).toBe(ref.drawn.length);
  const later = ref.drawn.flatMap((a, index) => (a.dayOfYear > last ? [index] : []));
  const left: number[] = [];
  for (let i = d.n - 1; i >= d.from; i--) left.push(d.order[i]!);
  expect(left).toEqual(later);
  const read = left.map((a) => {
    const plan = d.plans[d.planMeta[a]! & 0xffff]!;
    const m = (d.planMeta[a]! >>> 16) | kindMetaOf(plan, d.tail, d.kindFrom + a);
    return {
      firm: d.firm[a]!,
      dayOfYear: d.doy[a]!,
      voucher: m & 3,
      category: ((m >> 2) & 3) - 1,
      flags: m >> 4,
      contractFen: contractFenOf(plan, d.normals, a),
      executedBp: executedBpOf(plan, d.tail, a),
    };
  });
  expect(read).toEqual(
    later.map((index) => {
      const a = ref.drawn[index]!;
      const row = appRow(ref, a);
      return { firm: a.firm, dayOfYear: a.dayOfYear, voucher: row.voucher, category: row.category, flags: row.flags, contractFen: a.contractFen, executedBp: a.executedBp };
    }),
  );
}
