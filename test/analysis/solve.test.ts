/**
 * Goal seek against the closed-form case. With one 20万 grant per firm and N ~ Poisson(60) firms, a pool of k
 * grants runs out exactly when N ≥ k + 1, so on common random numbers the estimated P(exhausted) at a pool x is
 * the share of runs with N ≥ ⌊x / 20万⌋ + 1: the smallest pool meeting "≤ 10%" is k̂ × 20万 with k̂ the runs'
 * empirical 90% point of N, which must lie near the Poisson quantile qpois(0.9, 60) = 70. Caps and ratio scales
 * act through the grant g: the pool of 1200万 pays ⌊1200万 / g⌋ grants in full.
 */
import { describe, expect, it } from 'vitest';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { parseTarget } from '../../src/analysis/parseTarget';
import { setPool } from '../../src/analysis/setPool';
import { solve, type SolveOptions } from '../../src/analysis/solve';
import type { Simulator } from '../../src/scheduler/Simulator';
import { runRange } from '../../src/engine/runRange';
import { analyticScenario, GRANT, perRunN, poissonAtLeast, shareAtLeast } from './analyticScenario';

const runs = 800;
const scenario = analyticScenario({ lambda: 60, pool: '1200万', runs, seed: 'solve' });
const n = perRunN(runRange(scenario, 0, runs).years[0]!);
const scheme = { id: 'hangzhou-2024.compute', index: 0 };
const WAN = 1_000_000; // 1万元 in fen

/** The smallest whole number of grants k with share(N ≥ k + 1) ≤ q, on these runs. */
function empiricalGrants(q: number): number {
  let k = 0;
  while (shareAtLeast(n, k + 1) > q) k++;
  return k;
}

/** The smallest k with P(Poisson(60) ≥ k + 1) ≤ q. */
function poissonGrants(q: number): number {
  let k = 0;
  while (poissonAtLeast(60, k + 1) > q) k++;
  return k;
}

const base = (o: Partial<SolveOptions>): SolveOptions => ({
  variable: 'pool', target: parseTarget('P(exhausted before 12-31) <= 10%'), scheme, year: 2025,
  range: [WAN, 3000 * WAN], resolution: WAN, runs, ...o,
});

describe('solve --find pool', async () => {
  const r = await solve(scenario, base({}), inThreadSimulator());

  it('finds k̂ × 20万 exactly, k̂ the empirical 90% point of N, within 2 grants of qpois(0.9, 60) = 70', () => {
    const k = empiricalGrants(0.1);
    expect(poissonGrants(0.1)).toBe(70);
    expect(r.status).toBe('found');
    expect(r.side).toBe('above');
    expect(r.answer).toBe(k * GRANT);
    expect(Math.abs(k - 70)).toBeLessThanOrEqual(2);
    const at = r.points.find((p) => p.x === r.answer)!;
    expect(at.estimate.value).toBe(shareAtLeast(n, k + 1));
    expect(r.points.find((p) => p.x === r.answer! - WAN)!.meets).toBe(false);
    expect(r.monotone).toBe(true);
  });

  it('brackets the true answer 70 × 20万 with the uncertainty where the 95% interval crosses 10%', () => {
    expect(r.uncertainty.optimistic!).toBeLessThanOrEqual(r.answer!);
    expect(r.uncertainty.pessimistic!).toBeGreaterThanOrEqual(r.answer!);
    expect(r.uncertainty.optimistic!).toBeLessThanOrEqual(70 * GRANT);
    expect(r.uncertainty.pessimistic!).toBeGreaterThanOrEqual(70 * GRANT);
    const pess = r.points.find((p) => p.x === r.uncertainty.pessimistic)!;
    expect(pess.estimate.hi!).toBeLessThanOrEqual(0.1);
  });

  it('is deterministic for a seed', async () => {
    expect(await solve(scenario, base({}), inThreadSimulator())).toEqual(r);
  });
});

describe('solve on other targets and variables', () => {
  it('unmet share ≤ 5%: the smallest k with mean (N − k)+ ≤ 5% of mean N, on these runs', async () => {
    const r = await solve(scenario, base({ target: parseTarget('unmet share <= 5%'), resolution: 20 * WAN, range: [20 * WAN, 3000 * WAN] }), inThreadSimulator());
    const total = n.reduce((a, b) => a + b, 0);
    const unmet = (k: number) => n.reduce((a, x) => a + Math.max(0, x - k), 0) / total;
    let k = 0;
    while (unmet(k) > 0.05) k++;
    expect(r.answer).toBe(k * GRANT);
  });

  it('--find cap: the largest cap c with ⌊1200万 / c⌋ ≥ k̂ on the 1万 grid', async () => {
    const r = await solve(scenario, base({ variable: 'cap', range: [WAN, 100 * WAN] }), inThreadSimulator());
    const k = empiricalGrants(0.1);
    const expected = Math.floor(1200 / k) * WAN; // 1200万 / k̂ rounded down to the 1万 grid
    expect(r.status).toBe('found');
    expect(r.side).toBe('below');
    expect(r.answer).toBe(expected);
  });

  it('--find ratio: the largest scale s with 100万 × ⌊2000·s/10⁴⌋ bp ≤ 1200万 / k̂ on the 0.1% grid', async () => {
    const r = await solve(scenario, base({ variable: 'ratio', range: [0, 10_000], resolution: 10 }), inThreadSimulator());
    const k = empiricalGrants(0.1);
    let s = 10_000;
    const grantAt = (x: number) => 100 * Math.floor((2000 * x) / 10_000) * 100; // 100万 yuan × bp / 10⁴, in fen
    while (Math.floor((1200 * WAN) / grantAt(s)) < k) s -= 10;
    expect(r.answer).toBe(s);
  });

  it('reports a target met across the whole range, and one met nowhere', async () => {
    const all = await solve(scenario, base({ range: [2000 * WAN, 3000 * WAN] }), inThreadSimulator());
    expect(all).toMatchObject({ status: 'whole-range', answer: 2000 * WAN, side: 'above' });
    expect(all.uncertainty.optimistic).toBeNull();
    const none = await solve(scenario, base({ range: [WAN, 500 * WAN] }), inThreadSimulator());
    expect(none).toMatchObject({ status: 'none', answer: null, side: null });
  });

  it('says when the figure is not monotone in the variable (bisection then finds a crossing)', async () => {
    // A simulator that runs the pools in (1400万, 2000万] as 400万: P falls, jumps back to ~1, then falls again.
    const inner = inThreadSimulator();
    const twisted: Simulator = (jobs) => inner(jobs.map((j) => {
      const pool = j.scenario.rules.schemes[0]!.pool[0]!.value;
      return pool > 1400 * WAN && pool <= 2000 * WAN ? { ...j, scenario: setPool(j.scenario, scheme.id, 400 * WAN) } : j;
    }));
    const r = await solve(scenario, base({ range: [WAN, 3000 * WAN] }), twisted);
    expect(r.answer).toBe(2001 * WAN); // a crossing of the target, above the smallest pool that meets it (~1420万)
    expect(r.monotone).toBe(false);
  });
});
