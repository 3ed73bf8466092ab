/**
 * Refusals straight from the draws: when every voucher plan draws alike, runYear has the sampler write out only
 * the applications up to a guessed day (YearPlan.deferAfter) and refuses the later ones from their draws once the
 * pools are empty, writing them out after all when the pools outlast the guess. Whatever the guess, the RunRecord
 * must be the one of the run with every application written and booked in day order (EngineContext.defer off),
 * to the fen, over random scenarios, pools, caps and guesses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEngineContext } from '../../src/fast/engine/EngineContext';
import { runOf } from './recordContents';
import { scenarioOf } from './scenarioText';

const HANGZHOU = 'scenarios/policies/hangzhou-2024.yaml';
const ZHEJIANG = 'scenarios/policies/zhejiang-2025.yaml';

/** A tier seeking one voucher, its amounts and executed shares drawn by the laws every tier shares. */
function tier(id: string, share: number, voucher: string, lognormal: boolean, beta: boolean, median: number, sme: number): string {
  const seek =
    voucher === 'compute'
      ? 'compute: {seek: 100%, categories: {maas: 30%, domestic: 30%, other: 40%}, selfControlled: 50%}'
      : `${voucher}: {seek: 100%}`;
  return `
    - id: ${id}
      label: {zh: ${id}, en: ${id}}
      share: ${share}%
      sme: ${sme}%
      foundationModel: 20%
      districts: {shangcheng: 30%}
      contracts:
        count: {law: poisson, mean: 1.5, min: 1}
        amount: ${lognormal ? `{law: lognormal, median: ${median}万, p90: ${median * 4}万}` : `{law: constant, value: ${median}万}`}
        executed: ${beta ? '{law: beta, mean: 80%, sd: 10%}' : '{law: constant, value: 90%}'}
      vouchers:
        ${seek}`;
}

describe('refusals from the draws', () => {
  it('book what the applications written in day order book, whatever day the writing stops at', () => {
    let fromDraws = 0;
    let writtenAfter = 0;
    let nothingBefore = 0;
    fc.assert(
      fc.property(
        fc.constantFrom<string[]>([HANGZHOU], [ZHEJIANG]),
        fc.constantFrom('fcfs-partial', 'fcfs-strict'),
        fc.constantFrom(2024, 2025),
        fc.constantFrom('compute', 'corpus', 'model'),
        fc.boolean(), // lognormal amounts (else constant)
        fc.boolean(), // beta executed shares (else constant)
        fc.boolean(), // a second tier
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1500 })), // pool in 万元 (0: all refused)
        fc.boolean(), // a small cap on the Hangzhou compute grant
        fc.integer({ min: 1, max: 150 }), // firms
        fc.integer({ min: 1, max: 100 }), // median contract in 万元
        // the guessed day of each run; often 0, where with few firms nothing may be written before the rest
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 365 })), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 1000 }),
        (policies, mechanism, year, voucher, lognormal, beta, twoTiers, pool, smallCap, firms, median, guesses, seed) => {
          const schemes = policies.includes(HANGZHOU)
            ? [`  hangzhou-2024.compute: {pool: ${pool}万${smallCap ? ', cap: 20万' : ''}}`]
            : ['compute', 'corpus', 'model'].map((v) => `  zhejiang-2025.${v}: {pool: ${pool}万}`);
          const tiers = twoTiers
            ? tier('a', 60, voucher, lognormal, beta, median, 80) + tier('b', 40, voucher, lognormal, beta, median * 3, 0)
            : tier('a', 100, voucher, lognormal, beta, median, 80);
          const scenario = scenarioOf({
            policies,
            options: policies.includes(HANGZHOU) ? '{hangzhou-2024.foundation-model-cap: "30万"}' : '{}',
            schemes: `schemes:\n${schemes.join('\n')}`,
            years: `[${year}]`,
            mechanism,
            firms: `{law: poisson, mean: ${firms}}`,
            tiers,
            runs: 3,
          });
          const deferring = makeEngineContext(scenario);
          const writing = makeEngineContext(scenario);
          writing.defer = false;
          expect(deferring.defer).toBe(true);
          const plan = deferring.years[0]!;
          for (let run = 0; run < 3; run++) {
            const guess = Math.min(guesses[run]!, plan.days - 1);
            plan.deferAfter = guess;
            expect(runOf(deferring, seed, run)).toEqual(runOf(writing, seed, run));
            const pop = deferring.pop;
            if (pop.appWritten < pop.appCount) fromDraws++;
            else if (pop.appCount > 0 && pop.appDay[pop.appCount - 1]! - plan.start > guess) {
              writtenAfter++;
              if (pop.appDay[0]! - plan.start > guess) nothingBefore++;
            }
          }
        },
      ),
      { numRuns: 80 },
    );
    // both ways out of a guess are compared: refused from the draws, and written after all (the pools outlasted it),
    // also when no application fell on or before the guessed day
    expect(fromDraws).toBeGreaterThan(20);
    expect(writtenAfter).toBeGreaterThan(20);
    expect(nothingBefore).toBeGreaterThan(3);
  });

  it('is not taken when the voucher plans draw differently, nor by batches', () => {
    const mixed = makeEngineContext(
      scenarioOf({
        tiers: tier('a', 50, 'compute', true, true, 10, 80) + tier('b', 50, 'corpus', true, true, 10, 80),
        schemes: `schemes:\n${['compute', 'corpus', 'model'].map((v) => `  zhejiang-2025.${v}: {pool: 100万}`).join('\n')}`,
        policies: [ZHEJIANG],
      }),
    );
    expect(mixed.defer).toBe(false);
    const alike = makeEngineContext(scenarioOf({ tiers: tier('a', 100, 'compute', true, true, 10, 80) }));
    expect(alike.defer).toBe(true);
    const batches = makeEngineContext(scenarioOf({ tiers: tier('a', 100, 'compute', true, true, 10, 80), mechanism: 'batch-prorata', extraAllocation: 'period: month' }));
    expect(batches.defer).toBe(false);
  });
});
