/**
 * Messages between the page and its simulation workers (worker.ts). A worker is told each scenario once under
 * a key, then given chunks of runs [from, to) of a keyed scenario, one at a time; it answers with progress and
 * the chunk's accumulators as plain data (accumulatorSetToJSON). The page then hands each job's chunks to a worker
 * to merge by run index and summarize, as the CLI does.
 */
import type { Location } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import type { Scenario } from '../scenario/model';
import type { Summary } from '../stats/Summary';

export type ToWorker =
  | { type: 'scenario'; key: string; scenario: Scenario }
  | { type: 'chunk'; key: string; from: number; to: number }
  /** Merge a job's chunks by run index and summarize them (off the page's thread: it takes a while for many runs). */
  | { type: 'summarize'; key: string; scenario: Scenario; chunks: unknown[] };

/** A user error carried across the worker boundary as data. */
export interface UserErrorData {
  code: string;
  text: Bilingual;
  where: Location;
}

export type FromWorker =
  | { type: 'progress'; done: number }
  | { type: 'chunk'; key: string; from: number; to: number; result: unknown }
  | { type: 'summary'; key: string; summary: Summary }
  | { type: 'error'; message: string; userErrors: UserErrorData[] | null };
