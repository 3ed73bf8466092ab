/**
 * Scenario file → validated, normalised Scenario:
 *
 *   YAML text ──loadYaml(scenarioSchema)──▶ ScenarioFile ──policy files (loadPolicy)──▶ PolicyDocument[]
 *     ──resolveRules(options, scheme settings)──▶ RuleSet ──pool checks──▶ Scenario
 *
 * Browser-safe: files are read through `readFile`, so the page passes its bundled texts and the CLI the disk.
 * Every problem is reported with the file, line, column and field; all problems of a stage at once.
 */
import { compilePriority } from '../allocation/priority';
import { UserError, UserErrors, userErrorsOf } from '../errors/UserError';
import { messages } from '../i18n/messages';
import type { Fen } from '../money/fen';
import { loadPolicy } from '../policy/loadPolicy';
import type { PolicyDocument } from '../policy/policySchema';
import { resolveRules, type SchemeOverride } from '../policy/resolveRules';
import { yearEnd, yearStart } from '../time/day';
import { loadYaml } from '../yaml/loadYaml';
import { parseYaml } from '../yaml/parseYaml';
import type { Scenario } from './model';
import type { RuleSet } from '../policy/model';
import type { z } from 'zod';
import { MAX_SUM_FEN, moneySumBound } from './moneySumBound';
import { populationFileSchema, scenarioSchema } from './scenarioSchema';
import type { PopulationModel } from '../population/model';
import { loadResamplePopulation } from '../data/resamplePopulation';
import { resolveRelative } from '../yaml/resolveRelative';

export { resolveRelative };

/**
 * Loads a scenario.
 * @param text the scenario YAML
 * @param file its path (shown in messages; policy paths are relative to it)
 * @param readFile reads a policy file by path; throw a UserError (or any Error) when it is missing
 * @throws UserErrors with every problem found
 */
export function loadScenario(text: string, file: string, readFile: (path: string) => string): Scenario {
  const raw = loadYaml(text, file, scenarioSchema);
  const parsed = parseYaml(text, file);
  const at = (path: (string | number)[], atKey?: string): UserError['where'] => parsed.locate(path, atKey);

  const errors: UserError[] = [];
  const docs = loadPolicies(raw, file, readFile, at, errors);
  const population = loadPopulationOf(raw, file, readFile, at, errors);
  if (errors.length > 0 || population === undefined) throw new UserErrors(errors);

  checkBeforeRun(raw, population, at, errors);
  if (errors.length > 0) throw new UserErrors(errors);

  const { overrides, unlimited } = schemeOverrides(raw);
  const options = Object.fromEntries(Object.entries(raw.options ?? {}).map(([k, v]) => [k, String(v)]));
  let rules;
  try {
    rules = resolveRules(docs, { options, overrides });
  } catch (e) {
    const errs = userErrorsOf(e);
    if (!errs) throw e;
    throw new UserErrors(errs.map((u) => (u.where.file ? u : u.at(placeOf(u, raw.options, raw.schemes ?? {}, at)))));
  }

  checkRules(raw, rules, unlimited, at, errors);
  if (errors.length > 0) throw new UserErrors(errors);

  return {
    id: raw.scenario.id,
    title: raw.scenario.title,
    question: raw.scenario.question,
    assumptions: raw.scenario.assumptions,
    source: {
      file,
      policies: raw.policies.map((p) => resolveRelative(file, p)),
      population: raw.populationFile === undefined ? null : resolveRelative(file, raw.populationFile),
    },
    rules,
    years: raw.years,
    firstYearPool: raw.firstYearPool,
    allocation: {
      mechanism: raw.allocation.mechanism,
      period: raw.allocation.period ?? 'month',
      priority: raw.allocation.priority ?? [],
      fallback: raw.allocation.fallback ?? false,
    },
    population,
    unlimitedPools: unlimited,
    runs: raw.runs,
    seed: String(raw.seed),
  };
}

type Raw = z.infer<typeof scenarioSchema>;
type At = (path: (string | number)[], atKey?: string) => UserError['where'];

/** The policy documents the scenario names, read and validated; problems go to `errors`. */
function loadPolicies(raw: Raw, file: string, readFile: (path: string) => string, at: At, errors: UserError[]): PolicyDocument[] {
  const docs: PolicyDocument[] = [];
  raw.policies.forEach((rel, i) => {
    const path = resolveRelative(file, rel);
    let policyText: string;
    try {
      policyText = readFile(path);
    } catch (e) {
      if (e instanceof UserError && e.code !== 'file.missing') {
        errors.push(e.at({ file: path }));
        return;
      }
      errors.push(new UserError('scenario.policy-missing', messages.policyFileMissing(rel, path), { ...at(['policies', i]), field: `policies[${i}]` }));
      return;
    }
    try {
      docs.push(loadPolicy(policyText, path));
    } catch (e) {
      const errs = userErrorsOf(e);
      if (!errs) throw e;
      errors.push(...errs);
    }
  });
  return docs;
}

