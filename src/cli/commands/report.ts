import { resolve } from 'node:path';
import { UserErrors, userErrorsOf, type UserError } from '../../errors/UserError';
import type { Lang } from '../../i18n/Bilingual';
import { messages } from '../../i18n/messages';
import { perRunHeadlines } from '../../output/perRunHeadlines';
import type { ReportSubject } from '../../report/buildReport';
import { readSummaryFile } from '../../report/readSummaryFile';
import { reproduceCommands } from '../../report/reproduceCommands';
import { writeReport } from '../../report/writeReport';
import type { Scenario } from '../../scenario/model';
import type { Accumulator } from '../../stats/Accumulator';
import type { Summary } from '../../stats/Summary';
import type { Io } from '../io';
import { parseLang, parsePositiveInt } from '../options';
import { UsageError } from '../program';
import { loadWithSettings, runWithProgress, sourcesOf } from '../runScenario';
import type { RegisterCommand } from './index';

interface ReportFlags {
  compare: string[];
  runs?: string;
  seed?: string;
  workers?: string;
  lang: string;
  out: string;
}

/**
 * `quansim report <scenario.yaml | summary.json> [--compare <other> ...] --out DIR`: a report for a presentation
 * (src/report): headline sentences, every chart as SVG and PNG, the tables (also as CSV), the citations and
 * assumptions, and the command that reproduces it, as report.md and one self-contained report.html. A scenario is
 * run (and its summary.json, with its sources, written beside the report); a summary.json is reported as it is.
 * Compared scenarios run on the baseline's seed and runs (common random numbers), so differences are paired.
 */
export const registerReport: RegisterCommand = (program, io) => {
  program
    .command('report')
    .description('write a presentation report (Markdown, self-contained HTML, SVG/PNG charts, CSV tables, citations) of a scenario or a summary.json')
    .argument('<input>', 'a scenario YAML file (run now) or a summary.json (reported without re-running)')
    .option('--compare <other...>', 'scenarios (or summary.json files) to compare with the input, on the same seed and runs', [])
    .option('--runs <n>', 'runs (default: the scenario\'s; a summary.json has its own)')
    .option('--seed <seed>', 'seed (default: the scenario\'s; a summary.json has its own)')
    .option('--workers <k>', 'worker threads (default: all cores); results do not depend on it')
    .option('--lang <lang>', 'language of the report: zh or en', 'en')
    .requiredOption('--out <dir>', 'folder to write the report into (created if missing)')
    .action((input: string, flags: ReportFlags) => runReport(input, flags, io));
};

interface Loaded {
  file: string;
  scenario: Scenario | null;
  summary: Summary | null;
}

async function runReport(input: string, flags: ReportFlags, io: Io): Promise<void> {
  const lang = parseLang(flags.lang);
  const runs = parsePositiveInt('--runs', flags.runs);
  const workers = parsePositiveInt('--workers', flags.workers, 256);
  const say = (zh: string, en: string) => io.err(`quansim report: ${lang === 'zh' ? zh : en}\n`);

  const base = load(input, io, { runs, seed: flags.seed });
  if (base.summary) {
    checkSetting('--runs', flags.runs, String(base.summary.runs), lang);
    checkSetting('--seed', flags.seed, base.summary.seed, lang);
  }
  const settings = base.summary ? { runs: base.summary.runs, seed: base.summary.seed } : { runs: base.scenario!.runs, seed: base.scenario!.seed };
  // Every compared scenario is loaded (and checked) before anything runs, so a typo fails at once.
  const others = gatherErrors(flags.compare.map((f) => () => load(f, io, settings)));

  const subjects: ReportSubject[] = [];
  let years: readonly Accumulator[] | null = null;
  for (const [k, l] of [base, ...others].entries()) {
    if (l.summary) {
      subjects.push({ summary: l.summary, perRun: null, origin: 'summary', file: l.file });
      continue;
    }
    const scenario = l.scenario!;
    say(`运行 ${scenario.id}（${scenario.runs} 次，种子 ${scenario.seed}）`, `running ${scenario.id} (${scenario.runs} runs, seed ${scenario.seed})`);
    const { summary, acc } = await runWithProgress(scenario, io, workers);
    if (k === 0) years = acc.years;
    subjects.push({
      summary: { ...summary, sources: sourcesOf(scenario, io) },
      perRun: perRunHeadlines(acc.years),
      origin: 'run',
      file: l.file,
    });
  }

  const commands = reproduceCommands({
    input,
    compare: flags.compare,
    inputIsScenario: base.scenario !== null,
    out: flags.out,
    lang,
    runs: settings.runs,
    seed: settings.seed,
    scenarioFiles: subjects.map((s) => (s.origin === 'run' ? s.file : s.summary.scenario.file)),
  });
  const dir = resolve(io.cwd, flags.out);
  const written = await writeReport(dir, { subjects, lang, reportCommand: commands.report, runCommand: commands.run }, years, (what, n) => {
    if (what === 'charts') say(`绘制 ${n} 张图（SVG 与 PNG）`, `drawing ${n} charts (SVG and PNG)`);
  });
  say(`已写入 ${flags.out}/report.html、report.md 及其他 ${written.length - 2} 个文件`, `wrote ${flags.out}/report.html, report.md and ${written.length - 2} other files`);
}

/** A scenario file (loaded with the settings) or a summary.json (read as it is), told apart by the name. */
function load(file: string, io: Io, settings: { runs?: number; seed?: string }): Loaded {
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
