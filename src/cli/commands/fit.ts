import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserErrors, userErrorsOf, type UserError } from '../../errors/UserError';
import { fitPopulation } from '../../data/fitPopulation';
import { cliWords } from '../../i18n/cliWords';
import { fittedPopulationYaml } from '../../data/fittedPopulationYaml';
import { parseApplications } from '../../data/parseApplications';
import type { ApplicationRow } from '../../data/ApplicationRow';
import { fitDiagnosticsReport } from '../../report/fitDiagnosticsReport';
import { populationFileSchema } from '../../scenario/scenarioSchema';
import { loadYaml } from '../../yaml/loadYaml';
import { readTextFile } from '../../yaml/loadYamlFile';
import { defaultLang, parseLang, parsePositiveInt } from '../options';
import { commandDescription, type RegisterCommand } from './index';
import { cliHelp } from '../../i18n/cliHelp';
import { makeFoldersFor } from '../../output/outFolder';

/**
 * `quansim fit <applications.csv...> [--out population.yaml]`: fits a population to past applications
 * (docs/data.md) and writes it as a population file, each figure with its uncertainty and data in a comment;
 * with --out, the diagnostics report goes beside it (<name>.diagnostics.html and three SVG charts), in a folder made
 * when missing. Every problem of every file is reported at once (file:line:column: field: message), exit 1.
 */
export const registerFit: RegisterCommand = (program, io, helpLang) => {
  program
    .command('fit')
    .description(commandDescription('fit', helpLang))
    .argument('<applications...>', cliHelp.applicationsArg[helpLang])
    .option('--out <file>', cliHelp.outOfFit[helpLang])
    .option('--tiers <n>', cliHelp.tiers[helpLang], '3')
    .option('--lang <lang>', cliHelp.langOfMessagesAndReport[helpLang], defaultLang(io.env))
    .action(async (files: string[], opts: { out?: string; tiers: string; lang: string }) => {
      const lang = parseLang(opts.lang);
      const tiers = parsePositiveInt('--tiers', opts.tiers, 6)!;
      const rows: ApplicationRow[] = [];
      const errors: UserError[] = [];
      for (const file of files) {
        try {
          rows.push(...parseApplications(readTextFile(resolve(io.cwd, file)), file));
        } catch (e) {
          const found = userErrorsOf(e);
          if (!found) throw e;
          errors.push(...found.map((u) => (u.where.file ? u : u.at({ file }))));
        }
      }
      if (errors.length) throw new UserErrors(errors);
      const fit = fitPopulation(rows, { tiers });
      const yaml = fittedPopulationYaml(fit, files.map((f) => basename(f)));
      // What we write must read back: a failure here is a bug, not the user's.
      loadYaml(yaml, opts.out ?? 'fitted population', populationFileSchema);
      for (const a of fit.assumptions) io.err(`${cliWords.fitAssumed(a)[lang]}\n`);
      if (!opts.out) {
        io.out(yaml);
        return;
      }
      const out = resolve(io.cwd, opts.out);
      const stem = join(dirname(out), basename(out).replace(/\.ya?ml$/i, ''));
      const report = await fitDiagnosticsReport(fit, files.map((f) => basename(f)), lang);
      const written: [string, string][] = [
        [out, yaml],
        [`${stem}.diagnostics.html`, report.html],
        [`${stem}.amounts.svg`, report.svgs.amounts],
        [`${stem}.qq.svg`, report.svgs.qq],
        [`${stem}.months.svg`, report.svgs.months],
      ];
      // A folder named in --out that does not exist yet is made, as backtest does.
      makeFoldersFor(out, opts.out);
      for (const [path, text] of written) writeAtomic(path, text);
      io.err(`${cliWords.wrote(written.map(([p]) => basename(p)).join(', '))[lang]}\n`);
    });
};

/** Writes a file whole or not at all: to a temporary name beside it, then renamed over it. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
