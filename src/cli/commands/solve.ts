import { asUsage, withCliSimulator } from '../cliSimulator.node.js';
import { VARIABLES, variableUnit, type Variable } from '../../analysis/applyVariable';
import { targetEstimateText } from '../../analysis/formatEstimate';
import { formatSolve } from '../../analysis/formatSolve';
import { formatTarget } from '../../analysis/formatTarget';
import { parseRange, parseVariableValue, formatVariableValue } from '../../analysis/parseRange';
import { parseTarget } from '../../analysis/parseTarget';
import { pickScheme, type PickedScheme } from '../../analysis/pickScheme';
import { pickYear } from '../../analysis/pickYear';
import { solve } from '../../analysis/solve';
import type { Target } from '../../analysis/Target';
import { UserError } from '../../errors/UserError';
import type { Lang } from '../../i18n/Bilingual';
import { cliWords } from '../../i18n/cliWords';
import { outputWords } from '../../i18n/outputWords';
import { messages } from '../../i18n/messages';
import type { Scenario } from '../../scenario/model';
import { DEFAULT_SCENARIO_NAME } from '../../scenario/libraryScenarios.node.js';
import { maxMemoryFlag, parseLang, parseMaxMemory, parsePositiveInt, defaultLang, parseWorkers } from '../options';
import { UsageError } from '../program';
import { loadWithSettings } from '../runScenario';
import { commandDescription, type RegisterCommand } from './index';
import { cliHelp } from '../../i18n/cliHelp';

/** Runs per evaluation when --runs is not given. */
const DEFAULT_RUNS = 1000;
/** Default resolutions: 1万元 for money, 0.1% for the ratio scale. */
const DEFAULT_RESOLUTION = { fen: 1_000_000, bp: 10 } as const;
/** The default range reaches this many times the scenario's current pool or cap. */
const RANGE_FACTOR = 10;

/**
 * `quansim solve [scenario] --find pool|cap|ratio --target "…"`: the smallest pool, or the largest cap or ratio
 * scale, of one scheme that meets a target on P(exhaustion by a date), the median exhaustion date or the unmet
 * share, by bisection on the same runs, with the range of answers the runs cannot tell apart. Exit code 1 when
 * no value in the range meets the target.
 */
export const registerSolve: RegisterCommand = (program, io, helpLang) => {
  program
    .command('solve')
    .description(commandDescription('solve', helpLang))
    .argument('[scenario]', cliHelp.scenarioArg[helpLang], DEFAULT_SCENARIO_NAME)
    .requiredOption('--find <variable>', cliHelp.find[helpLang])
    .requiredOption('--target <target>', cliHelp.target[helpLang])
    .option('--range <from..to>', cliHelp.range[helpLang])
    .option('--resolution <step>', cliHelp.resolution[helpLang])
    .option('--scheme <id>', cliHelp.schemeVaried[helpLang])
    .option('--year <year>', cliHelp.year[helpLang])
    .option('--runs <n>', cliHelp.runsPerEvaluation(String(DEFAULT_RUNS))[helpLang])
    .option('--seed <seed>', cliHelp.seed[helpLang])
    .option('--workers <k>', cliHelp.workers[helpLang])
    .option(...maxMemoryFlag(helpLang))
    .option('--json', cliHelp.jsonResult[helpLang])
    .option('--lang <lang>', cliHelp.lang[helpLang], defaultLang(io.env))
    .action(async (file: string, opts: {
      find: string; target: string; range?: string; resolution?: string; scheme?: string; year?: string; runs?: string; seed?: string; workers?: string; maxMemory?: string; json?: boolean; lang: string;
    }) => {
      const lang = parseLang(opts.lang);
      const flags = parseSolveFlags(opts, lang);
      const { variable, target, resolution } = flags;
      const runs = parsePositiveInt('--runs', opts.runs) ?? DEFAULT_RUNS;
      const workers = parseWorkers(opts.workers, io, lang);
      const scenario = loadWithSettings(file, io, { seed: opts.seed, workers, maxMemoryMb: parseMaxMemory(opts.maxMemory) });
      const { year, scheme, range } = solveSetting(scenario, flags, opts);
      await withCliSimulator(io, workers, lang, async (sim) => {
        sim.label(`${scenario.id} ${variable}`);
        const result = await solve(scenario, {
          variable, target, scheme, year, range, resolution, runs,
          onPoint: (p, k) => {
            const verdict = p.meets ? cliWords.solveMeets : cliWords.solveMisses;
            const line = cliWords.solveEvaluation(String(k), variable, formatVariableValue(variable, p.x, lang), targetEstimateText(target, p.estimate, year, lang), verdict[lang], formatTarget(target, lang));
            io.err(`${line[lang]}\n`);
          },
        }, sim.simulate);
        io.out(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatSolve(result, lang));
        if (result.status === 'none') {
          const both = (f: (l: 'zh' | 'en') => string) => ({ zh: f('zh'), en: f('en') });
          throw new UserError('solve.unmet', messages.solveUnmet(
            both((l) => formatTarget(target, l)),
            both((l) => `${formatVariableValue(variable, range[0], l)} – ${formatVariableValue(variable, range[1], l)}`),
          ));
        }
      });
    });
};

