/**
 * quansim for Node ('quansim/node'): everything in 'quansim', plus what needs Node: `simulate` and `simulateEach` on
 * worker threads, and `loadScenario` from a file or by the name of a library scenario.
 *
 *   import { loadScenario, simulate } from 'quansim/node';
 *   const summary = await simulate(loadScenario('hangzhou-2024'), { runs: 2000, seed: '2024' });
 *   console.log(summary.years[0].schemes[0].exhaustion.probabilityByYearEnd);
 */
import { cores, nodeScheduler } from './scheduler/node/nodeWorkers';
import { loadScenarioFile } from './scenario/loadScenarioFile';
import { scenarioPath } from './scenario/libraryScenarios.node.js';
import type { Scenario } from './scenario/model';
import { simulateEachOn, type Simulation, type SimulateOptions } from './simulate';
import type { Summary } from './stats/Summary';

export * from './index';
export { libraryScenarioNames, DEFAULT_SCENARIO_NAME } from './scenario/libraryScenarios.node.js';
export { loadScenarioFile } from './scenario/loadScenarioFile';

/**
 * Simulates `scenario` on worker threads (`workers`: default all cores; 1 runs in this thread, in slices that leave
 * the event loop free) and summarizes its runs: the same numbers as `quansim run` and the page.
 * @throws SimulationCancelled when the signal aborts; WorkerFailure when a worker fails (naming its runs)
 */
export async function simulate(scenario: Scenario, opts: SimulateOptions = {}): Promise<Summary> {
  return (await simulateEach([scenario], opts))[0]!.summary;
}

/** `simulate` for several scenarios in one queue, with their per-run accumulators (see 'quansim'). */
export async function simulateEach(scenarios: readonly Scenario[], opts: SimulateOptions = {}): Promise<Simulation[]> {
  return simulateEachOn((runs) => nodeScheduler(Math.max(1, Math.min(opts.workers ?? cores(), runs))), scenarios, opts);
}

/**
 * A scenario from a YAML file or by the name of a library scenario (`hangzhou-2024`; see libraryScenarioNames).
 * @param cwd what a relative path is relative to (default: the current folder)
 * @throws UserError when the file cannot be read; UserErrors naming file, line and field for its problems
 */
export function loadScenario(fileOrName: string, cwd: string = process.cwd()): Scenario {
  return loadScenarioFile(scenarioPath(fileOrName, cwd), cwd);
}
