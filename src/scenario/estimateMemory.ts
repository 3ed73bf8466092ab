/**
 * How much memory a simulation will need, worked out from the scenario before anything runs, so that a
 * population too large for the machine is refused with a message instead of a crash minutes later.
 *
 *   applications a run-year = E[firms] × Σ tiers share × Σ vouchers seek × E[contracts]   (+ 6 σ for the largest run)
 *   per worker  = 100 bytes an application + 60 bytes a firm     (the population buffers, which grow by doubling,
 *                                                                 the engine's ledger, the sort's scratch)
 *   per run     = 4 bytes a number of the per-run row, per year  (packed rows, src/stats/RunTable.ts)
 *   fixed       = 250 MB                                         (Node, the code, charts, histograms)
 *
 * The byte figures were measured with /usr/bin/time -v (peak RSS) on the Hangzhou population scaled to 30,000,
 * 300,000 and 1,000,000 firms (2.3 and 10 applications a firm): 80–95 bytes an application, firms included.
 * Browser-safe.
 */
import type { CountLaw, ContractCountLaw } from '../population/model';
import type { Scenario } from './model';

const BYTES_PER_APPLICATION = 100;
const BYTES_PER_FIRM = 60;
const BYTES_PER_ROW_NUMBER = 4;
const FIXED_BYTES = 250 * 1024 * 1024;

/** The default limit on the estimate, in MB (the `--max-memory` flag raises or lowers it). */
export const DEFAULT_MAX_MEMORY_MB = 4096;

export interface MemoryEstimate {
  /** Expected firms and applications in one run-year (the largest year). */
  firms: number;
  applications: number;
  /** Bytes one worker needs for the largest run-year. */
  perWorkerBytes: number;
  /** Bytes the per-run rows of all runs and years take. */
  rowBytes: number;
  /** Everything, for `workers` workers. */
  totalBytes: number;
}

const meanOf = (law: CountLaw): number => (law.law === 'fixed' ? law.n : law.mean);
/** An upper bound of E[count] (a draw of 0 may count as 1: E[max(1, X)] ≤ E[X] + 1). */
const contractsOf = (law: ContractCountLaw): number => meanOf(law) + (law.atLeastOne ? 1 : 0);

/**
 * @param scenario the loaded scenario
 * @param workers how many workers will each hold one run-year's buffers
 * @example estimateMemory(hangzhou2024, 2).totalBytes // about 270 MB for 2,000 runs
 */
export function estimateMemory(scenario: Scenario, workers: number): MemoryEstimate {
  const pop = scenario.population;
  const firms = meanOf(pop.firms);
  let perFirm = 0;
  for (const t of pop.tiers) {
    let apps = 0;
    for (const v of [t.vouchers.compute, t.vouchers.corpus, t.vouchers.model]) if (v) apps += (v.seekBp / 10_000) * contractsOf(v.count);
    perFirm += (t.shareBp / 10_000) * apps;
  }
  const applications = firms * perFirm;
  const peak = (x: number): number => x + 6 * Math.sqrt(x);
  const perWorkerBytes = BYTES_PER_APPLICATION * peak(applications) + BYTES_PER_FIRM * peak(firms);
  const districts = new Set(pop.tiers.flatMap((t) => Object.keys(t.districtBp))).size + 1;
  const rowLength = 15 * scenario.rules.schemes.length + 10 * (pop.tiers.length + 3 + 3 + districts) + 8;
  const rowBytes = scenario.runs * scenario.years.length * rowLength * BYTES_PER_ROW_NUMBER;
  return { firms, applications, perWorkerBytes, rowBytes, totalBytes: FIXED_BYTES + workers * perWorkerBytes + rowBytes };
}
