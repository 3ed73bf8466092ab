import { tierCaps } from '../../scenario/tierCaps';
import { asUsage } from '../cliSimulator.node.js';
import { formatPrecision } from '../../analysis/formatPrecision';
import { parseTolerance } from '../../analysis/parseTolerance';
import { runAutoCli } from '../runAutoCli.node.js';
import { DEFAULT_BATCH, DEFAULT_MAX_RUNS, DEFAULT_TOLERANCE, type Tolerance } from '../../analysis/Tolerance';
import { formatSummaryText } from '../../output/formatSummaryText';
import { perRunCsvParts } from '../../output/perRunCsv';
import { summaryJson } from '../../output/summaryJson';
import { writeOutFolder } from '../../output/outFolder';
import { OUTPUT_FORMATS, writeOutputs } from '../../output/writeOutputs';
import type { Lang } from '../../i18n/Bilingual';
import { cliWords } from '../../i18n/cliWords';
import { DEFAULT_SCENARIO_NAME } from '../../scenario/libraryScenarios.node.js';
import { maxMemoryFlag, jsonFlag, parseFormat, parseLang, parseMaxMemory, parseOut, parsePositiveInt, defaultLang, parseWorkers } from '../options';
import { UsageError } from '../program';
import { addEditFlags, editsOf, type EditFlagValues } from '../editFlags';
import { loadWithEdits, runWithProgress } from '../runScenario';
import { editedRunText } from '../../output/editedRunText';
import { perRunHeadlines } from '../../output/perRunHeadlines';
import { commandDescription, type RegisterCommand } from './index';
import { cliHelp } from '../../i18n/cliHelp';

const FORMATS = ['text', 'json', 'csv'] as const;

/**
 * `quansim run [scenario]`: Monte Carlo runs of a scenario (the built-in default when none is given). Prints a
 * readable report (text), summary.json (json) or the per-run totals (csv); `--out DIR` also writes every output:
 * summary.json and its JSON Schema, the CSVs, the text report in both languages, the charts as SVG and Vega-Lite.
 * The same scenario and seed give a byte-identical summary.json whatever --workers is. `--runs auto` adds batches of runs until the headline figures are stable within
 * `--tolerance` (src/analysis/runUntilStable); the text report ends with the Monte Carlo precision of the figures.
 * Edits (`--set`, `--pool`, `--cap`, `--ratio`, src/cli/editFlags) run the scenario as the page's form would edit it,
 * named "<title> (edited)" with its list of changes (also in summary.json); the text report then leads with the
 * changes and the paired differences against the unedited scenario run on the same seed and runs.
 */
export const registerRun: RegisterCommand = (program, io, helpLang) => {
  addEditFlags(program
    .command('run'), helpLang)
    .description(commandDescription('run', helpLang))
    .argument('[scenario]', cliHelp.scenarioArg[helpLang], DEFAULT_SCENARIO_NAME)
    .option('--runs <n>', cliHelp.runsOrAuto[helpLang])
    .option('--tolerance <spec>', cliHelp.tolerance[helpLang])
    .option('--batch <n>', cliHelp.batch(String(DEFAULT_BATCH))[helpLang])
    .option('--max-runs <n>', cliHelp.maxRuns(String(DEFAULT_MAX_RUNS))[helpLang])
    .option('--seed <seed>', cliHelp.seed[helpLang])
    .option('--workers <k>', cliHelp.workers[helpLang])
    .option(...maxMemoryFlag(helpLang))
    .option('--out <dir>', cliHelp.outOfRun[helpLang])
    .option('--format <format>', cliHelp.formatOfRun[helpLang], 'text')
    .option(...jsonFlag(helpLang))
    .option('--lang <lang>', cliHelp.lang[helpLang], defaultLang(io.env))
    .action(async (file: string, opts: EditFlagValues & {
      runs?: string; tolerance?: string; batch?: string; maxRuns?: string; seed?: string; workers?: string; maxMemory?: string; out?: string; format: string; json?: boolean; lang: string;
    }) => {
      const lang = parseLang(opts.lang);
      const format = parseFormat(opts.format, FORMATS, opts.json === true);
      const runsFlag = parseRunsFlags(opts, lang);
      const workers = parseWorkers(opts.workers, io, lang);
      const out = parseOut(opts.out, io.cwd);
      const { scenario, baseline } = loadWithEdits(
        file, io, { runs: runsFlag.auto ? undefined : runsFlag.runs, seed: opts.seed, workers, maxMemoryMb: parseMaxMemory(opts.maxMemory) },
        (base) => editsOf(opts, base, lang),
      );
      const result = runsFlag.auto
        ? await runAutoCli(scenario, io, { workers, lang, tolerance: runsFlag.tolerance, batch: runsFlag.batch, maxRuns: runsFlag.maxRuns })
        : await runWithProgress(scenario, io, workers, lang);
      if (!result) return;
      const { summary, acc } = result;
      // An edited run leads with its changes and the paired differences against the file as published, run on the
      // same seed and the same runs (those --runs auto chose too).
      let lead = '';
      if (baseline && format === 'text') {
        const b = await runWithProgress({ ...baseline, runs: summary.runs }, io, workers, lang);
        lead = editedRunText({ summary, perRun: perRunHeadlines(acc.years) }, { summary: b.summary, perRun: perRunHeadlines(b.acc.years) }, lang);
      }
      const json = summaryJson(summary);
      if (out) {
        const written = await writeOutFolder(out.dir, out.shown, (tmp) => writeOutputs(tmp, summary, acc.years, OUTPUT_FORMATS, scenario));
        io.err(`${cliWords.wroteFilesTo(String(written.length), out.shown)[lang]}\n`);
      }
      if (format === 'json') io.out(json);
      else if (format === 'csv') for (const part of perRunCsvParts(acc.years)) io.out(part);
      else io.out(lead + formatSummaryText(summary, lang, scenario.rules.options, (year) => tierCaps(scenario, year)) + formatPrecision(summary, lang));
    });
};

/** `--runs n` (or the scenario's when absent), or `--runs auto` with its tolerances, batch and limit. */
export type RunsFlags =
  | { auto: false; runs: number | undefined }
  | { auto: true; tolerance: Tolerance; batch: number; maxRuns: number };

/**
 * Reads `--runs` and, with `--runs auto`, `--tolerance`, `--batch` and `--max-runs` (shared with `quansim report`, so
 * both stop at the same number of runs).
 * @throws UsageError on a value it cannot read, or tolerance options without `--runs auto`
 */
export function parseRunsFlags(opts: { runs?: string; tolerance?: string; batch?: string; maxRuns?: string }, lang: Lang): RunsFlags {
  if (opts.runs !== 'auto') {
    if ((opts.tolerance ?? opts.batch ?? opts.maxRuns) !== undefined) throw new UsageError(cliWords.toleranceWithoutAuto[lang]);
    return { auto: false, runs: parsePositiveInt('--runs', opts.runs) };
  }
  return {
    auto: true,
    tolerance: opts.tolerance === undefined ? DEFAULT_TOLERANCE : asUsage(() => parseTolerance(opts.tolerance!), lang, '--tolerance'),
    batch: parsePositiveInt('--batch', opts.batch) ?? DEFAULT_BATCH,
    maxRuns: parsePositiveInt('--max-runs', opts.maxRuns) ?? DEFAULT_MAX_RUNS,
  };
}
