import { analysisProvenance, provenanceLine } from '../../output/provenance';
import { svgWithFooter } from '../../output/svgWithFooter';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asUsage, withCliSimulator } from '../cliSimulator.node.js';
import { formatSweep } from '../../analysis/formatSweep';
import { parseAxis, type Axis } from '../../analysis/parseAxis';
import type { PickedScheme } from '../../analysis/pickScheme';
import { pickScheme } from '../../analysis/pickScheme';
import { pickYear } from '../../analysis/pickYear';
import { sweep } from '../../analysis/sweep';
import { sweepCsv } from '../../analysis/sweepCsv';
import { heatmap } from '../../charts/heatmap';
import { renderSvg } from '../../charts/renderSvg';
import { writeOutFolder } from '../../output/outFolder';
import { UserError } from '../../errors/UserError';
import type { Lang } from '../../i18n/Bilingual';
import { cliWords } from '../../i18n/cliWords';
import { messages } from '../../i18n/messages';
import type { Scenario } from '../../scenario/model';
import { DEFAULT_SCENARIO_NAME } from '../../scenario/libraryScenarios.node.js';
import { maxMemoryFlag, parseLang, parseMaxMemory, parseOut, parsePositiveInt, defaultLang, parseWorkers } from '../options';
import { loadWithSettings } from '../runScenario';
import { commandDescription, type RegisterCommand } from './index';
import { cliHelp } from '../../i18n/cliHelp';

/** Runs per cell when --runs is not given (a 9 × 5 grid is 22,500 runs). */
const DEFAULT_RUNS = 500;

/**
 * `quansim sweep [scenario] --x pool=1亿..5亿:9 --y cap=200万..1000万:5`: P(the pool runs out by 31 December) on a
 * grid of two of pool, cap and ratio scale of one scheme, every cell on the same runs; a table, and with
 * `--out DIR` sweep.csv, sweep.json and the heatmap (Vega-Lite and SVG).
 */
export const registerSweep: RegisterCommand = (program, io, helpLang) => {
  program
    .command('sweep')
    .description(commandDescription('sweep', helpLang))
    .argument('[scenario]', cliHelp.scenarioArg[helpLang], DEFAULT_SCENARIO_NAME)
    .requiredOption('--x <axis>', cliHelp.xAxis[helpLang])
    .requiredOption('--y <axis>', cliHelp.yAxis[helpLang])
    .option('--scheme <id>', cliHelp.schemeVaried[helpLang])
    .option('--year <year>', cliHelp.year[helpLang])
    .option('--runs <n>', cliHelp.runsPerCell(String(DEFAULT_RUNS))[helpLang])
    .option('--seed <seed>', cliHelp.seed[helpLang])
    .option('--workers <k>', cliHelp.workers[helpLang])
    .option(...maxMemoryFlag(helpLang))
    .option('--out <dir>', cliHelp.outOfSweep[helpLang])
    .option('--json', cliHelp.jsonResult[helpLang])
    .option('--lang <lang>', cliHelp.lang[helpLang], defaultLang(io.env))
    .action(async (file: string, opts: {
      x: string; y: string; scheme?: string; year?: string; runs?: string; seed?: string; workers?: string; maxMemory?: string; out?: string; json?: boolean; lang: string;
    }) => {
      const lang = parseLang(opts.lang);
      const { x, y } = parseSweepAxes(opts.x, opts.y, lang);
      const runs = parsePositiveInt('--runs', opts.runs) ?? DEFAULT_RUNS;
      const workers = parseWorkers(opts.workers, io, lang);
      const out = parseOut(opts.out, io.cwd);
      const scenario = loadWithSettings(file, io, { seed: opts.seed, workers, maxMemoryMb: parseMaxMemory(opts.maxMemory) });
      const { year, scheme } = sweepSetting(scenario, { x, y }, opts);
      await withCliSimulator(io, workers, lang, async (sim) => {
        sim.label(`${scenario.id} ${x.variable}×${y.variable}`);
        io.err(`${cliWords.sweepStart(String(x.values.length), String(y.values.length), String(runs))[lang]}…\n`);
        const result = await sweep(scenario, {
          x, y, scheme, year, runs,
          onRow: (done, total) => io.err(`${cliWords.sweepRowsDone(String(done), String(total))[lang]}\n`),
        }, sim.simulate);
        if (out) {
          const line = provenanceLine(analysisProvenance({ ...result, title: scenario.title }), lang);
          await writeOutFolder(out.dir, out.shown, async (dir) => {
            await writeFile(join(dir, 'sweep.csv'), `# ${line}\r\n${sweepCsv(result)}`);
            await writeFile(join(dir, 'sweep.json'), `${JSON.stringify(result, null, 2)}\n`);
            const spec = heatmap(result, lang);
            await writeFile(join(dir, `heatmap.${lang}.vl.json`), `${JSON.stringify(spec, null, 2)}\n`);
            await writeFile(join(dir, `heatmap.${lang}.svg`), svgWithFooter(await renderSvg(spec), line));
          });
          io.err(`${cliWords.wrote(`${opts.out}/sweep.csv, sweep.json, heatmap.${lang}.vl.json, heatmap.${lang}.svg`)[lang]}\n`);
        }
        io.out(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatSweep(result, lang));
      });
    });
};

/**
 * Reads the two axes of a sweep (`--x`, `--y`; shared with `quansim report --sweep`).
 * @param flags the names shown in messages
 * @throws UsageError on an axis it cannot read, or both on the same variable
 */
export function parseSweepAxes(xText: string, yText: string, lang: Lang, flags: [string, string] = ['--x', '--y']): { x: Axis; y: Axis } {
  const x = asUsage(() => parseAxis(xText), lang, flags[0]);
  const y = asUsage(() => parseAxis(yText), lang, flags[1]);
  if (x.variable === y.variable) asUsage(() => { throw new UserError('axis.same', messages.axesSame(x.variable)); }, lang);
  return { x, y };
}

/**
 * The year and scheme a sweep reads: `--year` (default the first) and `--scheme` (default the first with a pool;
 * a scheme without one will do when an axis gives it a pool).
 * @throws UserError on an unknown year or scheme
 */
export function sweepSetting(scenario: Scenario, axes: { x: Axis; y: Axis }, opts: { scheme?: string; year?: string }): { year: number; scheme: PickedScheme } {
  const year = pickYear(scenario, opts.year);
  const needsPool = axes.x.variable !== 'pool' && axes.y.variable !== 'pool';
  return { year, scheme: pickScheme(scenario, year, opts.scheme, needsPool) };
}
