import { analysisProvenance, provenanceLine } from '../../output/provenance';
import { svgWithFooter } from '../../output/svgWithFooter';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asUsage, withCliSimulator } from '../cliSimulator.node.js';
import { formatSensitivity } from '../../analysis/formatSensitivity';
import { parseMonthDay } from '../../analysis/parseTarget';
import type { MonthDay } from '../../analysis/Target';
import { pickScheme } from '../../analysis/pickScheme';
import { pickYear } from '../../analysis/pickYear';
import { SENSITIVITY_INPUTS, sensitivity, type SensitivityInput } from '../../analysis/sensitivity';
import { renderSvg } from '../../charts/renderSvg';
import { writeOutFolder } from '../../output/outFolder';
import { tornado } from '../../charts/tornado';
import { UserError } from '../../errors/UserError';
import type { Lang } from '../../i18n/Bilingual';
import { cliWords } from '../../i18n/cliWords';
import { outputWords } from '../../i18n/outputWords';
import { messages } from '../../i18n/messages';
import { parseRatio } from '../../money/parseRatio';
import { DEFAULT_SCENARIO_NAME } from '../../scenario/libraryScenarios.node.js';
import { maxMemoryFlag, parseLang, parseMaxMemory, parseOut, parsePositiveInt, defaultLang, parseWorkers } from '../options';
import { UsageError } from '../program';
import { loadWithSettings } from '../runScenario';
import { commandDescription, type RegisterCommand } from './index';
import { cliHelp } from '../../i18n/cliHelp';

/** Runs per variant when --runs is not given: 13 variants × 1000 runs take tens of seconds on two cores. */
const DEFAULT_RUNS = 1000;

/**
 * `quansim sensitivity [scenario]`: moves each input (pool, ratios, caps, number of firms, contract size, Q4
 * seasonality) by ±delta alone, on the same runs as the baseline (common random numbers), and reports how
 * P(the pool runs out by --by, 31 December by default) and the money paid move, as paired differences with 95% intervals, sorted by
 * effect; `--out DIR` also writes the result as JSON and the two tornado charts (Vega-Lite and SVG).
 */
export const registerSensitivity: RegisterCommand = (program, io, helpLang) => {
  program
    .command('sensitivity')
    .description(commandDescription('sensitivity', helpLang))
    .argument('[scenario]', cliHelp.scenarioArg[helpLang], DEFAULT_SCENARIO_NAME)
    .option('--delta <share>', cliHelp.delta[helpLang], '20%')
    .option('--by <MM-DD>', cliHelp.by[helpLang], '12-31')
    .option('--inputs <list>', cliHelp.inputs(Object.keys(SENSITIVITY_INPUTS).join(','))[helpLang])
    .option('--scheme <id>', cliHelp.schemeFollowed[helpLang])
    .option('--year <year>', cliHelp.year[helpLang])
    .option('--runs <n>', cliHelp.runsPerVariant(String(DEFAULT_RUNS))[helpLang])
    .option('--seed <seed>', cliHelp.seed[helpLang])
    .option('--workers <k>', cliHelp.workers[helpLang])
    .option(...maxMemoryFlag(helpLang))
    .option('--out <dir>', cliHelp.outOfSensitivity[helpLang])
    .option('--json', cliHelp.jsonResult[helpLang])
    .option('--lang <lang>', cliHelp.lang[helpLang], defaultLang(io.env))
    .action(async (file: string, opts: {
      delta: string; by: string; inputs?: string; scheme?: string; year?: string; runs?: string; seed?: string; workers?: string; maxMemory?: string; out?: string; json?: boolean; lang: string;
    }) => {
      const lang = parseLang(opts.lang);
      const { deltaBp, by, inputs } = parseSensitivityFlags(opts, lang);
      const runs = parsePositiveInt('--runs', opts.runs) ?? DEFAULT_RUNS;
      const workers = parseWorkers(opts.workers, io, lang);
      const out = parseOut(opts.out, io.cwd);
      const scenario = loadWithSettings(file, io, { seed: opts.seed, workers, maxMemoryMb: parseMaxMemory(opts.maxMemory) });
      const year = pickYear(scenario, opts.year);
      const scheme = pickScheme(scenario, year, opts.scheme);
      await withCliSimulator(io, workers, lang, async (sim) => {
        sim.label(`${scenario.id} ±${deltaBp / 100}%`);
        const variants = (inputs?.length ?? Object.keys(SENSITIVITY_INPUTS).length) * 2 + 1;
        io.err(`${cliWords.sensitivityStart(String(variants), String(runs))[lang]}…\n`);
        const result = await sensitivity(scenario, { deltaBp, runs, scheme, year, by, inputs }, sim.simulate);
        if (out) {
          const line = provenanceLine(analysisProvenance({ ...result, title: scenario.title }), lang);
          const schemeLabel = scenario.rules.schemes.find((x) => x.id === result.scheme)?.label;
          await writeOutFolder(out.dir, out.shown, async (dir) => {
            await writeFile(join(dir, 'sensitivity.json'), `${JSON.stringify(result, null, 2)}\n`);
            for (const metric of ['exhausted', 'paid'] as const) {
              const spec = tornado(result, lang, { metric, scenarioTitle: scenario.title, ...(schemeLabel ? { schemeLabel } : {}) });
              await writeFile(join(dir, `tornado-${metric}.${lang}.vl.json`), `${JSON.stringify(spec, null, 2)}\n`);
              await writeFile(join(dir, `tornado-${metric}.${lang}.svg`), svgWithFooter(await renderSvg(spec), line));
            }
          });
          io.err(`${cliWords.wrote(`${opts.out}/sensitivity.json, tornado-exhausted.${lang}.{vl.json,svg}, tornado-paid.${lang}.{vl.json,svg}`)[lang]}\n`);
        }
        io.out(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatSensitivity(result, lang));
      });
    });
};

/** The move, the day and the inputs of a sensitivity, as read from its flags. */
export interface SensitivityFlags {
  deltaBp: number;
  by: MonthDay;
  /** undefined: every input. */
  inputs: SensitivityInput[] | undefined;
}

/**
 * Reads `--delta`, `--by` and `--inputs` (shared with `quansim report --sensitivity`).
 * @throws UsageError on a delta outside (0%, 100%), a day that is not one, or an unknown input
 */
export function parseSensitivityFlags(opts: { delta: string; by: string; inputs?: string }, lang: Lang, deltaFlag = '--delta'): SensitivityFlags {
  const deltaBp = asUsage(() => {
    const bp = parseRatio(opts.delta);
    if (!(bp > 0 && bp < 10_000)) throw new UserError('delta.invalid', messages.deltaInvalid(opts.delta));
    return bp;
  }, lang, deltaFlag);
  const by = asUsage(() => parseMonthDay(opts.by), lang, '--by');
  const inputs = opts.inputs?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const i of inputs ?? []) {
    if (!(i in SENSITIVITY_INPUTS)) throw new UsageError(cliWords.inputsUnknown(JSON.stringify(i), outputWords.listed(Object.keys(SENSITIVITY_INPUTS)))[lang]);
  }
  return { deltaBp, by, inputs: inputs as SensitivityInput[] | undefined };
}
