/**
 * What the reference simulator knows of one simulated year before any firm applies: the compiled rules, the days,
 * each scheme's pool, the shape of the run record, and the year's applications as `evaluate` reads them.
 */
import { categoryIndex, compileRules, type CompiledRules } from '../policy/compile';
import type { AppInput } from '../policy/appInput';
import type { ReferencePopulation } from '../population/reference/referencePopulation';
import type { RunShape } from '../record/RunRecord';
import type { Scenario } from '../scenario/model';
import { yearEnd, yearStart, type Day } from '../time/day';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME, COMPUTE_CATEGORIES, VOUCHERS } from '../vocabulary';

/** The group of applications in none of the districts the rules name (as the engine names it). */
export const NONE_OF_THE_DISTRICTS = '(none)';

/** One simulated year of a scenario, as the reference simulator sees it. */
export interface ReferenceYear {
  scenario: Scenario;
  rules: CompiledRules;
  year: number;
  /** 1 January of the year. */
  start: Day;
  /** 365 or 366. */
  days: number;
  /** The pool of each scheme this year, in fen: Infinity when unlimited, 0 when the scheme is not in force. */
  pools: number[];
  shape: RunShape;
}

/** A firm as the ledger needs it. */
export interface ReferenceFirmFacts {
  /** Index in the scenario's tiers. */
  tier: number;
  /** Index in the districts the rules name, -1 when in none of them. */
  district: number;
  /** FLAG_SME | FLAG_FOUNDATION_MODEL. */
  flags: number;
}

/** One application, in the order of arrival. */
export interface ReferenceApp {
  /** Position in the order of arrival (0 = first). */
  arrival: number;
  /** Index of its firm in the population. */
  firm: number;
  /** Day of the year it arrives on (0 = 1 January). */
  dayOfYear: number;
  /** What `evaluate` reads. */
  input: AppInput;
}

/** The reference's view of year `yearIndex` of `scenario` (compiles the rules). */
export function referenceYear(scenario: Scenario, yearIndex: number, rules: CompiledRules = compileRules(scenario.rules)): ReferenceYear {
  const year = scenario.years[yearIndex];
  if (year === undefined) throw new RangeError(`the scenario has no year ${yearIndex}`);
  const start = yearStart(year);
  const days = yearEnd(year) - start + 1;
  const tierIds = scenario.population.tiers.map((t) => t.id);
  return {
    scenario,
    rules,
    year,
    start,
    days,
    pools: rules.schemeIds.map((_, s) => poolOfYear(scenario, rules, s, year)),
    shape: {
      year,
      days,
      schemeIds: [...rules.schemeIds],
      groups: { tier: tierIds, category: [...COMPUTE_CATEGORIES], voucher: [...VOUCHERS], district: [...rules.districts, NONE_OF_THE_DISTRICTS] },
      tiers: tierIds.length,
    },
  };
}

/**
 * Scheme s's pool in `year`: none (0) when the scheme is not in force that year; Infinity when the scenario lists it
 * as unlimited; else the pool in force, kept whole, or, when the scenario pro-rates the first year and the scheme is in
 * force only part of the year, floor(pool × days in force ÷ days in the year).
 */
function poolOfYear(scenario: Scenario, c: CompiledRules, s: number, year: number): number {
  const from = Math.max(c.validFrom[s]!, yearStart(year));
  const to = Math.min(c.validTo[s]!, yearEnd(year));
  if (from > to) return 0;
  if (scenario.unlimitedPools.includes(c.schemeIds[s]!)) return Infinity;
  const pool = c.poolFor(s, year);
  if (pool === null) throw new Error(`scheme ${c.schemeIds[s]} has no pool in ${year}`);
  const daysInForce = to - from + 1;
  const daysInYear = yearEnd(year) - yearStart(year) + 1;
  if (scenario.firstYearPool === 'full' || daysInForce === daysInYear) return pool;
  return Number((BigInt(pool) * BigInt(daysInForce)) / BigInt(daysInYear));
}

/** The population's firms as the ledger needs them. */
export function firmFacts(year: ReferenceYear, population: ReferencePopulation): ReferenceFirmFacts[] {
  return population.firms.map((f) => ({
    tier: f.tier,
    district: year.rules.districtIndex(f.district),
    flags: (f.sme ? FLAG_SME : 0) | (f.foundationModel ? FLAG_FOUNDATION_MODEL : 0),
  }));
}

/** The population's applications in the order of arrival, as `evaluate` reads them. */
export function applicationsOf(year: ReferenceYear, population: ReferencePopulation, firms: ReferenceFirmFacts[]): ReferenceApp[] {
  return population.applications.map((a, arrival) => {
    const firm = firms[a.firm]!;
    return {
      arrival,
      firm: a.firm,
      dayOfYear: a.dayOfYear,
      input: {
        voucher: VOUCHERS.indexOf(a.voucher),
        day: a.day,
        contractFen: a.contractFen,
        executedFen: a.executedFen,
        category: categoryIndex(a.category),
        flags: firm.flags | (a.selfControlled ? FLAG_SELF_CONTROLLED : 0),
        district: firm.district,
      },
    };
  });
}
