/**
 * The command-line program. `makeProgram(io)` builds it; `runCli(argv, io)` runs it and returns the exit
 * code, so tests call commands in-process. Every command is a thin layer over the public API.
 *
 * Exit codes: 0 success; 1 invalid data (a scenario, policy file or amount a user can fix, or an `--out` folder
 * that is a file, lies under a file, cannot be written or holds files quansim did not write); 2 usage error
 * (unknown flag, missing argument, `--out ""`); 3 internal error (a bug); 4 a simulation worker failed (it threw,
 * exited or ran out of memory: the message names the runs it was running; nothing is written); 130 cancelled
 * (Ctrl-C).
 */
import { Command, CommanderError } from 'commander';
import { cliHelp } from '../i18n/cliHelp';
import { formatUserError } from '../i18n/formatUserError';
import { messages } from '../i18n/messages';
import { VOUCHERS } from '../vocabulary';
import { cliWords } from '../i18n/cliWords';
import { UserError, userErrorsOf } from '../errors/UserError';
import { SimulationCancelled, WorkerFailure, workerFailureText } from '../scheduler/errors';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import pkg from '../../package.json';
import { cancelledLine } from './interrupt';
import type { Io } from './io';
import { commands } from './commands';
import { langOf } from './options';
import { helpChrome } from './helpChrome';

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3, worker: 4, cancelled: 130 } as const;

/**
 * Thrown by commands to stop with a usage error (exit 2) and a one-line message: a text already in the command's
 * language, or one in both (from a parser that does not know the language), said in the command line's (langOf).
 */
export class UsageError extends Error {
  readonly text: Bilingual | undefined;
  constructor(text: string | Bilingual) {
    super(typeof text === 'string' ? text : text.en);
    this.text = typeof text === 'string' ? undefined : text;
  }
}

/**
 * Builds the program for `argv`: the command it names registers itself (src/cli/commands, loaded now); without
 * one (`--help`, `--version`, a mistyped name) every command is listed by name and description only, so nothing
 * heavy is loaded.
 */
export async function makeProgram(argv: readonly string[], io: Io): Promise<Command> {
  const lang = langOf(argv, io.env);
  const program = new Command('quansim')
    .description(cliHelp.program(VOUCHERS.map((v) => messages.voucherName(v).zh).join(' / '))[lang])
    .version(pkg.version, '-V, --version', cliHelp.version[lang])
    // before the commands are added: each takes its help option from the program
    .helpOption('-h, --help', cliHelp.help[lang])
    .helpCommand('help [command]', cliHelp.help[lang])
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .configureHelp(helpChrome(lang))
    .showSuggestionAfterError(true);
  const first = argv.find((a) => !a.startsWith('-'));
  // `quansim help run` is `quansim run --help`
  const name = first === 'help' ? argv[argv.indexOf('help') + 1] : first;
  const entry = commands.find((c) => c.name === name);
  if (entry) (await entry.load())(program, io, lang);
  else for (const c of commands) program.command(`${c.name}${c.args ? ` ${c.args}` : ''}`).description(c.description[lang]);
  return program;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const lang: Lang = langOf(argv, io.env);
  try {
    const program = await makeProgram(argv, io);
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' && process.exitCode !== 0 ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      // commander has already written its one-line message to err
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.err(`${cliWords.usageError(e.text ? e.text[lang] : e.message)[lang]}\n`);
      return EXIT.usage;
    }
    if (e instanceof SimulationCancelled) {
      io.err(cancelledLine(lang));
      return EXIT.cancelled;
    }
    if (e instanceof WorkerFailure && !e.userErrors) {
      io.err(`${cliWords.workerFailed(workerFailureText(e)[lang])[lang]}\n`);
      return EXIT.worker;
    }
    const errs = e instanceof WorkerFailure ? e.userErrors!.map((d) => new UserError(d.code, d.text, d.where)) : userErrorsOf(e);
    if (errs) {
      for (const u of errs) io.err(`${formatUserError(u, lang)}\n`);
      return EXIT.invalid;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`${cliWords.internalError(msg)[lang]}${process.env.QUANSIM_DEBUG ? `\n${(e as Error).stack ?? ''}` : cliWords.internalErrorHint[lang]}\n`);
    return EXIT.internal;
  }
}
