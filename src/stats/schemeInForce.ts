/**
 * Whether a scheme was in force in a simulated year, read from its summary alone. The engine gives a scheme a
 * pool of 0 in a year outside its validity window (src/fast/engine/EngineContext.ts, yearPool: e.g. the Zhejiang
 * vouchers of 004 before 2025-05-31), and such a scheme receives no request. Its exhaustion figures ("never runs
 * out", "lasts the whole year") would then describe a pool that does not exist, so readers of the summary (the
 * headlines, the text report, the comparison table, the charts) ask this first.
 */
import type { SchemeSummary } from './Summary';

/**
 * False when the scheme had a pool of 0 and no application asked it for anything, in every run of the year.
 * A scheme without a pool limit (`pool: null`) is in force: the engine records a pool of 0, not "no limit", for a
 * scheme outside its window.
 * @example schemeInForce(year2024.schemes[1]) // false for a 2025 scheme in 2024
 */
export function schemeInForce(s: SchemeSummary): boolean {
  if (s.pool === null) return true;
  // Pools and counts are ≥ 0, so a mean and a 95th percentile of 0 mean 0 in every run.
  return !(s.pool.mean.fen === 0 && s.pool.p95.fen === 0 && s.applications.requested.mean === 0);
}
