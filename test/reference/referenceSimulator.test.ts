/**
 * The engine (src/fast/engine/runYear.ts, with its fast paths, deferred draws and reused buffers) against the plain
 * reference simulator (src/reference), which is its specification: over random scenarios, every run-year must give
 * the identical RunRecord, to the fen. The scenarios cover every mechanism (fcfs-partial, fcfs-strict,
 * batch-prorata, batch-ranked by a random priority, lottery; months and quarters), allocation.fallback on and off,
 * the Shangcheng top-up (matching city grants or the chosen one), small caps, zhejiang-2025.cap-basis firm-year and
 * contract, stacking.cap-counting scheme and voucher, pools that run out, pools that last and unlimited ones, funding
 * splits that leave fen over, and one to three years with the first year's pool full or pro-rated. The engine runs
 * like runRange: one context for all runs, each year in turn, so that what it carries from run to run (the day after
 * which the sampler defers draws) is exercised. The reference also draws its own population with the reference
 * sampler, so the test checks the population and the booking together.
 *
 * The counts at the end make sure the interesting cases were met, so that the test cannot pass vacuously.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEngineContext } from '../../src/fast/engine/EngineContext';
import { runYear } from '../../src/fast/engine/runYear';
import { makeStream } from '../../src/random/makeStream';
import { schemeIndex, type RunRecord } from '../../src/record/RunRecord';
import { makeReferenceSimulator, referenceRun } from '../../src/reference/referenceRunYear';
import { contents } from '../engine/recordContents';
import { allVouchersTier, oneTier, scenarioOf } from '../engine/scenarioText';

const HANGZHOU = 'scenarios/policies/hangzhou-2024.yaml';
const ZHEJIANG = 'scenarios/policies/zhejiang-2025.yaml';
const SHANGCHENG = 'scenarios/policies/shangcheng-draft.yaml';
const RUNS = 3;

/** One grant per voucher (fast path), two compute grants (general path, fallback), a top-up, all three. */
const policySets = [[HANGZHOU], [ZHEJIANG], [HANGZHOU, ZHEJIANG], [HANGZHOU, SHANGCHENG], [HANGZHOU, ZHEJIANG, SHANGCHENG]];
const MECHANISMS = ['fcfs-partial', 'fcfs-strict', 'batch-prorata', 'batch-ranked', 'lottery'] as const;
const PRIORITY_KEYS = ['sme', 'foundation-model', 'self-controlled', 'smaller-first', 'larger-first', 'earlier-first', 'category:domestic', 'tier:b'];
const YEAR_SETS = [[2024], [2025], [2026], [2024, 2025], [2025, 2026, 2027]];

const scenarioArb = fc.record({
  policies: fc.constantFrom(...policySets),
  mechanism: fc.constantFrom(...MECHANISMS),
  fallback: fc.boolean(),
  period: fc.constantFrom('month', 'quarter'),
  priority: fc.subarray(PRIORITY_KEYS, { minLength: 1, maxLength: 3 }),
  years: fc.constantFrom(...YEAR_SETS),
  firstYearPool: fc.constantFrom<'full' | 'prorated'>('full', 'prorated'),
  cityPool: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 }), fc.constant(-1)), // 万元; -1 unlimited
  provincePool: fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.constant(-1)),
  topUpPool: fc.integer({ min: 0, max: 1500 }),
  fmCap: fc.constantFrom('none', '800万', '30万'),
  smallCap: fc.boolean(),
  capBasis: fc.constantFrom('firm-year', 'contract'),
  counting: fc.constantFrom('scheme', 'voucher'),
  topupOf: fc.constantFrom('city-only', 'chosen'),
  funding: fc.constantFrom('city=50%,district=50%', 'city=33.33%,district=66.67%'),
  firms: fc.integer({ min: 1, max: 80 }),
  median: fc.integer({ min: 1, max: 300 }),
  foundationModel: fc.integer({ min: 0, max: 100 }),
  alike: fc.boolean(),
  seed: fc.integer({ min: 0, max: 100_000 }),
});
type ScenarioArgs = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

const pool = (wan: number): string => (wan < 0 ? 'unlimited' : `${wan}万`);

