/**
 * The command that reproduces the page's numbers with the CLI. A scenario that is not a project file as it
 * stands (edited in the form, or the user's own) must first be saved as a file; its policy paths are relative
 * to scenarios/, so it is saved there.
 */

import type { Lang } from '../i18n/Bilingual';

export interface CliCommand {
  /** The shell command. */
  command: string;
  /** Where to save the scenario's YAML first (project-relative), or null for a project file run as it is. */
  saveAs: string | null;
}

/**
 * @param file the bundled scenario file (e.g. `scenarios/hangzhou-2024.yaml`) or the user's file name
 * @param custom true when the YAML differs from the project's file (edits, or the user's own)
 * @param scenarioId the scenario's id (names the saved file); null when the file does not load
 * @param runs the runs, or `auto` (`--runs auto`: batches until the headline figures are stable)
 * @param lang the language the CLI should print in (`--lang zh` for Chinese)
 * @example cliCommand('scenarios/hangzhou-2024.yaml', false, 'hangzhou-2024', 10000, '2024').command
 *   // "npx quansim run scenarios/hangzhou-2024.yaml --runs 10000 --seed 2024"
 */
export function cliCommand(file: string, custom: boolean, scenarioId: string | null, runs: number | 'auto', seed: string, lang: Lang = 'en'): CliCommand {
  const saveAs = custom ? `scenarios/${savedName(file, scenarioId)}` : null;
  const command = `npx quansim run ${shellQuote(saveAs ?? file)} --runs ${runs} --seed ${shellQuote(seed)}${langFlag(lang)}`;
  return { command, saveAs };
}

/**
 * The command that compares scenarios on the same seeds (`quansim compare`), from the files each one is run from.
 * @example compareCommand(['scenarios/a.yaml', 'scenarios/b.yaml'], 100, '1') // "npx quansim compare scenarios/a.yaml scenarios/b.yaml --runs 100 --seed 1"
 */
export function compareCommand(files: readonly string[], runs: number, seed: string, lang: Lang = 'en'): string {
  return `npx quansim compare ${files.map(shellQuote).join(' ')} --runs ${runs} --seed ${shellQuote(seed)}${langFlag(lang)}`;
}

/** ` --lang zh` for Chinese: the CLI writes English unless told otherwise. */
export function langFlag(lang: Lang): string {
  return lang === 'zh' ? ' --lang zh' : '';
}

/** `<id>-edited.yaml` for an edited project file, the user's own name otherwise; safe characters only. */
function savedName(file: string, scenarioId: string | null): string {
  const base = file.startsWith('scenarios/') ? `${scenarioId ?? baseName(file)}-edited` : baseName(file);
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'scenario';
  return `${safe}.yaml`;
}

function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.ya?ml$/i, '');
}

/** Quotes a word for a POSIX shell when it holds anything but safe characters. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
