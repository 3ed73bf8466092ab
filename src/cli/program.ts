/**
 * The command-line program. `makeProgram(io)` builds it; `runCli(argv, io)` runs it and returns the exit
 * code, so tests call commands in-process. Every command is a thin layer over the public API.
 *
 * Exit codes: 0 success; 1 invalid data (a scenario, policy file or amount a user can fix, or an `--out` folder
 * that is a file, lies under a file, cannot be written or holds files quansim did not write); 2 usage error
 * (unknown flag, missing argument, `--out ""`); 3 internal error (a bug).
 */
import { Command, CommanderError } from 'commander';
import { formatUserError } from '../errors/formatUserError';
import { userErrorsOf } from '../errors/UserError';
import type { Lang } from '../i18n/Bilingual';
import type { Io } from './io';
import { commands } from './commands';
import { defaultLang } from './options';

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;

/** Thrown by commands to stop with a usage error (exit 2) and a one-line message. */
export class UsageError extends Error {}

/** Builds the program; each command registers itself from src/cli/commands. */
export function makeProgram(io: Io): Command {
  const program = new Command('quansim')
    .description('Monte Carlo simulator of China\'s AI subsidy vouchers (算力券 / 语料券 / 模型券)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showSuggestionAfterError(true);
  for (const register of commands) register(program, io);
  return program;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const given = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined;
  const lang: Lang = given === 'zh' || given === 'en' ? given : defaultLang(io.env);
  try {
    const program = makeProgram(io);
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' && process.exitCode !== 0 ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      // commander has already written its one-line message to err
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.err(`quansim: ${e.message}\n`);
      return EXIT.usage;
    }
    const errs = userErrorsOf(e);
    if (errs) {
      for (const u of errs) io.err(`${formatUserError(u, lang)}\n`);
      return EXIT.invalid;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`quansim: internal error: ${msg}${process.env.QUANSIM_DEBUG ? `\n${(e as Error).stack ?? ''}` : ' (set QUANSIM_DEBUG=1 to see the stack)'}\n`);
    return EXIT.internal;
  }
}
