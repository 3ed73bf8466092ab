/**
 * The scenario transformations: exact fen arithmetic, what each touches and leaves, purity, and the engine's view
 * of the transformed scenario (a scaled contract pays a scaled grant).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyVariable } from '../../src/analysis/applyVariable';
import { scaleCaps } from '../../src/analysis/scaleCaps';
import { scaleAmount, scaleContracts } from '../../src/analysis/scaleContracts';
import { scaleFen } from '../../src/analysis/scaleFen';
import { scaleFirms } from '../../src/analysis/scaleFirms';
import { scalePool } from '../../src/analysis/scalePool';
import { scaleRatios } from '../../src/analysis/scaleRatios';
import { scaleSeasonality } from '../../src/analysis/scaleSeasonality';
import { setCap } from '../../src/analysis/setCap';
import { setPool } from '../../src/analysis/setPool';
import { runRange } from '../../src/engine/runRange';
import { UserError } from '../../src/errors/UserError';
import { MAX_FEN } from '../../src/money/fen';
import { expectedApplications, makeAmountSampler, type AmountModel } from '../../src/population';
import type { GrantScheme } from '../../src/policy/model';
import { makeStream } from '../../src/random/makeStream';
import type { Scenario } from '../../src/scenario/model';
import { oneTier, scenarioOf } from '../engine/scenarioText';
import { analyticScenario, GRANT } from './analyticScenario';

const ID = 'hangzhou-2024.compute';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const grant = (s: Scenario): GrantScheme => s.rules.schemes.find((x) => x.id === ID) as GrantScheme;

describe('scaleFen', () => {
  it('rounds half up, exactly, beyond 2^53 intermediate products', () => {
    expect(scaleFen(25_000_000_000, 8_000)).toBe(20_000_000_000);
    expect(scaleFen(1, 15_000)).toBe(2); // 1.5 fen → 2
    expect(scaleFen(1, 14_999)).toBe(1);
    expect(scaleFen(3, 5_000)).toBe(2); // 1.5 → 2
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_FEN }), fc.integer({ min: 0, max: 100_000 }), (fen, f) => {
      const exact = new Decimal(fen).mul(f).div(10_000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
      expect(scaleFen(fen, f)).toBe(exact);
    }));
  });
});

describe('pools, caps and ratios', () => {
  const base = deepFreeze(analyticScenario({ pool: '2.5亿' }));

  it('scalePool: every pool × factor, unlimited pools stay unlimited, the input untouched', () => {
    const s = scalePool(base, 8_000);
    expect(grant(s).pool[0]!.value).toBe(2_0000_0000_00);
    expect(grant(s).pool[0]!.adjusted).toBe(true);
    expect(grant(base).pool[0]!.value).toBe(2_5000_0000_00);
    const unlimited = deepFreeze(scenarioOf({ schemes: `schemes:\n  ${ID}: {pool: unlimited}` }));
    expect(scalePool(unlimited, 12_000).unlimitedPools).toEqual([ID]);
    expect(() => scalePool(base, 1_000_000_000)).toThrow(UserError);
  });

  it('setPool: one scheme\'s pool for its whole validity; an unlimited pool becomes limited', () => {
    const unlimited = deepFreeze(scenarioOf({ schemes: `schemes:\n  ${ID}: {pool: unlimited}` }));
    const s = setPool(unlimited, ID, 3_0000_0000_00);
    expect(s.unlimitedPools).toEqual([]);
    expect(grant(s).pool).toHaveLength(1);
    expect(grant(s).pool[0]!.value).toBe(3_0000_0000_00);
    expect(grant(s).pool[0]!.from).toBe(grant(s).validFrom);
    expect(applyVariable(base, 'pool', ID, 1234)).toEqual(setPool(base, ID, 1234));
  });

  it('scaleCaps and setCap: numeric caps change, uncapped cases stay uncapped', () => {
    // foundation-model firms uncapped (option none, a generous reading; the default keeps 800万)
    const uncapped = deepFreeze(scenarioOf({ pool: '2.5亿', options: '{hangzhou-2024.foundation-model-cap: none}' }));
    const caps = grant(uncapped).caps;
    expect(caps.some((c) => c.value === null)).toBe(true);
    const scaled = grant(scaleCaps(uncapped, 8_000)).caps;
    caps.forEach((c, i) => expect(scaled[i]!.value).toBe(c.value === null ? null : scaleFen(c.value, 8_000)));
    const set = grant(setCap(uncapped, ID, 5_000_000)).caps;
    caps.forEach((c, i) => expect(set[i]!.value).toBe(c.value === null ? null : 5_000_000));
    expect(grant(base).caps.every((c) => c.value !== null)).toBe(true); // the default: 800万 for every firm
    const capless = deepFreeze({ ...base, rules: { ...base.rules, schemes: base.rules.schemes.map((x) => ({ ...x, caps: [] })) } });
    expect(() => setCap(capless, ID, 1)).toThrow(UserError);
  });

  it('scaleRatios: floor to the bp, at most 100%, and as the scenario\'s own ratioScale below 100%', () => {
    const s = scaleRatios(base, 12_000);
    grant(base).ratios.forEach((r, i) => expect(grant(s).ratios[i]!.value).toBe(Math.floor((r.value * 12_000) / 10_000)));
    expect(Math.max(...grant(scaleRatios(base, 1_000_000)).ratios.map((r) => r.value))).toBe(10_000);
    const viaFile = scenarioOf({ schemes: `schemes:\n  ${ID}: {pool: 1200万, ratioScale: 55.55%}` });
    expect(grant(scaleRatios(analyticScenario(), 5_555)).ratios.map((r) => r.value)).toEqual(grant(viaFile).ratios.map((r) => r.value));
  });
});

describe('population', () => {
  it('scaleFirms: Poisson mean × factor; fixed counts rounded half up', () => {
    const s = scaleFirms(deepFreeze(analyticScenario({ lambda: 60 })), 12_000);
    expect(s.population.firms).toEqual({ law: 'poisson', mean: 72 });
    const fixed = scenarioOf({ firms: '{law: fixed, n: 5}' });
    expect(scaleFirms(fixed, 13_000).population.firms).toEqual({ law: 'fixed', n: 7 }); // 6.5 → 7
    expect(() => scaleFirms(fixed, 1_000_000_000_000)).toThrow(UserError);
  });

  it('scaleAmount: every law has its mean × k, draw by draw on the same stream (to the yuan)', () => {
    const laws: AmountModel[] = [
      { law: 'constant', valueFen: 50_000_000, truncate: null },
      { law: 'uniform', minFen: 10_000_000, maxFen: 90_000_000, truncate: { minFen: 20_000_000, maxFen: 80_000_000 } },
      { law: 'lognormal', mu: Math.log(500_000), sigma: 1.1, truncate: { minFen: 1_000_000, maxFen: 5_000_000_000 } },
      { law: 'triangular', minFen: 1_000_000, modeFen: 30_000_000, maxFen: 200_000_000, truncate: null },
      { law: 'empirical', valuesFen: [1_000_000, 5_000_000, 50_000_000], weights: [5, 3, 2], truncate: null },
    ];
    for (const k of [8_000, 12_000, 25_000]) {
      for (const law of laws) {
        const a = makeAmountSampler(deepFreeze(law));
        const b = makeAmountSampler(scaleAmount(law, k));
        const ra = makeStream('amount', law.law);
        const rb = makeStream('amount', law.law);
        let sa = 0;
        let sb = 0;
        for (let i = 0; i < 2000; i++) {
          const x = a(ra);
          const y = b(rb);
          // Draws are whole yuan: the scaled draw is k × the draw, give or take the rounding of each to the yuan.
          expect(Math.abs(y - (x * k) / 10_000), `${law.law} ×${k / 10_000}`).toBeLessThanOrEqual(100 * (1 + k / 10_000));
          sa += x;
          sb += y;
        }
        expect(Math.abs(sb / sa - k / 10_000), law.law).toBeLessThan(1e-4);
      }
    }
    expect(scaleAmount({ law: 'constant', valueFen: 100_000_001, truncate: null }, 12_000)).toEqual({ law: 'constant', valueFen: 120_000_001, truncate: null });
  });

  it('scaleContracts: the engine pays k × the grant of a constant contract (20% of 100万 → 24万)', () => {
    const s = scaleContracts(deepFreeze(analyticScenario({ pool: '10亿', lambda: 30, runs: 50 })), 12_000);
    const acc = runRange(s, 0, 50).years[0]!;
    const paid = acc.schemeColumn(0, 'paidFen');
    const n = acc.column(acc.layout.applications);
    paid.forEach((p, i) => expect(p).toBe(n[i]! * GRANT * 1.2));
  });

  it('scaleSeasonality: Q4 weights × k, the rest and the number of applications unchanged', () => {
    const base = deepFreeze(scenarioOf({ arrivals: '{monthly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3]}', tiers: oneTier('{law: constant, value: 100万}') }));
    const s = scaleSeasonality(base, 12_000);
    expect(s.population.arrivals.monthlyWeights).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2.4, 2.4, 3.6]);
    expect(expectedApplications(s.population)).toBe(expectedApplications(base.population));
  });
});
