/**
 * What `run` and `compare` share: load a scenario with the command's overrides, simulate with a progress bar,
 * cancel on Ctrl-C, and summarise.
 */
import { simulate, SimulationCancelled } from '../engine/node/simulate';
import type { AccumulatorSet } from '../engine/accumulators';
import type { Scenario } from '../scenario/model';
import { loadScenarioFile } from '../scenario/loadScenarioFile';
import { summarize } from '../stats/summarize';
import type { Summary } from '../stats/Summary';
import type { Io } from './io';
import { progressBar } from './progressBar';

export interface RunSettings {
  runs?: number;
  seed?: string;
  workers?: number;
}

/** Loads `file` (relative to io.cwd) and applies --runs and --seed. */
export function loadWithSettings(file: string, io: Io, settings: RunSettings): Scenario {
  const s = loadScenarioFile(file, io.cwd);
  return { ...s, runs: settings.runs ?? s.runs, seed: settings.seed ?? s.seed };
}

/** Simulates with a progress bar; Ctrl-C cancels (exit code 130). */
export async function runWithProgress(scenario: Scenario, io: Io, workers: number | undefined): Promise<{ summary: Summary; acc: AccumulatorSet }> {
  const bar = progressBar(io, scenario.id);
  const abort = new AbortController();
  const onSigint = (): void => abort.abort();
  process.once('SIGINT', onSigint);
  try {
    const acc = await simulate(scenario, { workers, onProgress: bar.update, signal: abort.signal });
    return { summary: summarize(scenario, acc.years), acc };
  } catch (e) {
    if (e instanceof SimulationCancelled) {
      io.err('quansim: cancelled\n');
      process.exitCode = 130;
    }
    throw e;
  } finally {
    bar.stop();
    process.removeListener('SIGINT', onSigint);
  }
}
