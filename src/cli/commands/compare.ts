import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeOutFolder } from '../../output/outFolder';
import { compareTable } from '../../output/compareTable';
import { perRunHeadlines } from '../../output/perRunHeadlines';
import { summaryJson } from '../../output/summaryJson';
import type { Summary } from '../../stats/Summary';
import { cliWords } from '../../i18n/cliWords';
import { maxMemoryFlag, parseLang, parseMaxMemory, parseOut, parsePositiveInt, defaultLang, parseWorkers } from '../options';
import { UsageError } from '../program';
import { loadWithSettings, runWithProgress } from '../runScenario';
import { commandDescription, type RegisterCommand } from './index';
import { cliHelp } from '../../i18n/cliHelp';

/**
 * `quansim compare <a> <b> [...]`: the scenarios on the same seeds and runs (common random numbers: run i of each
 * scenario draws the same firms when their populations are the same), a side-by-side table of the headline figures
 * and, for each against the first, the mean paired difference with a 95% interval, so the difference is not noise.
 */
export const registerCompare: RegisterCommand = (program, io, helpLang) => {
  program
    .command('compare')
    .description(commandDescription('compare', helpLang))
    .argument('<scenarios...>', cliHelp.scenariosArg[helpLang])
    .option('--runs <n>', cliHelp.runsOfEvery[helpLang])
    .option('--seed <seed>', cliHelp.seedOfEvery[helpLang])
    .option('--workers <k>', cliHelp.workersAllCores[helpLang])
    .option(...maxMemoryFlag(helpLang))
    .option('--out <dir>', cliHelp.outOfCompare[helpLang])
    .option('--lang <lang>', cliHelp.lang[helpLang], defaultLang(io.env))
    .action(async (files: string[], opts: { runs?: string; seed?: string; workers?: string; maxMemory?: string; out?: string; lang: string }) => {
      const lang = parseLang(opts.lang);
      if (files.length < 2) throw new UsageError(cliWords.compareNeedsTwo[lang]);
      const workers = parseWorkers(opts.workers, io, lang);
      const out = parseOut(opts.out, io.cwd);
      const maxMemoryMb = parseMaxMemory(opts.maxMemory);
      const first = loadWithSettings(files[0]!, io, { runs: parsePositiveInt('--runs', opts.runs), seed: opts.seed, workers, maxMemoryMb });
      const scenarios = [first, ...files.slice(1).map((f) => loadWithSettings(f, io, { runs: first.runs, seed: first.seed, workers, maxMemoryMb }))];
      const summaries: Summary[] = [];
      const paired = [];
      for (const s of scenarios) {
        const { summary, acc } = await runWithProgress(s, io, workers, lang);
        summaries.push(summary);
        paired.push(perRunHeadlines(acc.years));
      }
      if (out) {
        await writeOutFolder(out.dir, out.shown, async (dir) => {
          for (const [i, s] of summaries.entries()) await writeFile(join(dir, `summary-${i + 1}-${s.scenario.id}.json`), summaryJson(s));
        });
      }
      io.out(compareTable(summaries, lang, paired));
    });
};
