/**
 * The engine and `quote` read the stacking rules the same way: with pools that never bind, what runYear pays each
 * scheme equals the sum of quote() over the same applications, each firm's applications quoted in order with what it
 * already received (quoteSeries). Over random options: 从优就高不重复 over packages (shangcheng-draft.topup-of),
 * what counts against a yearly cap (stacking.cap-counting) and what the Zhejiang caps bound (zhejiang-2025.cap-basis).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEngineContext } from '../../src/fast/engine/EngineContext';
import { SCHEME_FIELDS } from '../../src/record/RunRecord';
import { runYear } from '../../src/fast/engine/runYear';
import { type Application } from '../../src/policy/model';
import { makeStream } from '../../src/random/makeStream';
import { quoteSeries } from '../policy/realRules';
import { allVouchersTier, oneTier, scenarioOf } from './scenarioText';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME, COMPUTE_CATEGORIES, VOUCHERS } from '../../src/vocabulary';

const POLICIES = ['scenarios/policies/hangzhou-2024.yaml', 'scenarios/policies/zhejiang-2025.yaml', 'scenarios/policies/shangcheng-draft.yaml'];
const F_PAID = SCHEME_FIELDS.indexOf('paidFen');

describe('engine and quote agree on the stacking rules', () => {
  it('pays per scheme what quote() gives application by application (packages, cap counting, cap basis)', () => {
    let voucherCounted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('scheme', 'voucher'),
        fc.constantFrom('firm-year', 'contract'),
        fc.constantFrom('city-only', 'chosen'),
        fc.constantFrom('800万', 'none'),
        fc.integer({ min: 1, max: 40 }), // firms
        fc.integer({ min: 20, max: 2000 }), // median contract in 万元: large ones reach the caps
        fc.integer({ min: 0, max: 1000 }),
        (counting, basis, topupOf, fmCap, firms, median, seed) => {
          const scenario = scenarioOf({
            policies: POLICIES,
            options: `{stacking.cap-counting: ${counting}, zhejiang-2025.cap-basis: ${basis}, shangcheng-draft.topup-of: ${topupOf}, `
              + `hangzhou-2024.foundation-model-cap: "${fmCap}", shangcheng-draft.start: 2025-01-01, shangcheng-draft.end: 2027-12-31}`,
            schemes: `schemes:\n${['hangzhou-2024.compute', 'zhejiang-2025.compute', 'zhejiang-2025.corpus', 'zhejiang-2025.model', 'shangcheng-draft.topup']
              .map((id) => `  ${id}: {pool: unlimited}`).join('\n')}`,
            years: '[2026]',
            firms: `{law: poisson, mean: ${firms}}`,
            tiers: `${allVouchersTier(median, '20%')}
    - id: b
      label: {zh: 乙, en: b}
      share: 30%
      sme: 0%
      foundationModel: 0%
      districts: {shangcheng: 50%}
      contracts:
        count: {law: fixed, n: 3}
        amount: {law: uniform, min: 100万, max: 6000万}
        executed: {law: constant, value: 90%}
      vouchers:
        compute: {seek: 100%, categories: {maas: 0%, domestic: 50%, other: 50%}, selfControlled: 50%}
        model: {seek: 50%}`,
            runs: 1,
          });
          const ctx = makeEngineContext(scenario);
          const c = ctx.c;
          const rec = runYear(ctx, 0, makeStream(seed, 0, 2026), makeStream(seed, 0, 2026, 'alloc'));
          const p = ctx.pop;
          // each firm's applications, in the order the engine booked them (by day)
          const byFirm = new Map<number, Application[]>();
          for (let a = 0; a < p.appCount; a++) {
            const firm = p.appFirm[a]!;
            const flags = p.appFlags[a]!;
            const cat = p.appCategory[a]!;
            const d = p.firmDistrict[firm]!;
            const app: Application = {
              date: p.appDay[a]!, voucher: VOUCHERS[p.appVoucher[a]!]!, contractFen: p.appContractFen[a]!, executedFen: p.appExecutedFen[a]!,
              ...(cat >= 0 ? { category: COMPUTE_CATEGORIES[cat]! } : {}),
              selfControlled: (flags & FLAG_SELF_CONTROLLED) !== 0, foundationModel: (flags & FLAG_FOUNDATION_MODEL) !== 0,
              sme: (flags & FLAG_SME) !== 0, district: d >= 0 ? c.districts[d]! : null,
            };
            byFirm.set(firm, [...(byFirm.get(firm) ?? []), app]);
          }
          const quoted = new Float64Array(c.schemeCount);
          for (const apps of byFirm.values()) {
            for (const q of quoteSeries(scenario.rules, apps)) for (const g of q.grants) quoted[c.schemeIndex(g.scheme)]! += g.paidFen;
          }
          for (let s = 0; s < c.schemeCount; s++) expect([c.schemeIds[s], rec.scheme[s * SCHEME_FIELDS.length + F_PAID]]).toEqual([c.schemeIds[s], quoted[s]]);
          if (counting === 'voucher') voucherCounted++;
        },
      ),
      { numRuns: 40 },
    );
    expect(voucherCounted).toBeGreaterThan(5);
  });

  it('cap counting matters: a firm\'s city grants use up the provincial cap only under stacking.cap-counting=voucher', () => {
    // one firm, non-self-controlled other compute, three 4000万 contracts: city 20% = 800万 each, province 10% = 400万
    // each. Per scheme: city 800万 (cap reached), then the province's 400万 + 400万 (its own 800万 cap). By voucher:
    // the city's 800万 already fills the provincial 800万 cap, so nothing more.
    const paid = (counting: string): number[] => {
      const scenario = scenarioOf({
        policies: POLICIES.slice(0, 2),
        options: `{stacking.cap-counting: ${counting}}`,
        schemes: 'schemes:\n  hangzhou-2024.compute: {pool: unlimited}\n  zhejiang-2025.compute: {pool: unlimited}\n  zhejiang-2025.corpus: {pool: unlimited}\n  zhejiang-2025.model: {pool: unlimited}',
        years: '[2026]',
        firms: '{law: fixed, n: 1}',
        tiers: oneTier('{law: constant, value: 4000万}', '{law: fixed, n: 3}'),
        runs: 1,
      });
      const ctx = makeEngineContext(scenario);
      const rec = runYear(ctx, 0, makeStream(1, 0, 2026), makeStream(1, 0, 2026, 'alloc'));
      return [0, 1].map((s) => rec.scheme[s * SCHEME_FIELDS.length + F_PAID]! / 1_000_000);
    };
    expect(paid('scheme')).toEqual([800, 800]);
    expect(paid('voucher')).toEqual([800, 0]);
  });
});