function scenarioFrom(a: ScenarioArgs) {
  const schemes: string[] = [];
  const options: string[] = [];
  if (a.policies.includes(HANGZHOU)) {
    schemes.push(`  hangzhou-2024.compute: {pool: ${pool(a.cityPool)}${a.smallCap ? ', cap: 20万' : ''}}`);
    options.push(`hangzhou-2024.foundation-model-cap: "${a.fmCap}"`, `hangzhou-2024.funding: "${a.funding}"`);
  }
  if (a.policies.includes(ZHEJIANG)) {
    for (const v of ['compute', 'corpus', 'model']) schemes.push(`  zhejiang-2025.${v}: {pool: ${pool(a.provincePool)}}`);
    options.push(`zhejiang-2025.cap-basis: ${a.capBasis}`);
  }
  if (a.policies.includes(SHANGCHENG)) {
    schemes.push(`  shangcheng-draft.topup: {pool: ${a.topUpPool}万}`);
    options.push('shangcheng-draft.start: 2024-01-01', 'shangcheng-draft.end: 2027-12-31', `shangcheng-draft.topup-of: ${a.topupOf}`);
  }
  options.push(`stacking.cap-counting: ${a.counting}`);
  const fcfs = a.mechanism.startsWith('fcfs');
  const extra = [`period: ${a.period}`];
  if (a.mechanism === 'batch-ranked') extra.push(`priority: [${a.priority.join(', ')}]`);
  if (fcfs && a.fallback) extra.push('fallback: true');
  return scenarioOf({
    policies: a.policies,
    options: `{${options.join(', ')}}`,
    schemes: `schemes:\n${schemes.join('\n')}`,
    years: `[${a.years.join(', ')}]`,
    firstYearPool: a.firstYearPool,
    mechanism: a.mechanism,
    extraAllocation: extra.join(', '),
    firms: `{law: poisson, mean: ${a.firms}}`,
    tiers: a.alike ? alikeTiers(a.median, a.foundationModel) : mixedTiers(a.median, a.foundationModel),
    runs: RUNS,
  });
}

/** Tier a seeks every voucher, tier b compute only, with other laws: the sampler cannot defer draws. */
function mixedTiers(median: number, foundationModel: number): string {
  return `${allVouchersTier(median, `${foundationModel}%`)}
    - id: b
      label: {zh: 乙, en: b}
      share: 30%
      sme: 0%
      foundationModel: 0%
      districts: {shangcheng: 50%}
      contracts:
        count: {law: fixed, n: 3}
        amount: {law: uniform, min: 1万, max: 3000万}
        executed: {law: constant, value: 100%}
      vouchers:
        compute: {seek: 100%, categories: {maas: 0%, domestic: 50%, other: 50%}, selfControlled: 0%}`;
}

/**
 * Two tiers that seek compute only, every plan drawing alike (a lognormal amount, a beta executed share, a drawn
 * kind): the engine's sampler can then leave the applications after the day the pools ran out as draws
 * (EngineContext.defer), and runYear refuses them from their draws.
 */
function alikeTiers(median: number, foundationModel: number): string {
  const tier = (id: string, share: string, districts: string, categories: string, selfControlled: string): string => `
    - id: ${id}
      label: {zh: ${id}, en: ${id}}
      share: ${share}
      sme: 60%
      foundationModel: ${foundationModel}%
      districts: {${districts}}
      contracts:
        count: {law: poisson, mean: 2, min: 1}
        amount: {law: lognormal, median: ${median}万, p90: ${median * 4}万, truncate: {min: 1万, max: 3000万}}
        executed: {law: beta, mean: 85%, sd: 10%}
      vouchers:
        compute: {seek: 90%, categories: {${categories}}, selfControlled: ${selfControlled}}`;
  return tier('a', '70%', 'shangcheng: 30%', 'maas: 30%, domestic: 30%, other: 40%', '50%')
    + tier('b', '30%', 'shangcheng: 50%', 'maas: 0%, domestic: 50%, other: 50%', '0%');
}

/** What the test has seen, to show the interesting cases were met. */
const seen = {
  runYears: 0,
  mechanisms: new Map<string, number>(),
  fallbackRunYears: 0,
  multiYearScenarios: 0,
  poolEmptied: 0,
  poolLasted: 0,
  scaled: 0,
  refused: 0,
  topUpPaid: 0,
  topUpShort: 0,
  capReached: 0,
  unlimitedPaid: 0,
  proratedPool: 0,
  fastPathScenarios: 0,
  deferredRunYears: 0,
};

