import { resolve } from 'node:path';
import { withCliSimulator } from '../cliSimulator.node.js';
import { formatTarget } from '../../analysis/formatTarget';
import type { Axis } from '../../analysis/parseAxis';
import { formatVariableValue } from '../../analysis/parseRange';
import { runAutoCli } from '../runAutoCli.node.js';
import { pickScheme, type PickedScheme } from '../../analysis/pickScheme';
import { pickYear } from '../../analysis/pickYear';
import { SENSITIVITY_INPUTS, sensitivity } from '../../analysis/sensitivity';
import { solve } from '../../analysis/solve';
import { sweep } from '../../analysis/sweep';
import { UserErrors, userErrorsOf, type UserError } from '../../errors/UserError';
import type { Bilingual, Lang } from '../../i18n/Bilingual';
import { DEFAULT_BATCH, DEFAULT_MAX_RUNS } from '../../analysis/Tolerance';
import { cliWords } from '../../i18n/cliWords';
import { editMessages } from '../../i18n/editMessages';
import { messages } from '../../i18n/messages';
import { outputWords } from '../../i18n/outputWords';
import { writeOutFolder } from '../../output/outFolder';
import { perRunHeadlines } from '../../output/perRunHeadlines';
import type { ReportSubject } from '../../report/buildReport';
import type { ReportAnalyses } from '../../report/ReportAnalyses';
import { readSummaryFile } from '../../report/readSummaryFile';
import { analysisCommand, reproduceCommands, type AnalysisSettings } from '../../report/reproduceCommands';
import { writeReport } from '../../report/writeReport';
import type { Scenario } from '../../scenario/model';
import type { Accumulator } from '../../stats/Accumulator';
import type { Summary } from '../../stats/Summary';
import type { Io } from '../io';
import { maxMemoryFlag, parseLang, parseMaxMemory, parseOut, parsePositiveInt, defaultLang, parseWorkers } from '../options';
import { UsageError } from '../program';
import { addEditFlags, editFlagPairs, editsOf, hasEdits, type EditFlagValues } from '../editFlags';
import { loadWithEdits, loadWithSettings, runWithProgress, sourcesOf, type RunSettings } from '../runScenario';
import { commandDescription, type RegisterCommand } from './index';
import { parseRunsFlags } from './run';
import { parseSensitivityFlags, type SensitivityFlags } from './sensitivity';
import { parseSolveFlags, solveSetting, type SolveFlags } from './solve';
import { parseSweepAxes, sweepSetting } from './sweep';
import { cliHelp } from '../../i18n/cliHelp';

interface ReportFlags extends EditFlagValues {
  compare: string[];
  runs?: string;
  tolerance?: string;
  batch?: string;
  maxRuns?: string;
  seed?: string;
  workers?: string;
  maxMemory?: string;
  lang: string;
  out: string;
  sensitivity?: string | boolean;
  by?: string;
  inputs?: string;
  solve?: string;
  find?: string;
  range?: string;
  resolution?: string;
  sweep?: string[];
  x?: string;
  y?: string;
  scheme?: string;
  year?: string;
  analysisRuns?: string;
}

/** The move of `--sensitivity` given without a value, and its day when `--by` is absent (as `quansim sensitivity`). */
const DEFAULT_DELTA = '20%';
const DEFAULT_BY = '12-31';

/**
 * `quansim report <scenario.yaml | summary.json> [--compare <other> ...] --out DIR`: a report for a presentation
 * (src/report): headline sentences, the Monte Carlo precision of the headline figures, every chart as SVG and PNG,
 * the tables (also as CSV), the citations and assumptions, and the command that reproduces it, as report.md and one
 * self-contained report.html. A scenario is run (and its summary.json, with its sources, written beside the
 * report); a summary.json is reported as it is. Compared scenarios run on the baseline's seed and runs (common
 * random numbers), so differences are paired. `--runs auto` chooses the runs as `quansim run --runs auto` does.
 * `--sensitivity`, `--solve` and `--sweep` add the analyses of src/analysis on the baseline scenario, each read
 * with the flag parsing of its own command (`quansim sensitivity`, `solve`, `sweep`), so the answers are theirs.
 * Edits of the input (`--set`, `--pool`, `--cap`, `--ratio`, as `quansim run`) add the edited scenario, named
 * "(edited)" with its changes, as the first compared with the file as published, on the same seed and runs; the
 * report then leads with the paired differences of the edit. The analyses stay on the file as published.
 */
