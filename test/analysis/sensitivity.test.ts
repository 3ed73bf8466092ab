/**
 * Sensitivity on the closed-form case: a pool of 60 grants of 20万 and N ~ Poisson(60) firms. Moving the pool by
 * ±20% gives 48 or 72 grants, the contract size or the ratios ±20% give grants of 16万 or 24万 (75 or 50 grants):
 * on common random numbers each run keeps its N, so every paired difference equals the change of share(N ≥ k + 1)
 * over these very runs, and lies within 4 standard errors of the Poisson closed form.
 */
import { describe, expect, it } from 'vitest';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { sensitivity, type SensitivityRow } from '../../src/analysis/sensitivity';
import { runRange } from '../../src/engine/runRange';
import { analyticScenario, GRANT, perRunN, poissonAtLeast, shareAtLeast } from './analyticScenario';

const runs = 1000;
const scenario = analyticScenario({ lambda: 60, pool: '1200万', runs, seed: 'sens', arrivals: '{monthly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}' });
const n = perRunN(runRange(scenario, 0, runs).years[0]!);
const scheme = { id: 'hangzhou-2024.compute', index: 0 };

describe('sensitivity (±20%, 1000 runs)', async () => {
  const r = await sensitivity(scenario, { deltaBp: 2000, runs, scheme, year: 2025 }, inThreadSimulator());
  const row = (input: string): SensitivityRow => r.rows.find((x) => x.input === input)!;
  const p = (grants: number) => shareAtLeast(n, grants + 1);

  it('baseline: P(exhausted) is share(N ≥ 61), near P(Poisson(60) ≥ 61)', () => {
    expect(r.baseline.exhausted.value).toBe(p(60));
    expect(Math.abs(r.baseline.exhausted.value - poissonAtLeast(60, 61))).toBeLessThan(4 * r.baseline.exhausted.se);
    // money paid = 20万 × E[min(N, 60)]
    const paid = n.reduce((a, x) => a + Math.min(x, 60) * GRANT, 0) / runs;
    expect(r.baseline.paid.value).toBeCloseTo(paid, 3);
  });

  it('pool ±20%: exactly share(N ≥ 49) − share(N ≥ 61) and share(N ≥ 73) − share(N ≥ 61), right sign and size', () => {
    const { down, up } = row('pool');
    expect(down!.exhausted.difference.mean).toBeCloseTo(p(48) - p(60), 12);
    expect(up!.exhausted.difference.mean).toBeCloseTo(p(72) - p(60), 12);
    expect(down!.exhausted.difference.mean).toBeGreaterThan(0);
    expect(up!.exhausted.difference.mean).toBeLessThan(0);
    for (const [e, k] of [[down!, 48], [up!, 72]] as const) {
      const truth = poissonAtLeast(60, k + 1) - poissonAtLeast(60, 61);
      const se = e.exhausted.difference.sd! / Math.sqrt(runs);
      expect(Math.abs(e.exhausted.difference.mean - truth)).toBeLessThan(4 * se);
      expect(e.exhausted.difference.lo!).toBeLessThan(e.exhausted.difference.mean);
    }
    // Money paid moves by 20万 × (min(N, k) − min(N, 60)) run by run.
    const dPaid = n.reduce((a, x) => a + (Math.min(x, 48) - Math.min(x, 60)) * GRANT, 0) / runs;
    expect(down!.paid.difference.mean).toBeCloseTo(dPaid, 3);
  });

  it('contract size and ratios ±20% act through the grant alike: 16万 → 75 grants, 24万 → 50', () => {
    for (const input of ['contracts', 'ratios']) {
      const { down, up } = row(input);
      expect(down!.exhausted.difference.mean).toBeCloseTo(p(75) - p(60), 12);
      expect(up!.exhausted.difference.mean).toBeCloseTo(p(50) - p(60), 12);
    }
    expect(row('contracts').up!.paid).toEqual(row('ratios').up!.paid);
  });

  it('firms ±20%: within 4 standard errors of P(Poisson(48 or 72) ≥ 61) − P(Poisson(60) ≥ 61)', () => {
    const { down, up } = row('firms');
    for (const [e, mu] of [[down!, 48], [up!, 72]] as const) {
      const truth = poissonAtLeast(mu, 61) - poissonAtLeast(60, 61);
      expect(Math.abs(e.exhausted.difference.mean - truth)).toBeLessThan((4 * e.exhausted.difference.sd!) / Math.sqrt(runs));
    }
  });

  it('caps that never bind and Q4 seasonality leave P(exhausted by 31 Dec) exactly unchanged', () => {
    for (const input of ['caps', 'seasonality']) {
      const x = row(input);
      expect(x.applicable).toBe(true);
      expect([x.down!.exhausted.difference.mean, x.up!.exhausted.difference.mean, x.down!.paid.difference.mean]).toEqual([0, 0, 0]);
    }
  });

  it('sorts inputs by their largest effect on P(exhausted)', () => {
    const swing = (x: SensitivityRow) => Math.max(Math.abs(x.down!.exhausted.difference.mean), Math.abs(x.up!.exhausted.difference.mean));
    const swings = r.rows.map(swing);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(r.rows.slice(-2).map((x) => x.input).sort()).toEqual(['caps', 'seasonality']);
  });
});

describe('sensitivity of P(exhausted by 30 Jun) to Q4 seasonality', () => {
  it('a heavier fourth quarter leaves fewer applications before July: P falls, a lighter one raises it', async () => {
    const s = analyticScenario({ lambda: 120, pool: '1200万', runs: 400, seed: 'season' });
    const r = await sensitivity(s, { deltaBp: 5000, runs: 400, scheme, year: 2025, by: { month: 6, day: 30 }, inputs: ['seasonality'] }, inThreadSimulator());
    const x = r.rows[0]!;
    expect(x.up!.exhausted.difference.hi!).toBeLessThan(0);
    expect(x.down!.exhausted.difference.lo!).toBeGreaterThan(0);
  });
});

describe('inputs that change nothing', () => {
  it('are marked not applicable and cost no runs', async () => {
    const capless = { ...scenario, rules: { ...scenario.rules, schemes: scenario.rules.schemes.map((x) => ({ ...x, caps: [] })) } };
    let jobs = 0;
    const inner = inThreadSimulator();
    const r = await sensitivity(capless, { deltaBp: 2000, runs: 50, scheme, year: 2025, inputs: ['caps', 'pool'] }, (j) => {
      jobs += j.length;
      return inner(j);
    });
    expect(jobs).toBe(3);
    expect(r.rows.map((x) => [x.input, x.applicable])).toEqual([['pool', true], ['caps', false]]);
  });
});
