/**
 * The plain reference simulator: the specification of the fast engine (src/fast/engine/runYear.ts).
 *
 * It simulates one run-year of a scenario the way the rules read, for reading rather than speed: the reference
 * population sampler draws the firms and applications (src/population/reference), then every application, one at a
 * time in the order of arrival, goes through `evaluate` (and `evaluateTopUps` where only part of a grant is paid),
 * and is booked in a ledger of plain objects with named fields (per scheme, per firm and scheme, per group value, per
 * month); no typed-array layouts, no memo tables, no draws left for later. Only at the end is the ledger turned into
 * a RunRecord of the engine's layout.
 *
 *   reference population (seeded stream `${seed}:${run}:${year}`) ─▶ applications by day of arrival
 *     ─▶ fcfs-partial / fcfs-strict (referenceFcfs.ts), or batches: batch-prorata / batch-ranked / lottery
 *        (referenceBatches.ts, the lottery from `${seed}:${run}:${year}:alloc`)
 *     ─▶ bookApplication (referenceBooking.ts) ─▶ ledger ─▶ ledgerToRunRecord
 *
 * test/reference/referenceSimulator.test.ts requires the engine to give the identical RunRecord, to the fen, for
 * every run-year of random scenarios covering every mechanism, fallback, top-ups, caps, pools that run out and
 * multi-year scenarios: a change to the engine that books one fen differently fails it.
 */
import { compileRules } from '../policy/compile';
import { makeReferencePopulation, type ReferencePopulation } from '../population/reference/referencePopulation';
import { makeStream } from '../random/makeStream';
import type { Rng } from '../random/Rng';
import type { RunRecord } from '../record/RunRecord';
import type { Scenario } from '../scenario/model';
import { ledgerToRunRecord } from './ledgerToRunRecord';
import { runBatches } from './referenceBatches';
import { runFcfs } from './referenceFcfs';
import { makeLedger } from './referenceLedger';
import { applicationsOf, firmFacts, referenceYear, type ReferenceYear } from './referenceYear';

/** A scenario prepared for the reference simulator: each year's rules, pools and population sampler. */
export interface ReferenceSimulator {
  /** Simulates year `yearIndex` from its population stream `rng` and allocation stream `allocRng`. */
  runYear(yearIndex: number, rng: Rng, allocRng: Rng): RunRecord;
  /** Simulates every year of run `run` of `seed`, each from the streams the engine gives it (src/engine/runRange.ts). */
  run(seed: string | number, run: number): RunRecord[];
}

/**
 * Prepares the reference simulator of `scenario`.
 * @throws RangeError when the population resamples past firms (the reference sampler draws parametric ones only)
 * @example makeReferenceSimulator(scenario).run(scenario.seed, 0)[0].scheme // run 0's first year, by scheme
 */
export function makeReferenceSimulator(scenario: Scenario): ReferenceSimulator {
  const rules = compileRules(scenario.rules);
  const years = scenario.years.map((y, yi) => ({
    year: referenceYear(scenario, yi, rules),
    population: makeReferencePopulation(scenario.population, { year: y }),
  }));
  const runYear = (yearIndex: number, rng: Rng, allocRng: Rng): RunRecord => {
    const prepared = years[yearIndex];
    if (prepared === undefined) throw new RangeError(`the scenario has no year ${yearIndex}`);
    return simulateYear(prepared.year, prepared.population.sample(rng), allocRng);
  };
  return {
    runYear,
    run: (seed, run) => scenario.years.map((y, yi) => runYear(yi, makeStream(seed, run, y), makeStream(seed, run, y, 'alloc'))),
  };
}

/**
 * One run-year of `scenario` by the reference simulator: the same RunRecord as the engine's
 * `runYear(makeEngineContext(scenario), yearIndex, rng, allocRng)`.
 * @param rng the run-year's population stream
 * @param allocRng the run-year's allocation stream (lottery draws)
 */
export function referenceRunYear(scenario: Scenario, yearIndex: number, rng: Rng, allocRng: Rng): RunRecord {
  return makeReferenceSimulator(scenario).runYear(yearIndex, rng, allocRng);
}

/**
 * Every year of run `run` of `seed` by the reference simulator, each from the streams the engine gives it: the same
 * RunRecords as the engine's runRange for that run.
 */
export function referenceRun(scenario: Scenario, seed: string | number, run: number): RunRecord[] {
  return makeReferenceSimulator(scenario).run(seed, run);
}

/** Books one sampled population's applications under the year's rules and allocation. */
function simulateYear(year: ReferenceYear, population: ReferencePopulation, allocRng: Rng): RunRecord {
  const firms = firmFacts(year, population);
  const apps = applicationsOf(year, population, firms);
  const ledger = makeLedger(year, firms);
  ledger.applications = apps.length;
  const mechanism = year.scenario.allocation.mechanism;
  if (mechanism === 'fcfs-partial' || mechanism === 'fcfs-strict') runFcfs(year, ledger, apps);
  else runBatches(year, ledger, apps, allocRng);
  return ledgerToRunRecord(year, ledger);
}
