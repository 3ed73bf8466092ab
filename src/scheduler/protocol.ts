/**
 * Messages between the scheduler (Scheduler.ts) and its simulation workers (serveRuns.ts), the same in Node's
 * worker_threads, the page's Web Workers and the in-thread worker. A worker is told each scenario once under a
 * key, then given chunks of runs [from, to) of a keyed scenario, one at a time; it answers with progress, merges
 * each chunk into its own part of the job (merging is by run index, so the grouping does not change a number), and
 * hands its part over as plain data (accumulatorSetToJSON) when asked to collect. A worker can also merge and
 * summarize a job's parts (the page does, to keep its own thread free).
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
  /** Merge a job's parts by run index and summarize them. */
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
  | { type: 'error'; message: string; stack?: string; userErrors: UserErrorData[] | null };
