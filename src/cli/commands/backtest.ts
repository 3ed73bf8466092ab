import { renameSync, statSync, writeFileSync } from 'node:fs';
import { makeFoldersFor } from '../../output/outFolder';
import { UserError, userErrorsOf } from '../../errors/UserError';
import { messages } from '../../i18n/messages';
import { basename, join, resolve } from 'node:path';
import { backtestChart } from '../../charts/backtestChart';
import { backtest } from '../../analysis/backtest';
import { parsePayments } from '../../data/parsePayments';
import { cliWords } from '../../i18n/cliWords';
import { formatBacktestText } from '../../output/formatBacktestText';
import { renderReportSvg } from '../../report/renderReportSvg';
import { DEFAULT_SCENARIO_NAME } from '../../scenario/libraryScenarios.node.js';
import { readTextFile } from '../../yaml/loadYamlFile';
import { defaultLang, jsonFlag, parseFormat, parseLang, parsePositiveInt, parseWorkers } from '../options';
import { loadWithSettings, runWithProgress } from '../runScenario';
import { commandDescription, type RegisterCommand } from './index';
import { cliHelp } from '../../i18n/cliHelp';

/**
 * `quansim backtest [scenario] --observed paid.csv`: runs the scenario and shows where what was actually paid
 * (date, paid, optionally scheme; docs/data.md) falls among the runs: the quantile of the observed total and the
 * share of months inside the simulated 90% band, as text or JSON; --out DIR also writes backtest.json, the text in
 * both languages and the chart (SVG and Vega-Lite).
 */
export const registerBacktest: RegisterCommand = (program, io, helpLang) => {
  program
    .command('backtest')
    .description(commandDescription('backtest', helpLang))
    .argument('[scenario]', cliHelp.scenarioArg[helpLang], DEFAULT_SCENARIO_NAME)
    .requiredOption('--observed <file>', cliHelp.observed[helpLang])
    .option('--runs <n>', cliHelp.runs[helpLang])
    .option('--seed <seed>', cliHelp.seed[helpLang])
    .option('--workers <k>', cliHelp.workers[helpLang])
    .option('--out <dir>', cliHelp.outOfBacktest[helpLang])
    .option('--format <format>', cliHelp.formatTextJson[helpLang], 'text')
    .option(...jsonFlag(helpLang))
    .option('--lang <lang>', cliHelp.lang[helpLang], defaultLang(io.env))
    .action(async (file: string, opts: { observed: string; runs?: string; seed?: string; workers?: string; out?: string; format: string; json?: boolean; lang: string }) => {
      const lang = parseLang(opts.lang);
      const format = parseFormat(opts.format, ['text', 'json'] as const, opts.json === true);
      let payments;
      try {
        payments = parsePayments(readTextFile(resolve(io.cwd, opts.observed)), opts.observed);
      } catch (e) {
        const found = userErrorsOf(e);
        if (found?.length === 1 && !found[0]!.where.file) throw found[0]!.at({ file: opts.observed });
        throw e;
      }
      // the --out folder is made before the runs, so that a bad one costs no simulation
      if (opts.out) makeOutFolder(resolve(io.cwd, opts.out), opts.out);
      const scenario = loadWithSettings(file, io, { runs: parsePositiveInt('--runs', opts.runs), seed: opts.seed });
      const result = await runWithProgress(scenario, io, parseWorkers(opts.workers, io, lang), lang);
      if (!result) return;
      const bt = backtest(result.summary, result.acc.years, payments, opts.observed);
      const json = `${JSON.stringify(bt, null, 2)}\n`;
      const name = basename(opts.observed);
      if (opts.out) {
        const dir = resolve(io.cwd, opts.out);
        const spec = backtestChart(bt, lang);
        const files: [string, string][] = [
          ['backtest.json', json],
          ['backtest.en.txt', formatBacktestText(bt, 'en', name)],
          ['backtest.zh.txt', formatBacktestText(bt, 'zh', name)],
          ['backtest.vl.json', `${JSON.stringify(spec, null, 2)}\n`],
          ['backtest.svg', await renderReportSvg(spec)],
        ];
        for (const [f, text] of files) {
          const path = join(dir, f);
          writeFileSync(`${path}.tmp`, text);
          renameSync(`${path}.tmp`, path);
        }
        io.err(`${cliWords.wroteFilesTo(String(files.length), opts.out)[lang]}\n`);
      }
      io.out(format === 'json' ? json : formatBacktestText(bt, lang, name));
    });
};

/**
 * Makes backtest's --out folder (`dir`), where its files are written one by one.
 * @throws UserError when it is a file, lies under a file or cannot be made
 */
function makeOutFolder(dir: string, shown: string): void {
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw new UserError('out.is-file', messages.outIsFile(shown));
  makeFoldersFor(join(dir, 'backtest.json'), shown);
}
