/**
 * The commands printed at the end of a report: the one that makes the report again, and the one that
 * reproduces its figures from the scenario files (`quansim run`, or `quansim compare` on the same seeds).
 * A scenario given as a file is run with the seed and runs written out, so the command does not depend on the
 * file's own defaults; a summary.json carries its seed and runs.
 */
import type { Lang } from '../i18n/Bilingual';

export interface ReproduceInput {
  /** The report's input as given (scenario or summary.json), and the compared files. */
  input: string;
  compare: readonly string[];
  /** True when `input` is a scenario file (then --runs and --seed are written out). */
  inputIsScenario: boolean;
  out: string;
  lang: Lang;
  runs: number;
  seed: string;
  /** The scenario file of each scenario (from the summary when reported from one), or null when one is unknown. */
  scenarioFiles: readonly string[] | null;
}

/**
 * @example reproduceCommands({input: 'scenarios/a.yaml', compare: [], inputIsScenario: true, out: 'out', lang: 'en', runs: 300, seed: '1', scenarioFiles: ['scenarios/a.yaml']}).report
 *   // 'npx quansim report scenarios/a.yaml --runs 300 --seed 1 --lang en --out out'
 */
export function reproduceCommands(r: ReproduceInput): { report: string; run: string | null } {
  const settings = `--runs ${r.runs} --seed ${shellQuote(r.seed)}`;
  const report = [
    'npx quansim report',
    shellQuote(r.input),
    ...r.compare.map((c) => `--compare ${shellQuote(c)}`),
    ...(r.inputIsScenario ? [settings] : []),
    `--lang ${r.lang}`,
    `--out ${shellQuote(r.out)}`,
  ].join(' ');
  const files = r.scenarioFiles;
  const run = files === null || files.length === 0
    ? null
    : `npx quansim ${files.length === 1 ? 'run' : 'compare'} ${files.map(shellQuote).join(' ')} ${settings}${r.lang === 'zh' ? ' --lang zh' : ''}`;
  return { report, run };
}

/** Quotes a word for a POSIX shell when it holds anything but safe characters. */
function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
