/**
 * What `run` and `compare` share: load a scenario with the command's overrides, simulate with a progress bar,
 * cancel on Ctrl-C, and summarise.
 */
import { cores, nodeScheduler } from '../scheduler/node/nodeWorkers';
import { simulateRuns } from '../scheduler/schedulerSimulator';
import type { AccumulatorSet } from '../engine/accumulators';
import type { Scenario } from '../scenario/model';
import { loadEditedScenarioFile, loadScenarioFile } from '../scenario/loadScenarioFile';
import { scenarioPath } from '../scenario/libraryScenarios.node.js';
import { editedScenario } from '../scenario/scenarioChanges';
import type { ScenarioEdit } from '../scenario/scenarioEdits';
import { summarize } from '../stats/summarize';
import type { Summary } from '../stats/Summary';
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_MEMORY_MB, estimateMemory } from '../scenario/estimateMemory';
import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import type { Lang } from '../i18n/Bilingual';
import { resolve } from 'node:path';
import { populationNote } from '../report/populationNote';
import { reportSources } from '../report/reportSources';
import { onInterrupt } from './interrupt';
import type { Io } from './io';
import { progressBar } from './progressBar';

export interface RunSettings {
  runs?: number;
  seed?: string;
  workers?: number;
  /** --max-memory, in MB (default DEFAULT_MAX_MEMORY_MB). */
  maxMemoryMb?: number;
}

/**
 * Loads `file` (relative to io.cwd, or a library scenario by name), applies --runs and --seed, and checks that the memory the simulation will
 * need (estimateMemory) is within --max-memory.
 * @throws UserError when the estimate is above the limit
 */
export function loadWithSettings(file: string, io: Io, settings: RunSettings): Scenario {
  const loaded = loadScenarioFile(scenarioPath(file, io.cwd), io.cwd);
  const s = { ...loaded, runs: settings.runs ?? loaded.runs, seed: settings.seed ?? loaded.seed };
  checkMemory(s, settings.workers, settings.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB);
  return s;
}

/** A scenario to run and, when edits changed it, the unedited scenario it is compared with (same runs and seed). */
export interface EditedLoad {
  scenario: Scenario;
  /** The file as published, when the edits change something; null otherwise. */
  baseline: Scenario | null;
}

/**
 * Loads `file` as loadWithSettings does and, when `edits` (from --set/--pool/--cap/--ratio, src/cli/editFlags) are
 * given, the same file with the edits, named and described by what they change (editedScenario): "<title> (edited)",
 * with its list of changes. Edits that change nothing leave the scenario as it is (no baseline).
 * @param editsOf the edits, read against the unedited scenario (its schemes and fields)
 * @throws UserError when either scenario's estimated memory is above the limit
 */
export function loadWithEdits(file: string, io: Io, settings: RunSettings, editsOf: (base: Scenario) => ScenarioEdit[]): EditedLoad {
  const base = loadWithSettings(file, io, settings);
  const edits = editsOf(base);
  if (edits.length === 0) return { scenario: base, baseline: null };
  const loaded = loadEditedScenarioFile(scenarioPath(file, io.cwd), edits, io.cwd);
  const edited = editedScenario(base, { ...loaded, runs: base.runs, seed: base.seed });
  if ((edited.changes?.length ?? 0) === 0) return { scenario: base, baseline: null };
  checkMemory(edited, settings.workers, settings.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB);
  return { scenario: edited, baseline: base };
}

/**
 * Refuses a scenario whose estimated memory (src/scenario/estimateMemory.ts) is above `limitMb`.
 * @param workers the --workers given (default: the cores, at most the runs)
 * @throws UserError naming the estimate, what it comes from and the flag that raises the limit
 */
export function checkMemory(scenario: Scenario, workers: number | undefined, limitMb: number): void {
  const w = Math.max(1, Math.min(workers ?? cores(), scenario.runs));
  const e = estimateMemory(scenario, w);
  const mb = Math.ceil(e.totalBytes / 1024 / 1024);
  if (mb > limitMb) {
    throw new UserError('memory.limit', messages.memoryAboveLimit({
      mb, limitMb, applications: Math.round(e.applications), firms: Math.round(e.firms), workers: w, runs: scenario.runs,
      perWorkerMb: Math.ceil(e.perWorkerBytes / 1024 / 1024), rowsMb: Math.ceil(e.rowBytes / 1024 / 1024),
    }), { file: scenario.source.file });
  }
}

/**
 * Simulates with a progress bar. Ctrl-C cancels: the workers stop (or the in-thread runs, within a slice) and
 * SimulationCancelled goes up to runCli, which prints one line and exits 130.
 */
export async function runWithProgress(
  scenario: Scenario, io: Io, workers: number | undefined, lang: Lang,
): Promise<{ summary: Summary; acc: AccumulatorSet }> {
  const bar = progressBar(io, scenario.id, lang);
  const abort = new AbortController();
  const offInterrupt = onInterrupt(() => abort.abort());
  const scheduler = nodeScheduler(Math.min(workers ?? cores(), scenario.runs), io.spawnWorker ? { spawn: io.spawnWorker } : {});
  try {
    const acc = await simulateRuns(scheduler, scenario, { onProgress: bar.update, signal: abort.signal });
    return { summary: { ...summarize(scenario, acc.years), sources: sourcesOf(scenario, io) }, acc };
  } finally {
    scheduler.terminate();
    bar.stop();
    offInterrupt();
  }
}


/**
 * The citations and assumptions of a scenario for its summary.json (every policy number with its clause, the options,
 * the population file's opening note), so that a summary read later — by `quansim report` — can cite them.
 */
export function sourcesOf(scenario: Scenario, io: Io): Summary['sources'] {
  return reportSources(scenario, populationNoteOf(scenario, io));
}

/** The opening note of the scenario's population file; null when the population is inline or the file is gone. */
function populationNoteOf(scenario: Scenario, io: Io): string | null {
  const file = scenario.source.population;
  if (file === null) return null;
  try {
    return populationNote(readFileSync(resolve(io.cwd, file), 'utf8'));
  } catch {
    return null; // it was read a moment ago to load the scenario; a file removed since has no note to cite
  }
}
