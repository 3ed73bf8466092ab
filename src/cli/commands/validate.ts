import { defaultLang } from '../options';
import { resolve } from 'node:path';
import { userErrorsOf, UserErrors, type UserError } from '../../errors/UserError';
import type { Lang } from '../../i18n/Bilingual';
import { fileKindOf, type CheckOptions } from '../../yaml/fileKinds';
import { maxMemoryFlag, parseLang, parseMaxMemory } from '../options';
import { readTextFile } from '../../yaml/loadYamlFile';
import { fileKinds } from '../fileKinds';
import type { Io } from '../io';
import { commandDescription, type RegisterCommand } from './index';
import { cliHelp } from '../../i18n/cliHelp';

/**
 * `quansim validate <file...>`: checks policy (and other registered) YAML files. Prints one line per valid
 * file; every problem of every file is reported (`file:line:column: field: message`) and the exit code is 1.
 */
export const registerValidate: RegisterCommand = (program, io, helpLang) => {
  program
    .command('validate')
    .description(commandDescription('validate', helpLang))
    .argument('<file...>', cliHelp.yamlFilesArg[helpLang])
    .option('--lang <lang>', cliHelp.langOfMessages[helpLang], defaultLang(io.env))
    .option(...maxMemoryFlag(helpLang))
    .action((files: string[], opts: { lang: string; maxMemory?: string }) => {
      validateFiles(files, io, parseLang(opts.lang), { maxMemoryMb: parseMaxMemory(opts.maxMemory) });
    });
};

function validateFiles(files: readonly string[], io: Io, lang: Lang, check: CheckOptions): void {
  const errors: UserError[] = [];
  for (const file of files) {
    try {
      const text = read(file, io);
      const kind = fileKindOf(text, file, fileKinds);
      io.out(`${file}: ${kind.check(text, file, (p) => read(p, io), check)[lang]}\n`);
    } catch (e) {
      const found = userErrorsOf(e);
      if (!found) throw e;
      errors.push(...found);
    }
  }
  if (errors.length) throw new UserErrors(errors);
}

/** Reads a file named relative to the Io's working directory; messages keep the name as given. */
function read(file: string, io: Io): string {
  try {
    return readTextFile(resolve(io.cwd, file));
  } catch (e) {
    const found = userErrorsOf(e);
    if (found?.length === 1) throw found[0]!.at({ file });
    throw e;
  }
}