/** Notes what one run-year's record shows (the reference's, equal to the engine's). */
function note(rec: RunRecord, mechanism: string, fallback: boolean, topUp: number): void {
  const field = (s: number, f: Parameters<typeof schemeIndex>[1]): number => rec.scheme[schemeIndex(s, f)]!;
  seen.runYears++;
  seen.mechanisms.set(mechanism, (seen.mechanisms.get(mechanism) ?? 0) + 1);
  if (fallback) seen.fallbackRunYears++;
  const schemes = rec.shape.schemeIds.map((_, s) => s);
  const finite = schemes.filter((s) => field(s, 'poolFen') > 0 && field(s, 'appsRequested') > 0);
  if (finite.some((s) => field(s, 'exhaustionDay') >= 0 && field(s, 'paidFen') === field(s, 'poolFen'))) seen.poolEmptied++;
  if (finite.some((s) => field(s, 'exhaustionDay') < 0 && field(s, 'paidFen') > 0)) seen.poolLasted++;
  if (schemes.some((s) => field(s, 'scaledFen') > 0)) seen.scaled++;
  if (schemes.some((s) => field(s, 'refusedFen') > 0)) seen.refused++;
  if (topUp >= 0 && field(topUp, 'paidFen') > 0) seen.topUpPaid++;
  if (topUp >= 0 && field(topUp, 'refusedFen') + field(topUp, 'scaledFen') > 0) seen.topUpShort++;
  if (schemes.some((s) => field(s, 'firmsAtCap') > 0)) seen.capReached++;
  if (schemes.some((s) => field(s, 'poolFen') === -1 && field(s, 'paidFen') > 0)) seen.unlimitedPaid++;
}

/**
 * Runs `runs` runs of the scenario of `a` with the engine as runRange does (one context, each year in turn) and with
 * the reference, requires identical records, and notes what they show.
 */
function compareRuns(a: ScenarioArgs, runs: number): void {
  const scenario = scenarioFrom(a);
  const engine = makeEngineContext(scenario);
  const reference = makeReferenceSimulator(scenario);
  const topUp = engine.c.schemeIds.indexOf('shangcheng-draft.topup');
  if (scenario.years.length > 1) seen.multiYearScenarios++;
  if (engine.voucherGrant.some((s) => s >= 0)) seen.fastPathScenarios++;
  for (let run = 0; run < runs; run++) {
    scenario.years.forEach((year, yi) => {
      // the engine left the applications after some day as draws (a day learnt from the runs before)
      if (engine.defer && engine.years[yi]!.deferAfter < engine.years[yi]!.days - 1) seen.deferredRunYears++;
      const fast = contents(runYear(engine, yi, makeStream(a.seed, run, year), makeStream(a.seed, run, year, 'alloc')));
      const plain = reference.runYear(yi, makeStream(a.seed, run, year), makeStream(a.seed, run, year, 'alloc'));
      expect(fast, `run ${run}, year ${year}`).toEqual(contents(plain));
      note(plain, a.mechanism, scenario.allocation.fallback, topUp);
      const pools = plain.shape.schemeIds.map((_, s) => plain.scheme[schemeIndex(s, 'poolFen')]!);
      if (pools.some((p, s) => p > 0 && p < (engine.c.poolFor(s, year) ?? 0))) seen.proratedPool++;
    });
  }
}