export const registerReport: RegisterCommand = (program, io, helpLang) => {
  addEditFlags(program
    .command('report'), helpLang)
    .description(commandDescription('report', helpLang))
    .argument('<input>', cliHelp.reportInputArg[helpLang])
    .option('--compare <other...>', cliHelp.compareWith[helpLang], [])
    .option('--runs <n>', cliHelp.runsOfReport[helpLang])
    .option('--tolerance <spec>', cliHelp.tolerance[helpLang])
    .option('--batch <n>', cliHelp.batch(String(DEFAULT_BATCH))[helpLang])
    .option('--max-runs <n>', cliHelp.maxRuns(String(DEFAULT_MAX_RUNS))[helpLang])
    .option('--seed <seed>', cliHelp.seedOfReport[helpLang])
    .option('--workers <k>', cliHelp.workers[helpLang])
    .option(...maxMemoryFlag(helpLang))
    .option('--lang <lang>', cliHelp.langOfReport[helpLang], defaultLang(io.env))
    .requiredOption('--out <dir>', cliHelp.outOfReport[helpLang])
    .option('--sensitivity [delta]', cliHelp.sensitivitySection(DEFAULT_DELTA)[helpLang])
    .option('--by <MM-DD>', cliHelp.bySection(DEFAULT_BY)[helpLang])
    .option('--inputs <list>', cliHelp.inputsSection[helpLang])
    .option('--solve <target>', cliHelp.solveSection[helpLang])
    .option('--find <variable>', cliHelp.findSection[helpLang])
    .option('--range <from..to>', cliHelp.rangeSection[helpLang])
    .option('--resolution <step>', cliHelp.resolutionSection[helpLang])
    .option('--sweep <axes...>', cliHelp.sweepSection[helpLang])
    .option('--x <axis>', cliHelp.xSection[helpLang])
    .option('--y <axis>', cliHelp.ySection[helpLang])
    .option('--scheme <id>', cliHelp.schemeOfAnalyses[helpLang])
    .option('--year <year>', cliHelp.yearOfAnalyses[helpLang])
    .option('--analysis-runs <n>', cliHelp.analysisRuns[helpLang])
    .action((input: string, flags: ReportFlags) => runReport(input, flags, io));
};

interface Loaded {
  file: string;
  scenario: Scenario | null;
  summary: Summary | null;
}

/** The analyses asked for, as read from the flags (before any scenario is loaded). */
interface AnalysisPlan {
  sensitivity?: SensitivityFlags & { deltaText: string; byText: string };
  solve?: SolveFlags & { text: string; rangeText?: string; resolutionText?: string };
  sweep?: { x: Axis; y: Axis; texts: [string, string]; flags: 'sweep' | 'xy' };
}

/**
 * Runs (or reads) each compared scenario in turn, the first with `--runs auto` when asked and the others on the
 * runs it ends with; returns the report's subjects and the first scenario's accumulators, or null when cancelled.
 */
async function runSubjects(
  loaded: Loaded[], runsFlags: ReturnType<typeof parseRunsFlags>,
  ctx: { workers: number | undefined; lang: Lang; io: Io; say: (text: Bilingual) => void },
): Promise<{ subjects: ReportSubject[]; years: readonly Accumulator[] | null } | null> {
  const { workers, lang, io, say } = ctx;
  const subjects: ReportSubject[] = [];
  let years: readonly Accumulator[] | null = null;
  for (const [k, l] of loaded.entries()) {
    if (l.summary) {
      subjects.push({ summary: l.summary, perRun: null, origin: 'summary', file: l.file });
      continue;
    }
    const auto = k === 0 && runsFlags.auto ? runsFlags : null;
    const runs = k === 0 ? l.scenario!.runs : subjects[0]!.summary.runs;
    const scenario: Scenario = { ...l.scenario!, runs };
    const name = `${scenario.id}${scenario.changes?.length ? outputWords.edited[lang] : ''}`;
    let result: Awaited<ReturnType<typeof runWithProgress>> | null;
    if (auto) {
      say(cliWords.reportRunningAuto(name, String(auto.batch), String(auto.maxRuns), scenario.seed));
      result = await runAutoCli(scenario, io, { workers, lang, tolerance: auto.tolerance, batch: auto.batch, maxRuns: auto.maxRuns });
      if (!result) return null; // cancelled
    } else {
      say(cliWords.reportRunning(name, String(scenario.runs), scenario.seed));
      result = await runWithProgress(scenario, io, workers, lang);
    }
    if (k === 0) years = result.acc.years;
    subjects.push({
      summary: { ...result.summary, sources: sourcesOf(scenario, io) },
      perRun: perRunHeadlines(result.acc.years),
      origin: 'run',
      file: l.file,
    });
  }
  return { subjects, years };
}

