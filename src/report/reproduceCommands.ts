/**
 * The commands printed in a report: the one that makes the report again, the one that reproduces its figures from
 * the scenario files (`quansim run`, or `quansim compare` on the same seeds), and one for each analysis on its own
 * (`quansim sensitivity`, `solve`, `sweep`). A scenario given as a file is run with the seed and runs written out,
 * so a command does not depend on the file's own defaults; a summary.json carries its seed and runs.
 */
import type { Lang } from '../i18n/Bilingual';

/** How `--runs auto` was asked for: the flags as given (absent: the defaults). */
export interface AutoRuns {
  tolerance?: string;
  batch?: string;
  maxRuns?: string;
}

export interface ReproduceInput {
  /** The report's input as given (scenario or summary.json), and the compared files. */
  input: string;
  compare: readonly string[];
  /** True when `input` is a scenario file (then --runs and --seed are written out). */
  inputIsScenario: boolean;
  out: string;
  lang: Lang;
  /** The runs done (with `--runs auto`, where it stopped). */
  runs: number;
  seed: string;
  /** Present when the runs were chosen by `--runs auto`: the report and a single run are asked the same way. */
  auto?: AutoRuns;
  /** Further options of the report command as given (the analyses'), each a flag and its values. */
  options?: ReadonlyArray<readonly string[]>;
  /** The scenario file of each scenario (from the summary when reported from one), or null when one is unknown. */
  scenarioFiles: readonly string[] | null;
  /**
   * The edits of the input as given (`--set`, `--pool`, `--cap`, `--ratio`), each a flag and its value: the report
   * command repeats them, and its figures are those of `quansim run <input> <edits>` (which leads with the same
   * paired differences against the unedited file), on the runs done.
   */
  edits?: ReadonlyArray<readonly [string, string]>;
}

/**
 * @example reproduceCommands({input: 'scenarios/a.yaml', compare: [], inputIsScenario: true, out: 'out', lang: 'en', runs: 300, seed: '1', scenarioFiles: ['scenarios/a.yaml']}).report
 *   // 'npx quansim report scenarios/a.yaml --runs 300 --seed 1 --lang en --out out'
 */
export function reproduceCommands(r: ReproduceInput): { report: string; run: string | null } {
  const fixed = `--runs ${r.runs} --seed ${shellQuote(r.seed)}`;
  const auto = r.auto
    ? ['--runs auto', ...flag('--tolerance', r.auto.tolerance), ...flag('--batch', r.auto.batch), ...flag('--max-runs', r.auto.maxRuns), `--seed ${shellQuote(r.seed)}`].join(' ')
    : null;
  const edits = (r.edits ?? []).map(([f, v]) => `${f} ${shellQuote(v)}`);
  const report = [
    'npx quansim report',
    shellQuote(r.input),
    ...r.compare.map((c) => `--compare ${shellQuote(c)}`),
    ...(r.inputIsScenario ? [auto ?? fixed] : []),
    ...edits,
    ...(r.options ?? []).map((o) => o.map((w, i) => (i === 0 ? w : shellQuote(w))).join(' ')),
    `--lang ${r.lang}`,
    `--out ${shellQuote(r.out)}`,
  ].join(' ');
  const files = r.scenarioFiles;
  // `quansim compare` has no --runs auto: it is given the runs where the baseline stopped, the same runs.
  const run = edits.length > 0
    ? (r.compare.length === 0 ? `npx quansim run ${shellQuote(r.input)} ${fixed} ${edits.join(' ')}${r.lang === 'zh' ? ' --lang zh' : ''}` : null)
    : files === null || files.length === 0
      ? null
      : `npx quansim ${files.length === 1 ? 'run' : 'compare'} ${files.map(shellQuote).join(' ')} ${files.length === 1 && auto ? auto : fixed}${r.lang === 'zh' ? ' --lang zh' : ''}`;
  return { report, run };
}

/** The settings every analysis command is given explicitly, so that it reads the same scheme, year and runs. */
export interface AnalysisSettings {
  scenario: string;
  scheme: string;
  year: number;
  runs: number;
  seed: string;
  lang: Lang;
}

/**
 * The command that runs one analysis of a report on its own, with the same results: its options as given, then
 * the scheme, year, runs and seed the report used.
 * @example analysisCommand('solve', [['--find', 'pool'], ['--target', 'unmet share <= 5%']], {scenario: 's.yaml', scheme: 'a.compute', year: 2025, runs: 200, seed: '1', lang: 'en'})
 *   // "npx quansim solve s.yaml --find pool --target 'unmet share <= 5%' --scheme a.compute --year 2025 --runs 200 --seed 1 --lang en"
 */
export function analysisCommand(command: 'sensitivity' | 'solve' | 'sweep', options: ReadonlyArray<readonly [string, string | undefined]>, s: AnalysisSettings): string {
  return [
    `npx quansim ${command}`,
    shellQuote(s.scenario),
    ...options.flatMap(([f, v]) => flag(f, v)),
    `--scheme ${shellQuote(s.scheme)}`,
    `--year ${s.year}`,
    `--runs ${s.runs}`,
    `--seed ${shellQuote(s.seed)}`,
    `--lang ${s.lang}`,
  ].join(' ');
}

function flag(name: string, value: string | undefined): string[] {
  return value === undefined ? [] : [`${name} ${shellQuote(value)}`];
}

/**
 * Quotes a word for a POSIX shell when it holds anything but safe characters.
 * @example shellQuote("P(exhausted before 12-31) <= 10%") // "'P(exhausted before 12-31) <= 10%'"
 */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