describe('the engine equals the plain reference simulator', () => {
  it('gives the identical RunRecord for every run-year of random scenarios (property)', () => {
    fc.assert(fc.property(scenarioArb, (a) => compareRuns(a, RUNS)), { numRuns: 350 });
    console.log(JSON.stringify({ ...seen, mechanisms: Object.fromEntries(seen.mechanisms) }));
    for (const m of MECHANISMS) expect(seen.mechanisms.get(m) ?? 0).toBeGreaterThan(20);
    expect(seen.fallbackRunYears).toBeGreaterThan(20);
    expect(seen.multiYearScenarios).toBeGreaterThan(20);
    expect(seen.poolEmptied).toBeGreaterThan(50);
    expect(seen.poolLasted).toBeGreaterThan(50);
    expect(seen.scaled).toBeGreaterThan(30);
    expect(seen.refused).toBeGreaterThan(30);
    expect(seen.topUpPaid).toBeGreaterThan(20);
    expect(seen.topUpShort).toBeGreaterThan(5);
    expect(seen.capReached).toBeGreaterThan(50);
    expect(seen.unlimitedPaid).toBeGreaterThan(10);
    expect(seen.proratedPool).toBeGreaterThan(10);
    expect(seen.fastPathScenarios).toBeGreaterThan(40);
  }, 120_000);

  it('also where the engine leaves the applications after the pools ran out as draws (property)', () => {
    // FCFS without fallback, one grant per voucher, populations whose plans draw alike, small pools, four runs: from
    // the second run on, the engine's sampler writes out only the days up to the one the pools ran out on before
    const deferring = scenarioArb.chain((a) =>
      fc.record({
        policies: fc.constantFrom<string[]>([HANGZHOU], [ZHEJIANG]),
        mechanism: fc.constantFrom('fcfs-partial' as const, 'fcfs-strict' as const),
        cityPool: fc.integer({ min: 0, max: 300 }),
        provincePool: fc.integer({ min: 1, max: 300 }),
      }).map((d): ScenarioArgs => ({ ...a, ...d, fallback: false, capBasis: 'firm-year', alike: true })),
    );
    const before = seen.deferredRunYears;
    fc.assert(fc.property(deferring, (a) => compareRuns(a, 4)), { numRuns: 80 });
    console.log(JSON.stringify({ deferredRunYears: seen.deferredRunYears - before }));
    expect(seen.deferredRunYears - before).toBeGreaterThan(40);
  }, 60_000);

  it('books a hand-worked case: fallback from the city to the province (2026)', () => {
    // Two firms, one 100万 domestic-compute contract each, not self-controlled, executed in full. City (hangzhou-2024
    // （三）): 30% of the contract fee = 30万 from a 30万 pool, funded half by the city, half by the district. Province
    // (zhejiang-2025 （十五）): 10% of the executed amount = 10万, unlimited, funded by the city (its default). The
    // first firm takes the city's 30万; the second asks the city for 30万, which cannot pay, and the province pays
    // 10万: the city's request counts 20万 (10万 moved to the province), refused, on the day the province paid.
    const scenario = scenarioOf({
      policies: [HANGZHOU, ZHEJIANG],
      schemes: `schemes:
  hangzhou-2024.compute: {pool: 30万}
  zhejiang-2025.compute: {pool: unlimited}
  zhejiang-2025.corpus: {pool: unlimited}
  zhejiang-2025.model: {pool: unlimited}`,
      years: '[2026]',
      firms: '{law: fixed, n: 2}',
      tiers: oneTier('{law: constant, value: 100万}', '{law: fixed, n: 1}', '{seek: 100%, categories: {maas: 0%, domestic: 100%, other: 0%}, selfControlled: 0%}'),
      extraAllocation: 'fallback: true',
      runs: 1,
    });
    const [rec] = referenceRun(scenario, 7, 0);
    const field = (s: number, f: Parameters<typeof schemeIndex>[1]): number => rec!.scheme[schemeIndex(s, f)]!;
    const [city, province] = [0, 1];
    const WAN = 10_000_00;
    expect([field(city, 'poolFen'), field(city, 'requestedFen'), field(city, 'paidFen'), field(city, 'refusedFen')]).toEqual([30 * WAN, 50 * WAN, 30 * WAN, 20 * WAN]);
    expect([field(city, 'appsRequested'), field(city, 'appsFunded'), field(city, 'appsRefused')]).toEqual([2, 1, 1]);
    expect([field(city, 'firmsRequested'), field(city, 'firmsFunded'), field(city, 'firmsRefused')]).toEqual([2, 1, 1]);
    expect([field(province, 'poolFen'), field(province, 'requestedFen'), field(province, 'paidFen'), field(province, 'appsFunded')]).toEqual([-1, 10 * WAN, 10 * WAN, 1]);
    const provinceDay = [...rec!.dailyPaid.subarray(province * rec!.shape.days, (province + 1) * rec!.shape.days)].findIndex((fen) => fen > 0);
    expect(field(city, 'exhaustionDay')).toBe(provinceDay);
    expect([...rec!.byLevel]).toEqual([0, 25 * WAN, 15 * WAN]);
    // by month of arrival: the second application, 30万 requested as evaluated and 10万 paid, is scaled by 20万
    const monthly = (k: number): number => Array.from({ length: 12 }, (_, m) => rec!.monthly[m * 3 + k]!).reduce((a, b) => a + b, 0);
    expect([monthly(0), monthly(1), monthly(2)]).toEqual([0, 20 * WAN, 0]);
    expect(rec!.firmCount).toBe(2);
    expect([...rec!.firmPaid.subarray(0, 2)].sort((x, y) => x - y)).toEqual([10 * WAN, 30 * WAN]);
    expect([...rec!.firmRequested.subarray(0, 2)]).toEqual([30 * WAN, 30 * WAN]);
  });
});
