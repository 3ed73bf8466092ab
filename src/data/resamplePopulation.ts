/**
 * A population drawn by resampling past applicants (firm-level bootstrap) instead of from fitted laws.
 *
 *   resample file ──resampleFileSchema──▶ {applications: [csv…], firms?}
 *     csv rows ──fitPopulation──▶ tiers (for labels and reports) and the tier of each firm-year
 *     rows grouped by firm-year ──▶ PopulationModel.resample.templates
 *     firms: as written, or the law of the yearly applicant counts (Poisson, or negative binomial when the
 *            dispersion test finds overdispersion)
 *
 * The sampler (src/fast/sampler/makeResampleSampler.ts) then draws each year's applicants whole, with their
 * applications. A resample file:
 *
 *   resample:
 *     applications: [applications-2023.csv, applications-2024.csv]   # relative to this file
 *     firms: {law: poisson, mean: 350}                                # optional: applicant firms a year
 */
import { z } from 'zod';
import { UserError, UserErrors, userErrorsOf } from '../errors/UserError';
import type { CountLaw, FirmTemplate, PopulationModel } from '../population/model';
import { populationFileSchema } from '../population/schema';
import { loadYaml } from '../yaml/loadYaml';
import { strictObject } from '../yaml/strictObject';
import type { ApplicationRow } from './ApplicationRow';
import { dataMessages } from '../i18n/dataMessages';
import { fitPopulation, type FittedPopulation } from './fitPopulation';
import { fittedPopulationYaml } from './fittedPopulationYaml';
import { parseApplications } from './parseApplications';
import { COMPUTE_CATEGORIES, VOUCHERS } from '../vocabulary';

const positive = z.number().positive().max(1_000_000);
const firmsSchema = z.discriminatedUnion('law', [
  strictObject({ law: z.literal('fixed'), n: z.number().int().min(1).max(1_000_000) }),
  strictObject({ law: z.literal('poisson'), mean: positive }),
  strictObject({ law: z.literal('negative-binomial'), mean: positive, dispersion: z.number().positive() }),
]).describe('How many applicant firms a year (default: fitted to the yearly counts of the data).');

/** A resample file: `resample:` with the applications files and optionally the law of the firm count. */
export const resampleFileSchema = strictObject({
  resample: strictObject({
    applications: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .describe('Applications CSV files (docs/data.md), relative to this file.'),
    firms: firmsSchema.optional(),
  }).describe('Draw the firms by resampling past applicants whole (firm-level bootstrap).'),
});

/**
 * The law of the yearly number of firms that applied: negative binomial by moments when the dispersion test
 * rejects Poisson, else Poisson with the mean count.
 * @example applicantLaw(fitPopulation(rows)) // {law: 'poisson', mean: 334}
 */
export function applicantLaw(fit: FittedPopulation): CountLaw {
  const ys = fit.applicantsByYear;
  const m = ys.reduce((a, b) => a + b, 0) / ys.length;
  if (fit.dispersionTest?.overdispersed) {
    const v = ys.reduce((a, b) => a + (b - m) ** 2, 0) / (ys.length - 1);
    return { law: 'negative-binomial', mean: m, dispersion: (m * m) / (v - m) };
  }
  return { law: 'poisson', mean: m };
}

/**
 * Builds a resampled population from application rows.
 * @param rows the applications (parseApplications)
 * @param sources the files' names as written
 * @param firms the law of the applicant count, or undefined to fit it
 * @example resamplePopulation(rows, ['a.csv']).resample.templates.length // the firm-years of the data
 */
export function resamplePopulation(rows: readonly ApplicationRow[], sources: string[], firms?: CountLaw): PopulationModel & { resample: NonNullable<PopulationModel['resample']> } {
  const fit = fitPopulation(rows);
  const fitted = loadYaml(fittedPopulationYaml(fit, sources), 'fitted population', populationFileSchema).population;
  const tierIndex = new Map(fitted.tiers.map((t, i) => [t.id, i]));
  const byKey = new Map<string, ApplicationRow[]>();
  for (const r of rows) {
    const key = `${r.year}\u0000${r.firm}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const templates: FirmTemplate[] = [...byKey].map(([key, rs]) => ({
    tier: tierIndex.get(fit.tierOf.get(key)!)!,
    sme: fit.assumptions.some((a) => a.en.startsWith('no sme column')) ? true : rs.some((r) => r.sme === true),
    foundationModel: rs.some((r) => r.foundationModel === true),
    district: rs.find((r) => r.district !== undefined)?.district ?? null,
    apps: rs.map((r) => ({
      month: r.month,
      day: r.day,
      voucher: VOUCHERS.indexOf(r.voucher),
      contractFen: r.contractFen,
      executedBp: r.executedBp ?? 10_000,
      category: r.voucher === 'compute' ? COMPUTE_CATEGORIES.indexOf(r.category ?? 'other') : -1,
      selfControlled: r.selfControlled === true,
    })),
  }));
  return { ...fitted, resample: { firms: firms ?? applicantLaw(fit), templates, sources } };
}

/** The last few populations loaded, by the texts they came from (see loadResamplePopulation). */
const loaded = new Map<string, PopulationModel>();
const KEEP_LOADED = 4;

/**
 * Reads a resample file and the applications files it names. The fit behind it takes seconds for a few thousand
 * rows, and the page loads a scenario again on every edit: the last few results are kept by the texts read (the
 * resample file, and each CSV's path and text), so the same files give the same object. It is never modified.
 * @param readRelative reads a file named relative to the resample file, returning its text and the path to show
 * @throws UserErrors naming the file, line and field of every problem (the YAML's, then every CSV's)
 */
export function loadResamplePopulation(text: string, file: string, readRelative: (name: string) => { text: string; path: string }): PopulationModel {
  const spec = loadYaml(text, file, resampleFileSchema).resample;
  const names = typeof spec.applications === 'string' ? [spec.applications] : spec.applications;
  const csvs: { text: string; path: string }[] = [];
  const errors: UserError[] = [];
  for (const name of names) {
    try {
      csvs.push(readRelative(name));
    } catch {
      errors.push(new UserError('data.applications-missing', dataMessages.applicationsMissing(name), { file, field: 'resample.applications' }));
    }
  }
  const key = [file, text, ...csvs.flatMap((c) => [c.path, c.text])].join('\u0000');
  const known = errors.length ? undefined : loaded.get(key);
  if (known) return known;
  const rows: ApplicationRow[] = [];
  for (const { text: csv, path } of csvs) {
    try {
      rows.push(...parseApplications(csv, path));
    } catch (e) {
      const found = userErrorsOf(e);
      if (!found) throw e;
      errors.push(...found);
    }
  }
  if (errors.length) throw new UserErrors(errors);
  const population = resamplePopulation(rows, names, spec.firms);
  loaded.set(key, population);
  if (loaded.size > KEEP_LOADED) loaded.delete(loaded.keys().next().value!);
  return population;
}
