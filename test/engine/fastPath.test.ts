/**
 * runYear's FCFS fast path (a voucher with one grant scheme and no top-up: ratio, cap left and pool applied
 * without `evaluate`) books exactly what the general path (`evaluate` for every application) books: the same
 * RunRecord, to the fen, over random scenarios, policies, years, pools and caps, and the stacking options (what the
 * Zhejiang caps bound, what counts against a cap, which grants the Shangcheng top-up matches).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEngineContext, VOUCHER_GENERAL } from '../../src/fast/engine/EngineContext';
import { runOf } from './recordContents';
import { allVouchersTier, scenarioOf } from './scenarioText';

const HANGZHOU = 'scenarios/policies/hangzhou-2024.yaml';
const ZHEJIANG = 'scenarios/policies/zhejiang-2025.yaml';
const SHANGCHENG = 'scenarios/policies/shangcheng-draft.yaml';

/** Policy sets: one grant per voucher (all fast), two compute grants (compute general), and a top-up. */
const policySets = [[HANGZHOU], [ZHEJIANG], [HANGZHOU, ZHEJIANG], [HANGZHOU, SHANGCHENG]];

describe('FCFS fast path', () => {
  it('gives the same RunRecord as evaluate for every application', () => {
    let fastSeen = 0;
    let emptied = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...policySets),
        fc.constantFrom('fcfs-partial', 'fcfs-strict'),
        fc.constantFrom(2024, 2025, 2026),
        fc.constantFrom<'full' | 'prorated'>('full', 'prorated'),
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 })), // city pool in 万元 (small ones run out; 0: all refused)
        fc.integer({ min: 1, max: 3000 }), // province pools in 万元
        fc.constantFrom('none', '800万', '30万'),
        fc.boolean(), // a small cap on the city compute grant
        fc.integer({ min: 1, max: 120 }), // firms
        fc.integer({ min: 1, max: 300 }), // median contract in 万元
        fc.integer({ min: 0, max: 100 }), // foundation-model share in %
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('firm-year', 'contract'), // zhejiang-2025.cap-basis (contract: off the fast path)
        fc.constantFrom('scheme', 'voucher'), // stacking.cap-counting
        fc.constantFrom('city-only', 'chosen'), // shangcheng-draft.topup-of
        (policies, mechanism, year, firstYearPool, cityPool, provincePool, fmCap, smallCap, firms, median, fm, seed, capBasis, counting, topupOf) => {
          const schemes: string[] = [];
          if (policies.includes(HANGZHOU)) schemes.push(`  hangzhou-2024.compute: {pool: ${cityPool}万${smallCap ? ', cap: 20万' : ''}}`);
          if (policies.includes(ZHEJIANG)) {
            for (const v of ['compute', 'corpus', 'model']) schemes.push(`  zhejiang-2025.${v}: {pool: ${provincePool}万}`);
          }
          if (policies.includes(SHANGCHENG)) schemes.push(`  shangcheng-draft.topup: {pool: ${Math.ceil(cityPool / 3)}万}`);
          const options: string[] = [];
          if (policies.includes(HANGZHOU)) options.push(`hangzhou-2024.foundation-model-cap: "${fmCap}"`);
          if (policies.includes(SHANGCHENG)) options.push('shangcheng-draft.start: 2024-01-01', 'shangcheng-draft.end: 2027-12-31', `shangcheng-draft.topup-of: ${topupOf}`);
          if (policies.includes(ZHEJIANG)) options.push(`zhejiang-2025.cap-basis: ${capBasis}`);
          options.push(`stacking.cap-counting: ${counting}`);
          const scenario = scenarioOf({
            policies,
            options: `{${options.join(', ')}}`,
            schemes: `schemes:\n${schemes.join('\n')}`,
            years: `[${year}]`,
            firstYearPool,
            mechanism,
            firms: `{law: poisson, mean: ${firms}}`,
            tiers: `${allVouchersTier(median, `${fm}%`)}
    - id: b
      label: {zh: 乙, en: b}
      share: 30%
      sme: 0%
      foundationModel: 0%
      contracts:
        count: {law: fixed, n: 3}
        amount: {law: uniform, min: 1万, max: 3000万}
        executed: {law: constant, value: 100%}
      vouchers:
        compute: {seek: 100%, categories: {maas: 0%, domestic: 50%, other: 50%}, selfControlled: 0%}`,
            runs: 3,
          });
          const fast = makeEngineContext(scenario);
          const general = makeEngineContext(scenario);
          general.generalOnly = true;
          if (fast.voucherGrant.some((s) => s !== VOUCHER_GENERAL)) fastSeen++;
          for (let run = 0; run < 3; run++) {
            expect(runOf(fast, seed, run)).toEqual(runOf(general, seed, run));
            // every fast grant's pool spent: the year ended in the single-grant path's refusals
            const grants = [...fast.voucherGrant].filter((s) => s >= 0);
            if (grants.length > 0 && grants.every((s) => fast.poolLeft[s] === 0)) emptied++;
          }
        },
      ),
      { numRuns: 60 },
    );
    // the comparison is about the fast path: most scenarios must have a voucher that takes it
    expect(fastSeen).toBeGreaterThan(30);
    // and many of them run out of pool, so that the refusal loop is compared too
    expect(emptied).toBeGreaterThan(10);
  });
});
