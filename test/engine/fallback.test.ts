/**
 * Fallback (allocation.fallback): when the chosen scheme's pool cannot pay, the next most favourable scheme may.
 * Demand must then be counted once: the part another scheme pays moves to that scheme.
 */
import { describe, expect, it } from 'vitest';
import { runRange } from '../../src/engine/runRange';
import { oneTier, scenarioOf } from './scenarioText';

describe('fallback from the city to the province (2026: both in force)', () => {
  // Two firms, one 100万 domestic-compute contract each, not self-controlled, executed in full.
  // City (000 （三）): 30% of the contract fee = 30万, pool 30万 → the first firm takes it all.
  // Province (004 （十五）): 10% of the executed amount = 10万 (non-self-controlled), unlimited pool.
  // The second firm asks the city for 30万, gets nothing there, and the province pays 10万 instead.
  const scenario = scenarioOf({
    policies: ['scenarios/policies/hangzhou-2024.yaml', 'scenarios/policies/zhejiang-2025.yaml'],
    schemes: `schemes:
  hangzhou-2024.compute: {pool: 30万}
  zhejiang-2025.compute: {pool: unlimited}
  zhejiang-2025.corpus: {pool: unlimited}
  zhejiang-2025.model: {pool: unlimited}`,
    years: '[2026]',
    firms: '{law: fixed, n: 2}',
    tiers: oneTier('{law: constant, value: 100万}', '{law: fixed, n: 1}', '{seek: 100%, categories: {maas: 0%, domestic: 100%, other: 0%}, selfControlled: 0%}'),
    mechanism: 'fcfs-partial',
    extraAllocation: 'fallback: true',
    runs: 1,
  });
  const acc = runRange(scenario, 0, 1).years[0]!;
  const [city, province] = [0, 1];

  it('counts the request once: 60万 asked, 40万 paid, 20万 unmet', () => {
    expect(acc.totalColumn('requestedFen')[0]).toBe(60_0000_00);
    expect(acc.totalColumn('paidFen')[0]).toBe(40_0000_00);
    expect(acc.totalColumn('refusedFen')[0]! + acc.totalColumn('scaledFen')[0]!).toBe(20_0000_00);
  });

  it('moves the part the province paid to the province', () => {
    expect(acc.schemeColumn(city, 'requestedFen')[0]).toBe(50_0000_00);
    expect(acc.schemeColumn(city, 'paidFen')[0]).toBe(30_0000_00);
    expect(acc.schemeColumn(province, 'requestedFen')[0]).toBe(10_0000_00);
    expect(acc.schemeColumn(province, 'paidFen')[0]).toBe(10_0000_00);
  });

  it('still dates the city pool\'s exhaustion to the refused application', () => {
    expect(acc.schemeColumn(city, 'exhaustionDay')[0]).toBeGreaterThanOrEqual(0);
  });
});
