/**
 * The commands, and what `quansim --help` says of each. A command's code (its options, its action and everything
 * they import) is loaded only when that command runs: `quansim --help` and `--version` load none, `quansim quote`
 * loads the quote command only. Add a command here and in a file of its own that registers it.
 */
import type { Command } from 'commander';
import type { Bilingual, Lang } from '../../i18n/Bilingual';
import { cliCommandHelp } from '../../i18n/cliHelp';
import type { Io } from '../io';

/**
 * A command registers itself (its arguments, options and action) on the program.
 * @param helpLang the language of its help (the command line's --lang, else the locale's: langOf)
 */
export type RegisterCommand = (program: Command, io: Io, helpLang: Lang) => void;

export interface CommandEntry {
  name: string;
  /** Its arguments as the help shows them. */
  args: string;
  description: Bilingual;
  load: () => Promise<RegisterCommand>;
}

export const commands: readonly CommandEntry[] = [
  { name: 'validate', args: '<file...>', description: cliCommandHelp.validate, load: async () => (await import('./validate')).registerValidate },
  { name: 'schema', args: '', description: cliCommandHelp.schema, load: async () => (await import('./schema')).registerSchema },
  { name: 'run', args: '[scenario]', description: cliCommandHelp.run, load: async () => (await import('./run')).registerRun },
  { name: 'compare', args: '<scenarios...>', description: cliCommandHelp.compare, load: async () => (await import('./compare')).registerCompare },
  { name: 'quote', args: '<policies...>', description: cliCommandHelp.quote, load: async () => (await import('./quote')).registerQuote },
  { name: 'report', args: '<input>', description: cliCommandHelp.report, load: async () => (await import('./report')).registerReport },
  { name: 'sensitivity', args: '[scenario]', description: cliCommandHelp.sensitivity, load: async () => (await import('./sensitivity')).registerSensitivity },
  { name: 'solve', args: '[scenario]', description: cliCommandHelp.solve, load: async () => (await import('./solve')).registerSolve },
  { name: 'sweep', args: '[scenario]', description: cliCommandHelp.sweep, load: async () => (await import('./sweep')).registerSweep },
  { name: 'fit', args: '<applications...>', description: cliCommandHelp.fit, load: async () => (await import('./fit')).registerFit },
  { name: 'backtest', args: '[scenario]', description: cliCommandHelp.backtest, load: async () => (await import('./backtest')).registerBacktest },
];

/**
 * What the help says of a command (each command's file takes its description from here).
 * @throws Error for a name that is not a command (a bug)
 */
export function commandDescription(name: string, lang: Lang): string {
  const c = commands.find((x) => x.name === name);
  if (!c) throw new Error(`no command ${name}`);
  return c.description[lang];
}