/** The population: written in the scenario, or read from its population file; problems go to `errors`. */
function loadPopulationOf(
  raw: Raw, file: string, readFile: (path: string) => string, at: At, errors: UserError[],
): PopulationModel | undefined {
  let population: PopulationModel | undefined = raw.population;
  if (raw.populationFile !== undefined) {
    const path = resolveRelative(file, raw.populationFile);
    let popText: string | undefined;
    try {
      popText = readFile(path);
    } catch (e) {
      if (e instanceof UserError && e.code !== 'file.missing') errors.push(e.at({ file: path }));
      else errors.push(new UserError('scenario.population-missing', messages.populationFileMissing(raw.populationFile, path), { ...at(['populationFile']), field: 'populationFile' }));
    }
    if (popText !== undefined) {
      try {
        population = /^resample:/m.test(popText)
          ? loadResamplePopulation(popText, path, (name) => {
            const csvPath = resolveRelative(path, name);
            return { text: readFile(csvPath), path: csvPath };
          })
          : loadYaml(popText, path, populationFileSchema).population;
      } catch (e) {
        const errs = userErrorsOf(e);
        if (!errs) throw e;
        errors.push(...errs);
      }
    }
  }
  return population;
}

/** What the engine would otherwise find only when it runs: sums past 2^53 fen, an unknown priority criterion. */
function checkBeforeRun(raw: Raw, population: PopulationModel, at: At, errors: UserError[]): void {
  const where = raw.populationFile !== undefined ? { ...at(['populationFile']), field: 'populationFile' } : { ...at(['population']), field: 'population' };
  const sum = moneySumBound(population);
  if (!(sum.boundFen <= MAX_SUM_FEN)) {
    errors.push(new UserError('population.sum-too-large', messages.populationSumTooLarge((sum.boundFen / 100).toPrecision(3), Math.round(sum.applications)), where));
  }
  if (raw.allocation.mechanism === 'batch-ranked') {
    const tierIds = population.tiers.map((t) => t.id);
    (raw.allocation.priority ?? []).forEach((key, i) => {
      try {
        compilePriority([key], tierIds);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        errors.push(e.at({ ...at(['allocation', 'priority', i]), field: `allocation.priority[${i}]` }));
      }
    });
  }
}

/** The scenario's changes to each scheme (pool, cap, ratio scale), and the schemes whose pool it declares unlimited. */
function schemeOverrides(raw: Raw): { overrides: Record<string, SchemeOverride>; unlimited: string[] } {
  const overrides: Record<string, SchemeOverride> = {};
  const unlimited: string[] = [];
  for (const [id, s] of Object.entries(raw.schemes ?? {})) {
    const o: SchemeOverride = {};
    if (s.pool === 'unlimited') unlimited.push(id);
    else if (s.pool !== undefined) o.pool = s.pool as Fen;
    if (s.cap !== undefined) o.cap = s.cap;
    if (s.ratioScale !== undefined) o.ratioScale = s.ratioScale;
    overrides[id] = o;
  }
  return { overrides, unlimited };
}

/** The checks of the resolved rules against the years simulated; problems go to `errors`. */
function checkRules(raw: Raw, rules: RuleSet, unlimited: string[], at: At, errors: UserError[]): void {
  // A scheme in force in a simulated year needs a pool: published, given here, or declared unlimited.
  for (const s of rules.schemes) {
    if (unlimited.includes(s.id)) continue;
    for (const y of raw.years) {
      const inForce = s.validFrom <= yearEnd(y) && s.validTo >= yearStart(y);
      if (inForce && s.pool.length === 0) {
        const where = raw.schemes?.[s.id] ? at(['schemes', s.id]) : raw.schemes ? at(['schemes']) : at([]);
        errors.push(new UserError('scenario.pool-missing', messages.poolMissing(s.id, y), { ...where, field: `schemes.${s.id}.pool` }));
        break;
      }
    }
  }
  // A cap over the whole validity needs the same firms from year to year, which the engine does not keep (each
  // year draws its own firms): accepted for one simulated year of the scheme only.
  for (const s of rules.schemes) {
    if (s.capBasis !== 'firm-validity') continue;
    const years = raw.years.filter((y) => s.validFrom <= yearEnd(y) && s.validTo >= yearStart(y));
    if (years.length > 1) {
      const key = rules.options.find((o) => o.key.startsWith(`${s.document}.`) && o.value === 'firm-validity')?.key ?? `${s.document}.cap-basis`;
      errors.push(new UserError('scenario.cap-validity-years', messages.capValidityYears(s.id, years), { ...at(['years']), field: key }));
    }
  }
}

/**
 * Where in the scenario file an error from resolving the rules belongs: resolveRules names an option key
 * (`option.*` errors) or a scheme id (`override.*` errors) in `field`; the scenario has them under `options:`
 * and `schemes:`.
 */
function placeOf(
  u: UserError, options: Record<string, unknown> | undefined, schemes: Record<string, unknown>,
  at: (path: (string | number)[], atKey?: string) => UserError['where'],
): UserError['where'] {
  const key = u.where.field ?? '';
  if (u.code.startsWith('option.')) {
    const field = `options.${key}`;
    if (options && key in options) return { ...at(['options', key]), field };
    return { ...at([options ? 'options' : 'policies']), field }; // a required option the scenario does not set
  }
  if (u.code.startsWith('override.')) {
    const id = Object.keys(schemes).find((k) => key === k || key.startsWith(`${k}.`));
    return { ...at(id ? ['schemes', id] : ['schemes']), field: `schemes.${key}` };
  }
  return { ...at([]), field: key || undefined };
}
