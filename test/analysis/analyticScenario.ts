/**
 * The closed-form case the analysis tests use: N ~ Poisson(λ) firms a year, one 100万 "other" compute contract
 * each, paid at 20% (000 （三）): every grant is 20万, so a pool of k grants runs out within the year exactly when
 * N ≥ k + 1, and P(exhausted) = P(Poisson(λ) ≥ k + 1). On common random numbers every variant of a run sees the
 * same N, so many figures can be checked exactly against the per-run N.
 */
import type { Accumulator } from '../../src/stats/Accumulator';
import type { Scenario } from '../../src/scenario/model';
import { scenarioOf } from '../engine/scenarioText';

/** 20万元 in fen: the grant of every application. */
export const GRANT = 20_0000_00;

export function analyticScenario(p: { lambda?: number; pool?: string; runs?: number; seed?: string; arrivals?: string } = {}): Scenario {
  return scenarioOf({
    firms: `{law: poisson, mean: ${p.lambda ?? 60}}`,
    pool: p.pool ?? '1200万',
    runs: p.runs ?? 1000,
    seed: p.seed ?? 'analysis',
    ...(p.arrivals ? { arrivals: p.arrivals } : {}),
  });
}

/** P(Poisson(mu) ≥ k). */
export function poissonAtLeast(mu: number, k: number): number {
  let term = Math.exp(-mu);
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= mu / (i + 1);
  }
  return 1 - below;
}

/** The number of applications of each run (= firms N here: one contract each, every firm seeks the voucher). */
export function perRunN(acc: Accumulator): Float64Array {
  return acc.column(acc.layout.applications);
}

/** Share of runs with N ≥ k. */
export function shareAtLeast(n: Float64Array, k: number): number {
  let c = 0;
  for (const x of n) if (x >= k) c++;
  return c / n.length;
}
