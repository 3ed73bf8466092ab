/** Parsing of flags shared by several commands; bad values are usage errors (exit 2). */
import { resolve } from 'node:path';
import type { Lang } from '../i18n/Bilingual';
import { cliHelp } from '../i18n/cliHelp';
import { cliWords } from '../i18n/cliWords';
import { outputWords } from '../i18n/outputWords';
import { checkOutFolder } from '../output/outFolder';
import { cores as machineCores } from '../scheduler/node/cores';
import type { Io } from './io';
import { UsageError } from './program';

/**
 * The language when no --lang is given, from the locale as POSIX ranks it: the first of LC_ALL, LC_MESSAGES and
 * LANG that is set and not empty; a locale starting with `zh` (zh_CN.UTF-8, zh_TW, zh) gives Chinese, any other
 * (C, POSIX, en_US.UTF-8, de_DE…) or none gives English.
 * @example defaultLang({ LANG: 'zh_CN.UTF-8' }) // 'zh'
 * @example defaultLang({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }) // 'en'
 */
export function defaultLang(env: Readonly<Record<string, string | undefined>> = {}): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^zh(?:[_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}

/**
 * The language of a command line: its `--lang` (`--lang zh` or `--lang=zh`) when that is zh or en, else the
 * locale's (defaultLang). Read before the command is parsed, for the messages of start-up, Ctrl-C and errors.
 * @example langOf(['run', '--lang', 'zh'], {}) // 'zh'
 * @example langOf(['run', '--lang=zh'], {}) // 'zh'
 */
export function langOf(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Lang {
  const joined = argv.find((a) => a.startsWith('--lang='));
  const given = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : joined?.slice('--lang='.length);
  return given === 'zh' || given === 'en' ? given : defaultLang(env);
}

/** Reads `--lang`. @throws UsageError on anything but en or zh (said in the locale's language: langOf) */
export function parseLang(value: string): Lang {
  if (value !== 'en' && value !== 'zh') throw new UsageError(cliWords.langInvalid(JSON.stringify(value)));
  return value;
}

/** A positive whole number for flags such as --runs and --workers. */
export function parsePositiveInt(flag: string, value: string | undefined, max = 10_000_000): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(cliWords.wholeNumberInvalid(flag, max.toLocaleString('en-US'), JSON.stringify(value)));
  }
  return Number(value);
}

/**
 * Reads `--workers`: a whole number from 1 to 256, capped at the cores this process may use (more threads than
 * cores only add memory: each worker holds its own accumulators), with a one-line note on stderr when capped.
 * @returns undefined when the flag is absent (every core is used)
 * @throws UsageError on a value that is not a whole number from 1 to 256
 */
export function parseWorkers(value: string | undefined, io: Io, lang: Lang, cores = machineCores()): number | undefined {
  const asked = parsePositiveInt('--workers', value, 256);
  if (asked === undefined || asked <= cores) return asked;
  io.err(`${cliWords.workersCapped(String(asked), String(cores))[lang]}\n`);
  return cores;
}

/** `--json`: the machine output, as every command spells it (`--format json` is the same where a command has it). */
export const jsonFlag = (lang: Lang) => ['--json', cliHelp.json[lang]] as const;

/**
 * The format to print: `--json` or `--format` (they must agree when both are given).
 * @throws UsageError on a format not in `allowed`, or --json with another --format
 */
export function parseFormat<T extends string>(value: string, allowed: readonly T[], json = false): T {
  if (json) {
    if (value !== 'json' && value !== allowed[0]) throw new UsageError(cliWords.jsonAndFormat(value));
    return 'json' as T;
  }
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(cliWords.formatInvalid(outputWords.listed(allowed), JSON.stringify(value)));
  return value as T;
}

/** `--max-memory <MB>`: the limit on the estimated memory of a simulation (src/scenario/estimateMemory.ts). */
export const maxMemoryFlag = (lang: Lang) => ['--max-memory <MB>', cliHelp.maxMemory[lang]] as const;

/** Reads `--max-memory`. @throws UsageError on a value that is not a whole number from 64 to 10,000,000 */
export function parseMaxMemory(value: string | undefined): number | undefined {
  const mb = parsePositiveInt('--max-memory', value, 10_000_000);
  if (mb !== undefined && mb < 64) throw new UsageError(cliWords.maxMemoryTooLow(String(mb)));
  return mb;
}

/** The folder named by `--out`, resolved against `cwd` and checked before any work (see src/output/outFolder). */
export interface OutTarget {
  dir: string;
  shown: string;
}

/**
 * Reads `--out`: an empty value is a usage error; a file, a path under a file, an unwritable place or a folder
 * holding files quansim did not write is the user's error (exit 1), found before anything is simulated.
 */
export function parseOut(value: string | undefined, cwd: string): OutTarget | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(cliWords.outEmpty);
  const target = { dir: resolve(cwd, value), shown: value };
  checkOutFolder(target.dir, target.shown);
  return target;
}