async function runReport(input: string, flags: ReportFlags, io: Io): Promise<void> {
  const lang = parseLang(flags.lang);
  const runsFlags = parseRunsFlags(flags, lang);
  const workers = parseWorkers(flags.workers, io, lang);
  const plan = analysisPlan(flags, lang);
  const analysisRuns = parsePositiveInt('--analysis-runs', flags.analysisRuns);
  const out = parseOut(flags.out, io.cwd)!;
  const memory = { workers, maxMemoryMb: parseMaxMemory(flags.maxMemory) };
  const say = (text: Bilingual) => io.err(`quansim report: ${text[lang]}\n`);

  const base = load(input, io, { runs: runsFlags.auto ? undefined : runsFlags.runs, seed: flags.seed, ...memory });
  if (base.summary) {
    checkSetting('--runs', flags.runs, String(base.summary.runs), lang);
    checkSetting('--seed', flags.seed, base.summary.seed, lang);
    const asked = [plan.sensitivity && '--sensitivity', plan.solve && '--solve', plan.sweep && (plan.sweep.flags === 'sweep' ? '--sweep' : '--x/--y')];
    if (plan.sensitivity || plan.solve || plan.sweep) throw new UsageError(messages.reportAnalysisOfSummary(asked.filter((x): x is string => !!x))[lang]);
  }
  const seed = base.summary ? base.summary.seed : base.scenario!.seed;
  // Edits compare the edited scenario with the file as published: it is the first scenario compared with it.
  if (hasEdits(flags) && base.summary) throw new UsageError(editMessages.reportOfSummary()[lang]);
  const edited = base.scenario && hasEdits(flags)
    ? loadWithEdits(input, io, { seed, ...memory }, (b) => editsOf(flags, b, lang))
    : null;
  // Every compared scenario is loaded (and checked) before anything runs, so a typo fails at once; it runs on the
  // baseline's seed and on the runs the baseline ends with.
  const others = [
    ...(edited?.baseline ? [{ file: input, scenario: edited.scenario, summary: null }] : []),
    ...gatherErrors(flags.compare.map((f) => () => load(f, io, { seed, ...memory }))),
  ];
  // The analyses' scheme, year and range are checked before anything runs too.
  const settings = base.scenario ? analysisSettings(base.scenario, plan, flags) : {};

  const ran = await runSubjects([base, ...others], runsFlags, { workers, lang, io, say });
  if (!ran) return; // cancelled (exit code 130)
  const { subjects, years } = ran;
  const baseSummary = subjects[0]!.summary;

  let analyses: ReportAnalyses = {};
  if (base.scenario && (plan.sensitivity || plan.solve || plan.sweep)) {
    const done = await runAnalyses(base.scenario, plan, settings, {
      input, seed, runs: analysisRuns ?? baseSummary.runs, workers, lang, io, say,
    });
    if (!done) return; // cancelled (exit code 130)
    analyses = done;
  }

  const commands = reproduceCommands({
    input,
    compare: flags.compare,
    inputIsScenario: base.scenario !== null,
    out: flags.out,
    lang,
    runs: baseSummary.runs,
    seed,
    ...(runsFlags.auto ? { auto: { tolerance: flags.tolerance, batch: flags.batch, maxRuns: flags.maxRuns } } : {}),
    options: reportOptions(flags, plan),
    scenarioFiles: subjects.map((s) => (s.origin === 'run' ? s.file : s.summary.scenario.file)),
    ...(edited?.baseline ? { edits: editFlagPairs(flags) } : {}),
  });
  const written = await writeOutFolder(out.dir, out.shown, (dir) => writeReport(dir, { subjects, lang, reportCommand: commands.report, runCommand: commands.run, analyses }, years, (what, n) => {
    if (what === 'charts') say(cliWords.reportDrawing(String(n)));
  }));
  say(cliWords.reportWrote(flags.out, String(written.length - 2)));
  const s = analyses.solve?.result;
  if (s?.status === 'none') {
    const range = `${formatVariableValue(s.variable, s.range[0], lang)} – ${formatVariableValue(s.variable, s.range[1], lang)}`;
    io.err(`quansim report: ${messages.reportSolveUnmet(formatTarget(s.target, lang), range)[lang]}\n`);
  }
}

/**
 * Reads the analysis flags with the parsing of their own commands; a flag of an analysis not asked for, or a sweep
 * given both ways, is a usage error.
 */
