/**
 * `--runs auto` on the closed-form case: it stops at the first batch where every headline figure is within its
 * tolerance, the standard error it reports is √(p(1 − p)/n), the estimate agrees with P(Poisson(60) ≥ 61), and the
 * same seed and tolerances always stop at the same number of runs with the summary of `run --runs n`.
 */
import { describe, expect, it } from 'vitest';
import { convergenceChecks } from '../../src/analysis/convergenceChecks';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { monteCarloErrors } from '../../src/stats/monteCarloErrors';
import { parseTolerance } from '../../src/analysis/parseTolerance';
import { runUntilStable } from '../../src/analysis/runUntilStable';
import { DEFAULT_TOLERANCE } from '../../src/analysis/Tolerance';
import { runRange } from '../../src/engine/runRange';
import { UserError } from '../../src/errors/UserError';
import { summarize } from '../../src/stats/summarize';
import { summarySchema } from '../../src/stats/Summary';
import { analyticScenario, poissonAtLeast } from './analyticScenario';

const tolerance = { probability: 0.03, days: 4, paidShare: 0.02, dateMinShare: 0.05 };
const scenario = analyticScenario({ lambda: 60, pool: '1200万', seed: 'converge' });

describe('runUntilStable', async () => {
  const r = await runUntilStable(scenario, inThreadSimulator(), { tolerance, batch: 200, maxRuns: 6000 });
  const n = r.convergence.runs;

  it('stops at the first batch where every figure is within tolerance', () => {
    expect(r.convergence.converged).toBe(true);
    expect(n % 200).toBe(0);
    expect(r.convergence.checks.every((c) => c.status !== 'outside')).toBe(true);
    const history = r.convergence.history;
    expect(history.at(-1)).toEqual({ runs: n, outside: 0 });
    expect(history.slice(0, -1).every((h) => h.outside > 0)).toBe(true);
    // The binomial criterion alone needs 1.96·√(p(1 − p)/n) ≤ 3 pp: about 1,060 runs at p ≈ 0.47.
    expect(n).toBeGreaterThanOrEqual(1000);
  });

  it('reports the binomial standard error √(p(1 − p)/n) and agrees with P(Poisson(60) ≥ 61)', () => {
    const summary = summarize(r.scenario, r.acc.years);
    const ex = summary.years[0]!.schemes[0]!.exhaustion!;
    const p = ex.runsExhausted / n;
    expect(ex.probabilityError!.se).toBeCloseTo(Math.sqrt((p * (1 - p)) / n), 6);
    expect(Math.abs(p - poissonAtLeast(60, 61))).toBeLessThan(4 * ex.probabilityError!.se);
    expect(ex.probabilityError!.lo).toBeLessThan(p);
    expect(ex.probabilityError!.hi).toBeGreaterThan(p);
    expect(() => summarySchema.parse({ ...summary, convergence: r.convergence })).not.toThrow();
  });

  it('gives the summary of the same runs done at once, and the same stop for the same seed', async () => {
    const once = runRange({ ...scenario, runs: n }, 0, n);
    expect(summarize(r.scenario, r.acc.years)).toEqual(summarize({ ...scenario, runs: n }, once.years));
    const again = await runUntilStable(scenario, inThreadSimulator(), { tolerance, batch: 200, maxRuns: 6000 });
    expect(again.convergence).toEqual(r.convergence);
  });

  it('stops at maxRuns, not converged, when the tolerance is out of reach', async () => {
    const tight = await runUntilStable(scenario, inThreadSimulator(), { tolerance: { ...tolerance, probability: 0.001 }, batch: 200, maxRuns: 400 });
    expect(tight.convergence).toMatchObject({ converged: false, runs: 400 });
    expect(tight.convergence.history).toHaveLength(2);
    expect(tight.convergence.checks.find((c) => c.figure === 'probabilityByYearEnd')!.status).toBe('outside');
  });
});

describe('convergenceChecks', () => {
  it('skips the date of a pool that seldom runs out and checks the rest', () => {
    const acc = runRange({ ...analyticScenario({ pool: '1600万', runs: 300 }) }, 0, 300).years[0]!; // 80 grants: P ≈ 0.6%
    const checks = convergenceChecks([monteCarloErrors(acc)], DEFAULT_TOLERANCE);
    expect(checks.map((c) => [c.figure, c.status === 'not-applicable'])).toEqual([
      ['probabilityByYearEnd', false], ['medianExhaustionDate', true], ['paidP5', false], ['paidP95', false],
    ]);
  });
});

describe('parseTolerance', () => {
  it('reads key=value lists and a bare probability; keeps defaults for keys left out', () => {
    expect(parseTolerance('p=0.5%,date=2,paid=2%')).toEqual({ probability: 0.005, days: 2, paidShare: 0.02, dateMinShare: 0.05 });
    expect(parseTolerance('2%')).toEqual({ ...DEFAULT_TOLERANCE, probability: 0.02 });
    expect(parseTolerance('date=5d')).toEqual({ ...DEFAULT_TOLERANCE, days: 5 });
    for (const bad of ['', 'p=0', 'x=1%', 'date=soon', '1%,2%']) expect(() => parseTolerance(bad), bad).toThrow(UserError);
  });
});