/** What to find, the target, the grid step and the range given (if any), as read from the flags. */
export interface SolveFlags {
  variable: Variable;
  target: Target;
  /** Grid step in fen (pool, cap) or bp (ratio). */
  resolution: number;
  /** undefined: the default range (see solveSetting). */
  range: [number, number] | undefined;
}

/**
 * Reads `--find`, the target, `--resolution` and `--range` before the scenario is loaded (shared with
 * `quansim report --solve`, whose target flag is `--solve`).
 * @throws UsageError on a variable, target, resolution or range it cannot read
 */
export function parseSolveFlags(
  opts: { find: string; target: string; range?: string; resolution?: string },
  lang: Lang,
  targetFlag = '--target',
): SolveFlags {
  if (!(VARIABLES as readonly string[]).includes(opts.find)) throw new UsageError(cliWords.findInvalid(outputWords.listed(VARIABLES), JSON.stringify(opts.find))[lang]);
  const variable = opts.find as Variable;
  const target = asUsage(() => parseTarget(opts.target), lang, targetFlag);
  const unit = variableUnit(variable);
  const resolution = opts.resolution === undefined ? DEFAULT_RESOLUTION[unit] : asUsage(() => {
    const r = parseVariableValue(variable, opts.resolution!);
    if (!(r > 0)) throw new UserError('resolution.invalid', messages.resolutionInvalid(opts.resolution!));
    return r;
  }, lang, '--resolution');
  const range = opts.range === undefined ? undefined : asUsage(() => parseRange(variable, opts.range!), lang, '--range');
  return { variable, target, resolution, range };
}

/**
 * The year, scheme and search range of a goal seek on a loaded scenario: `--year` (default the first), `--scheme`
 * (default the first with a pool), the range given or the default one.
 * @throws UserError on an unknown year or scheme; UsageError when a default range has nothing to start from
 */
export function solveSetting(
  scenario: Scenario,
  flags: SolveFlags,
  opts: { scheme?: string; year?: string },
): { year: number; scheme: PickedScheme; range: [number, number] } {
  const year = pickYear(scenario, opts.year);
  // A pool may be given to a scheme that has none; a target on exhaustion otherwise needs one.
  const scheme = pickScheme(scenario, year, opts.scheme, flags.variable !== 'pool' && flags.target.figure !== 'unmetShare');
  const range = flags.range ?? defaultRange(scenario.rules.schemes.find((s) => s.id === scheme.id)!, flags.variable, scheme.poolFen, flags.resolution);
  return { year, scheme, range };
}

/** The default search range: from one step to 10× the current pool or largest cap; the whole scale for ratios. */
function defaultRange(
  s: { id: string; caps: Array<{ value: number | null }> },
  variable: Variable,
  poolFen: number | null,
  resolution: number,
): [number, number] {
  if (variable === 'ratio') return [0, 10_000];
  const current = variable === 'pool' ? poolFen : Math.max(0, ...s.caps.map((c) => c.value ?? 0));
  if (current === null || current === 0) {
    throw new UsageError(cliWords.rangeNeeded(s.id, variable === 'pool' ? cliWords.rangeFromPool : cliWords.rangeFromCap));
  }
  return [resolution, Math.max(2 * resolution, current * RANGE_FACTOR)];
}
