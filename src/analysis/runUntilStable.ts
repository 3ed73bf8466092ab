/**
 * `--runs auto`: add fixed batches of runs until the headline figures are stable within the tolerances.
 *
 *   batches [0, b), [b, 2b), … ─▶ simulate ─▶ merge (by run index) ─▶ monteCarloErrors per year
 *     ─▶ convergenceChecks ─▶ all within tolerance? stop : next batch (until maxRuns)
 *
 * The batch boundaries do not depend on timing or workers, and runs are seeded by their index, so the same seed,
 * batch and tolerances always stop at the same number of runs with the same numbers; and the runs kept are
 * exactly runs 0 … n − 1, so the summary equals that of `quansim run --runs n`.
 */
import { mergeAccumulatorSets, type AccumulatorSet } from '../engine/accumulators';
import type { Scenario } from '../scenario/model';
import type { Convergence } from '../stats/Summary';
import { convergenceChecks } from './convergenceChecks';
import { monteCarloErrors } from '../stats/monteCarloErrors';
import type { Simulator } from '../scheduler/Simulator';
import { DEFAULT_BATCH, DEFAULT_MAX_RUNS, DEFAULT_TOLERANCE, type Tolerance } from './Tolerance';

export interface ConvergenceOptions {
  tolerance?: Tolerance;
  batch?: number;
  maxRuns?: number;
  /** Called after each batch with the convergence so far. */
  onBatch?: (c: Convergence) => void;
}

/**
 * Runs `scenario` (its seed; its runs ignored) batch by batch until every headline figure is within tolerance.
 * @returns the accumulators of runs 0 … n − 1, the scenario with runs = n, and how it converged
 * @throws Error when batch or maxRuns are not positive whole numbers (callers validate)
 */
export async function runUntilStable(
  scenario: Scenario,
  simulate: Simulator,
  opts: ConvergenceOptions = {},
): Promise<{ acc: AccumulatorSet; scenario: Scenario; convergence: Convergence }> {
  const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;
  const batch = opts.batch ?? DEFAULT_BATCH;
  const maxRuns = opts.maxRuns ?? DEFAULT_MAX_RUNS;
  if (!(Number.isSafeInteger(batch) && batch > 0 && Number.isSafeInteger(maxRuns) && maxRuns > 0)) {
    throw new Error(`bad batch ${batch} or maximum ${maxRuns}`);
  }
  // Accumulators are sized for run indices below maxRuns; the summary reads only the runs added.
  const all: Scenario = { ...scenario, runs: maxRuns };
  let acc: AccumulatorSet | null = null;
  const history: Convergence['history'] = [];
  let convergence: Convergence | null = null;
  for (let from = 0; from < maxRuns; from += batch) {
    const to = Math.min(maxRuns, from + batch);
    const [part] = await simulate([{ scenario: all, from, to }]);
    acc = acc ? mergeAccumulatorSets([acc, part!]) : part!;
    const checks = convergenceChecks(acc.years.map((a) => monteCarloErrors(a)), tolerance);
    const outside = checks.filter((c) => c.status === 'outside').length;
    history.push({ runs: to, outside });
    convergence = { converged: outside === 0, runs: to, batch, maxRuns, tolerance: { ...tolerance }, checks, history: [...history] };
    opts.onBatch?.(convergence);
    if (outside === 0) break;
  }
  return { acc: acc!, scenario: { ...scenario, runs: convergence!.runs }, convergence: convergence! };
}
