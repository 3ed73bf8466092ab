/**
 * The commands, and what `quansim --help` says of each. A command's code (its options, its action and everything
 * they import) is loaded only when that command runs: `quansim --help` and `--version` load none, `quansim quote`
 * loads the quote command only. Add a command here and in a file of its own that registers it.
 */
import type { Command } from 'commander';
import type { Io } from '../io';

/** A command registers itself (its arguments, options and action) on the program. */
export type RegisterCommand = (program: Command, io: Io) => void;

export interface CommandEntry {
  name: string;
  /** Its arguments as the help shows them. */
  args: string;
  description: string;
  load: () => Promise<RegisterCommand>;
}

export const commands: readonly CommandEntry[] = [
  { name: 'validate', args: '<file...>', description: 'check policy and scenario YAML files; list every problem with its line and field', load: async () => (await import('./validate')).registerValidate },
  { name: 'schema', args: '', description: 'write JSON Schemas of the YAML files (for editors), generated from the validating code', load: async () => (await import('./schema')).registerSchema },
  { name: 'run', args: '[scenario]', description: 'simulate a scenario (default: the Hangzhou 2024 compute voucher) and summarise the runs', load: async () => (await import('./run')).registerRun },
  { name: 'compare', args: '<scenarios...>', description: 'run scenarios on the same seeds and compare their headline figures, with paired differences', load: async () => (await import('./compare')).registerCompare },
  { name: 'quote', args: '<policies...>', description: 'what one application receives under the given policy files, scheme by scheme, with the reasons', load: async () => (await import('./quote')).registerQuote },
  { name: 'report', args: '<input>', description: 'write a presentation report (Markdown, self-contained HTML, SVG/PNG charts, CSV tables, citations) of a scenario or a summary.json', load: async () => (await import('./report')).registerReport },
  { name: 'sensitivity', args: '[scenario]', description: 'move each input by ±delta on the same runs and show what moves the chance the pool runs out (tornado)', load: async () => (await import('./sensitivity')).registerSensitivity },
  { name: 'solve', args: '[scenario]', description: 'find the smallest pool, or the largest cap or ratio, that meets a target (goal seek)', load: async () => (await import('./solve')).registerSolve },
  { name: 'sweep', args: '[scenario]', description: 'a grid over two inputs (pool, cap, ratio) of the chance the pool runs out, with a heatmap', load: async () => (await import('./sweep')).registerSweep },
  { name: 'fit', args: '<applications...>', description: 'fit a population file to past applications (CSV: firm, date, voucher, contract, …; see docs/data.md)', load: async () => (await import('./fit')).registerFit },
  { name: 'backtest', args: '[scenario]', description: 'compare what was actually paid with the simulated bands of a scenario', load: async () => (await import('./backtest')).registerBacktest },
];

/**
 * What the help says of a command (each command's file takes its description from here).
 * @throws Error for a name that is not a command (a bug)
 */
export function commandDescription(name: string): string {
  const c = commands.find((x) => x.name === name);
  if (!c) throw new Error(`no command ${name}`);
  return c.description;
}
