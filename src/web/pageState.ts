/**
 * Everything a link must carry to reproduce the page: the language, the scenarios shown (a built-in file or
 * the user's own YAML text, each with the form's edits), the runs and the seed shared by all of them, and the
 * layout of a comparison. `urlState.ts` turns it into the URL and back; nothing else is kept anywhere.
 */
import { z } from 'zod';
import type { Lang } from '../i18n/Bilingual';
import type { ScenarioEdit } from '../scenario/scenarioEdits';
import { analysisParamsSchema, type AnalysisParams } from './analysisParams';

/** A form edit: set the YAML node at `path` of the scenario file to `value` (the CLI's `--set` makes the same). */
export type Edit = ScenarioEdit;

/** Where a scenario comes from: a file bundled from scenarios/, or YAML text the user loaded. */
export type Source = { kind: 'builtin'; file: string } | { kind: 'text'; name: string; text: string };

/** One scenario on the page. */
export interface Slot {
  source: Source;
  edits: Edit[];
}

export type Layout = 'side' | 'overlay';

export interface PageState {
  lang: Lang;
  /** The first is the main scenario; the others are compared with it on the same runs and seed. */
  slots: Slot[];
  /** Runs and seed for every scenario; null takes the first scenario's own. */
  runs: number | null;
  seed: string | null;
  layout: Layout;
  /** Runs chosen by `--runs auto`: batches until the headline figures are stable (runs is then ignored). */
  runsAuto?: boolean;
  /** The analyses' inputs (sensitivity, goal seek, sweep); absent until one is edited. */
  analysis?: AnalysisParams;
}

/** At most this many scenarios side by side: more would not fit a screen. */
export const MAX_SLOTS = 4;
/** A link or a form cannot ask for more runs than this (a page must stay usable). */
export const MAX_RUNS = 200_000;
/** User YAML kept in a link, in characters. */
const MAX_TEXT = 200_000;

const editSchema = z.strictObject({
  path: z.array(z.union([z.string().max(200), z.number().int().min(0).max(10_000)])).min(1).max(20),
  value: z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]),
});

const sourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('builtin'), file: z.string().regex(/^scenarios\/[A-Za-z0-9_./-]+\.ya?ml$/).max(300) }),
  z.strictObject({ kind: z.literal('text'), name: z.string().max(300), text: z.string().max(MAX_TEXT) }),
]);

/** The shape a decoded link must have; anything else is refused with a message, never half-applied. */
export const pageStateSchema = z.strictObject({
  lang: z.enum(['zh', 'en']),
  slots: z.array(z.strictObject({ source: sourceSchema, edits: z.array(editSchema).max(500) })).min(1).max(MAX_SLOTS),
  runs: z.number().int().min(1).max(MAX_RUNS).nullable(),
  seed: z.string().min(1).max(100).nullable(),
  layout: z.enum(['side', 'overlay']),
  runsAuto: z.boolean().optional(),
  analysis: analysisParamsSchema.optional(),
});

/** The page as it opens with no link: the default scenario, its own runs and seed, Chinese. */
export function defaultPageState(defaultFile: string, lang: Lang = 'zh'): PageState {
  return { lang, slots: [{ source: { kind: 'builtin', file: defaultFile }, edits: [] }], runs: null, seed: null, layout: 'side' };
}

/** A copy of `slot` with `edit` applied (replacing an earlier edit of the same path). */
export function withEdit(slot: Slot, edit: Edit): Slot {
  const key = JSON.stringify(edit.path);
  return { ...slot, edits: [...slot.edits.filter((e) => JSON.stringify(e.path) !== key), edit] };
}

/** A copy of `slot` without the edit at `path` (back to the file's value). */
export function withoutEdit(slot: Slot, path: Edit['path']): Slot {
  const key = JSON.stringify(path);
  return { ...slot, edits: slot.edits.filter((e) => JSON.stringify(e.path) !== key) };
}
