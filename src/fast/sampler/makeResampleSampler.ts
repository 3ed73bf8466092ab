/**
 * The sampler of a resampled population (a firm-level bootstrap of past applicants): each run-year draws the
 * number of applicant firms from `data.firms`, then each firm as one past firm-year chosen uniformly with
 * replacement, taken whole with its applications on the same month and day (29 February becomes the 28th in a
 * common year). Every draw comes from the rng passed in. A plain path beside the fitted sampler: it writes every
 * application at once (canDefer false), sorted by day, generation order within a day.
 */
import { makeNegativeBinomial } from '../../random/negativeBinomial';
import { poissonVariate } from '../../random/poisson';
import type { Rng } from '../../random/Rng';
import { yearEnd, yearStart } from '../../time/day';
import type { DeferredDraws, PopulationSampler } from './makePopulationSampler';
import { executedFenOf } from './samplerPlan';
import type { ResampleData } from '../../population/model';
import { ensureAppCapacity, ensureFirmCapacity, type PopulationBuffers } from './PopulationBuffers';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME } from '../../vocabulary';

/**
 * @param data the firm-years and the law of their number
 * @param opts the year and the districts the rules name
 * @throws Error when there is no firm-year (a bug upstream: the loader refuses an empty file)
 * @example makeResampleSampler(data, {year: 2025, districts: []}).sample(makeStream(1, 0), buffers)
 */
export function makeResampleSampler(data: ResampleData, opts: { year: number; districts: readonly string[] }): PopulationSampler {
  const templates = data.templates;
  if (templates.length === 0) throw new Error('resample: no firm-years to draw from');
  const start = yearStart(opts.year);
  const days = yearEnd(opts.year) - start + 1;
  const leap = days === 366;
  const doyOf = (month: number, day: number): number => {
    const d = !leap && month === 2 && day === 29 ? 28 : day;
    return Math.round((Date.UTC(opts.year, month - 1, d) - Date.UTC(opts.year, 0, 1)) / 86_400_000);
  };
  const firmFlags = templates.map((t) => (t.sme ? FLAG_SME : 0) | (t.foundationModel ? FLAG_FOUNDATION_MODEL : 0));
  const firmDistrict = templates.map((t) => (t.district === null ? -1 : opts.districts.indexOf(t.district)));
  const appDoy = templates.map((t) => t.apps.map((a) => doyOf(a.month, a.day)));
  const law = data.firms;
  const negBin = law.law === 'negative-binomial' ? makeNegativeBinomial(law.mean, law.dispersion) : null;
  const drawFirms = (rng: Rng): number => (law.law === 'fixed' ? law.n : negBin ? negBin(rng) : poissonVariate(rng, law.mean));

  const dayProbabilities = new Float64Array(days);
  let apps = 0;
  for (const doys of appDoy) for (const d of doys) { dayProbabilities[d]! += 1; apps += 1; }
  for (let d = 0; d < days; d++) dayProbabilities[d]! /= apps;
  const meanFirms = law.law === 'fixed' ? law.n : law.mean;

  const deferred: DeferredDraws = {
    n: 0, order: new Uint32Array(0), from: 0, firm: new Uint32Array(0), planMeta: new Uint32Array(0), doy: new Uint16Array(0),
    normals: new Float64Array(0), tail: new Float64Array(0), kindFrom: 0, plans: [],
  };
  let picked = new Uint32Array(0);

  function sample(rng: Rng, out: PopulationBuffers): void {
    const n = drawFirms(rng);
    ensureFirmCapacity(out, n);
    if (picked.length < n) picked = new Uint32Array(Math.max(n, 2 * picked.length));
    let total = 0;
    for (let f = 0; f < n; f++) {
      const t = Math.floor(rng() * templates.length);
      picked[f] = t;
      out.firmTier[f] = templates[t]!.tier;
      out.firmFlags[f] = firmFlags[t]!;
      out.firmDistrict[f] = firmDistrict[t]!;
      total += templates[t]!.apps.length;
    }
    out.firmCount = n;
    ensureAppCapacity(out, total);
    // Counting sort by day, stable: generation order within a day.
    const next = new Int32Array(days + 1);
    for (let f = 0; f < n; f++) for (const d of appDoy[picked[f]!]!) next[d + 1]! += 1;
    for (let d = 0; d < days; d++) next[d + 1]! += next[d]!;
    for (let f = 0; f < n; f++) {
      const t = picked[f]!;
      const tpl = templates[t]!;
      const doys = appDoy[t]!;
      tpl.apps.forEach((a, k) => {
        const i = next[doys[k]!]!++;
        out.appFirm[i] = f;
        out.appVoucher[i] = a.voucher;
        out.appDay[i] = start + doys[k]!;
        out.appContractFen[i] = a.contractFen;
        out.appExecutedFen[i] = executedFenOf(a.contractFen, a.executedBp);
        out.appCategory[i] = a.category;
        out.appFlags[i] = firmFlags[t]! | (a.selfControlled ? FLAG_SELF_CONTROLLED : 0);
      });
    }
    out.appCount = total;
    out.appWritten = total;
  }

  return {
    year: opts.year,
    start,
    days,
    districts: opts.districts,
    dayProbabilities,
    expectedApplications: (meanFirms * apps) / templates.length,
    sample,
    canDefer: false,
    writeRest: () => {},
    deferred,
  };
}