function analysisPlan(flags: ReportFlags, lang: Lang): AnalysisPlan {
  const without = (flag: string, needs: string) => new UsageError(messages.reportFlagWithout(flag, needs)[lang]);
  const plan: AnalysisPlan = {};
  if (flags.sensitivity !== undefined) {
    const delta = flags.sensitivity === true ? DEFAULT_DELTA : String(flags.sensitivity);
    const by = flags.by ?? DEFAULT_BY;
    plan.sensitivity = { ...parseSensitivityFlags({ delta, by, inputs: flags.inputs }, lang, '--sensitivity'), deltaText: delta, byText: by };
  } else {
    if (flags.by !== undefined) throw without('--by', '--sensitivity');
    if (flags.inputs !== undefined) throw without('--inputs', '--sensitivity');
  }
  if (flags.solve !== undefined) {
    if (flags.find === undefined) throw without('--solve', '--find pool|cap|ratio');
    plan.solve = { ...parseSolveFlags({ find: flags.find, target: flags.solve, range: flags.range, resolution: flags.resolution }, lang, '--solve'),
      text: flags.solve,
      rangeText: flags.range,
      resolutionText: flags.resolution,
    };
  } else {
    for (const f of ['find', 'range', 'resolution'] as const) if (flags[f] !== undefined) throw without(`--${f}`, '--solve');
  }
  if (flags.sweep !== undefined) {
    if (flags.x !== undefined || flags.y !== undefined) throw new UsageError(messages.reportSweepTwice()[lang]);
    if (flags.sweep.length !== 2) throw new UsageError(messages.reportSweepAxes(flags.sweep.length)[lang]);
    const [x, y] = flags.sweep as [string, string];
    plan.sweep = { ...parseSweepAxes(x, y, lang, ['--sweep', '--sweep']), texts: [x, y], flags: 'sweep' };
  } else if (flags.x !== undefined || flags.y !== undefined) {
    if (flags.x === undefined) throw without('--y', '--x');
    if (flags.y === undefined) throw without('--x', '--y');
    plan.sweep = { ...parseSweepAxes(flags.x, flags.y, lang), texts: [flags.x, flags.y], flags: 'xy' };
  }
  if (!plan.sensitivity && !plan.solve && !plan.sweep) {
    const any = '--sensitivity, --solve, --sweep';
    if (flags.scheme !== undefined) throw without('--scheme', any);
    if (flags.year !== undefined) throw without('--year', any);
    if (flags.analysisRuns !== undefined) throw without('--analysis-runs', any);
  }
  return plan;
}

/** What each analysis reads in the scenario: the year, the scheme, and for a goal seek the range. */
interface AnalysisSettingsOf {
  sensitivity?: { year: number; scheme: PickedScheme };
  solve?: { year: number; scheme: PickedScheme; range: [number, number] };
  sweep?: { year: number; scheme: PickedScheme };
}

/** @throws UserError on an unknown year or scheme (exit 1), as the analysis commands */
function analysisSettings(scenario: Scenario, plan: AnalysisPlan, flags: ReportFlags): AnalysisSettingsOf {
  const out: AnalysisSettingsOf = {};
  // As `quansim sensitivity` chooses: the year given or the first, the scheme given or the first with a pool.
  if (plan.sensitivity) {
    const year = pickYear(scenario, flags.year);
    out.sensitivity = { year, scheme: pickScheme(scenario, year, flags.scheme) };
  }
  if (plan.solve) out.solve = solveSetting(scenario, plan.solve, flags);
  if (plan.sweep) out.sweep = sweepSetting(scenario, plan.sweep, flags);
  return out;
}

/**
 * Runs the analyses asked for on one worker-thread simulator, each on runs [0, runs) of the scenario's seed.
 * @returns null when cancelled with Ctrl-C
 */
