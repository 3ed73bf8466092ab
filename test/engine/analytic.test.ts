/**
 * The engine against closed forms (seeded, so not flaky; each tolerance is stated).
 */
import { describe, expect, it } from 'vitest';
import { runRange } from '../../src/engine/runRange';
import { oneTier, scenarioOf } from './scenarioText';

/** P(Poisson(mu) ≥ k). */
function poissonAtLeast(mu: number, k: number): number {
  let term = Math.exp(-mu);
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= mu / (i + 1);
  }
  return 1 - below;
}

describe('exhaustion date with constant contracts and Poisson arrivals', () => {
  // 100 firms a year on average (Poisson), one 100万 compute contract each, "other" compute at 20% (000 （三）):
  // every grant is 20万. A pool of 60 grants (1200万) pays 60 in full; the 61st application meets an empty pool.
  // Arrival days are iid uniform over 2025, so the applications form a Poisson process of rate 100/365 a day and
  // the exhaustion day is the day of the 61st arrival: P(exhausted by the end of day d) = P(Poisson(100·(d+1)/365) ≥ 61),
  // the Erlang(61, 100/365) law seen in whole days.
  const runs = 4000;
  const scenario = scenarioOf({ firms: '{law: poisson, mean: 100}', pool: '1200万', runs, seed: 'erlang' });
  const acc = runRange(scenario, 0, runs).years[0]!;
  const days = acc.schemeColumn(0, 'exhaustionDay');

  it('the share of runs exhausted by day d follows the Erlang law within 4 standard errors', () => {
    for (const d of [150, 200, 220, 250, 300, 364]) {
      const expected = poissonAtLeast((100 * (d + 1)) / 365, 61);
      const observed = days.filter((x) => x >= 0 && x <= d).length / runs;
      const se = Math.sqrt((expected * (1 - expected)) / runs);
      expect(Math.abs(observed - expected)).toBeLessThan(4 * se + 1e-9);
    }
  });

  it('exhaustion before year end has probability P(Poisson(100) ≥ 61)', () => {
    const expected = poissonAtLeast(100, 61);
    const observed = days.filter((x) => x >= 0).length / runs;
    expect(Math.abs(observed - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / runs) + 1e-9);
  });

  it('never pays more than the pool and pays it all once exhausted', () => {
    const paid = acc.schemeColumn(0, 'paidFen');
    days.forEach((d, i) => {
      expect(paid[i]!).toBeLessThanOrEqual(1200_0000_00);
      if (d >= 0) expect(paid[i]).toBe(1200_0000_00);
    });
  });
});

describe('mean disbursement when no pool binds', () => {
  // Lognormal contracts (median 50万, p90 200万 → σ = ln 4 / z₀.₉), 20% (other compute), no cap reached in practice
  // (cap 800万 needs a 4000万 contract: truncated away), an unlimited pool: E[paid] = E[firms] · 0.2 · E[amount],
  // E[amount] = median · exp(σ²/2). Amounts are rounded to whole yuan and grants floored to the fen: both shift
  // the mean by far less than the tolerance.
  it('equals λ · ratio · E[amount] within 4 standard errors of the Monte Carlo mean', () => {
    const runs = 2000;
    const scenario = scenarioOf({
      firms: '{law: poisson, mean: 200}',
      schemes: 'schemes:\n  hangzhou-2024.compute: {pool: unlimited}',
      tiers: oneTier('{law: lognormal, median: 50万, p90: 200万}'),
      runs,
      seed: 'mean',
    });
    const paid = runRange(scenario, 0, runs).years[0]!.schemeColumn(0, 'paidFen');
    const sigma = Math.log(4) / 1.2815515655446004;
    const expected = 200 * 0.2 * 50_0000_00 * Math.exp((sigma * sigma) / 2);
    const mean = paid.reduce((a, b) => a + b, 0) / runs;
    const sd = Math.sqrt(paid.reduce((a, b) => a + (b - mean) ** 2, 0) / (runs - 1));
    expect(Math.abs(mean - expected)).toBeLessThan((4 * sd) / Math.sqrt(runs));
  });
});
