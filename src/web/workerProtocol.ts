/**
 * Messages between the page and its simulation workers (worker.ts). A worker is told each scenario once under
 * a key, then given chunks of runs [from, to) of a keyed scenario, one at a time; it answers with progress, merges
 * each chunk into its own part of the job (merging is by run index, so the grouping does not change a number), and
 * hands its part over as plain data (accumulatorSetToJSON) when asked to collect. The page then gives each job's
 * parts to a worker to merge and summarize, as the CLI does.
 */
import type { Location } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import type { Scenario } from '../scenario/model';
import type { Summary } from '../stats/Summary';

export type ToWorker =
  | { type: 'scenario'; key: string; scenario: Scenario }
  | { type: 'chunk'; key: string; from: number; to: number }
  /** Hand over this worker's part of the job (null when it ran none of its chunks). */
  | { type: 'collect'; key: string }
  /** Merge a job's parts by run index and summarize them (off the page's thread: it takes a while for many runs). */
  | { type: 'summarize'; key: string; scenario: Scenario; parts: unknown[] };

/** A user error carried across the worker boundary as data. */
export interface UserErrorData {
  code: string;
  text: Bilingual;
  where: Location;
}

export type FromWorker =
  | { type: 'progress'; done: number }
  | { type: 'chunk'; key: string; from: number; to: number }
  | { type: 'part'; key: string; part: unknown }
  | { type: 'summary'; key: string; summary: Summary }
  | { type: 'error'; message: string; userErrors: UserErrorData[] | null };