async function runAnalyses(
  scenario: Scenario,
  plan: AnalysisPlan,
  settings: AnalysisSettingsOf,
  c: { input: string; seed: string; runs: number; workers: number | undefined; lang: Lang; io: Io; say: (text: Bilingual) => void },
): Promise<ReportAnalyses | null> {
  const out: ReportAnalyses = {};
  let finished = false;
  const common = (year: number, scheme: PickedScheme): AnalysisSettings => ({ scenario: c.input, scheme: scheme.id, year, runs: c.runs, seed: c.seed, lang: c.lang });
  await withCliSimulator(c.io, c.workers, c.lang, async (sim) => {
    if (plan.sensitivity && settings.sensitivity) {
      const p = plan.sensitivity;
      const { year, scheme } = settings.sensitivity;
      const variants = (p.inputs?.length ?? Object.keys(SENSITIVITY_INPUTS).length) * 2 + 1;
      c.say(cliWords.sensitivityStart(String(variants), String(c.runs)));
      sim.label(`${scenario.id} ±${p.deltaBp / 100}%`);
      const result = await sensitivity(scenario, { deltaBp: p.deltaBp, runs: c.runs, scheme, year, by: p.by, inputs: p.inputs }, sim.simulate);
      out.sensitivity = {
        result,
        command: analysisCommand('sensitivity', [['--delta', p.deltaText], ['--by', p.byText], ['--inputs', p.inputs?.join(',')]], common(year, scheme)),
      };
    }
    if (plan.solve && settings.solve) {
      const p = plan.solve;
      const { year, scheme, range } = settings.solve;
      c.say(cliWords.goalSeekStart({ zh: formatTarget(p.target, 'zh'), en: formatTarget(p.target, 'en') }, String(c.runs)));
      sim.label(`${scenario.id} ${p.variable}`);
      const result = await solve(scenario, { variable: p.variable, target: p.target, scheme, year, range, resolution: p.resolution, runs: c.runs }, sim.simulate);
      const options: Array<[string, string | undefined]> = [['--find', p.variable], ['--target', p.text], ['--range', p.rangeText], ['--resolution', p.resolutionText]];
      out.solve = { result, command: analysisCommand('solve', options, common(year, scheme)) };
    }
    if (plan.sweep && settings.sweep) {
      const p = plan.sweep;
      const { year, scheme } = settings.sweep;
      c.say(cliWords.sweepStart(String(p.x.values.length), String(p.y.values.length), String(c.runs)));
      sim.label(`${scenario.id} ${p.x.variable}×${p.y.variable}`);
      const result = await sweep(scenario, { x: p.x, y: p.y, scheme, year, runs: c.runs }, sim.simulate);
      out.sweep = { result, command: analysisCommand('sweep', [['--x', p.texts[0]], ['--y', p.texts[1]]], common(year, scheme)) };
    }
    finished = true;
  });
  return finished ? out : null;
}

/** The analysis options of the report command as given, so the command that makes the report again has them. */
function reportOptions(flags: ReportFlags, plan: AnalysisPlan): string[][] {
  const out: string[][] = [];
  const add = (flag: string, value: string | undefined) => {
    if (value !== undefined) out.push([flag, value]);
  };
  if (plan.sensitivity) {
    out.push(flags.sensitivity === true ? ['--sensitivity'] : ['--sensitivity', plan.sensitivity.deltaText]);
    add('--by', flags.by);
    add('--inputs', flags.inputs);
  }
  if (plan.solve) {
    add('--solve', plan.solve.text);
    add('--find', flags.find);
    add('--range', flags.range);
    add('--resolution', flags.resolution);
  }
  if (plan.sweep) {
    if (plan.sweep.flags === 'sweep') out.push(['--sweep', ...plan.sweep.texts]);
    else out.push(['--x', plan.sweep.texts[0]], ['--y', plan.sweep.texts[1]]);
  }
  add('--scheme', flags.scheme);
  add('--year', flags.year);
  add('--analysis-runs', flags.analysisRuns);
  return out;
}

/** A scenario file (loaded with the settings) or a summary.json (read as it is), told apart by the name. */
function load(file: string, io: Io, settings: RunSettings): Loaded {
  if (/\.json$/i.test(file)) return { file, scenario: null, summary: readSummaryFile(resolve(io.cwd, file), file) };
  return { file, scenario: loadWithSettings(file, io, settings), summary: null };
}

/** A summary.json is reported as it is: --runs or --seed that differ from it are a usage error. */
function checkSetting(flag: string, given: string | undefined, inFile: string, lang: Lang): void {
  if (given !== undefined && given !== inFile) throw new UsageError(messages.reportSettingOfSummary(flag, given, inFile)[lang]);
}

/** Runs every step; the user errors of all of them are thrown together. */
function gatherErrors<T>(steps: ReadonlyArray<() => T>): T[] {
  const out: T[] = [];
  const errors: UserError[] = [];
  for (const step of steps) {
    try {
      out.push(step());
    } catch (e) {
      const found = userErrorsOf(e);
      if (!found) throw e;
      errors.push(...found);
    }
  }
  if (errors.length) throw new UserErrors(errors);
  return out;
}
