/**
 * A page slot → the scenario it describes. The form's edits are applied to the scenario file's YAML document
 * (`doc.setIn(path, value)`, comments kept) and the edited text is loaded by the same loadScenario as the CLI,
 * so an edit is validated exactly as the file would be, with the same messages and line numbers.
 *
 *   Slot {source, edits} ──text──▶ applyEdits ──edited YAML──▶ loadScenario(…, readBundled) ──▶ Scenario | UserErrors
 */
import { UserError, userErrorsOf } from '../errors/UserError';
import { loadScenario } from '../scenario/loadScenario';
import { applyEdits } from '../scenario/scenarioEdits';
import type { Scenario } from '../scenario/model';
import { editedScenario } from '../scenario/scenarioChanges';
import { bundledFiles, readBundled } from './bundledFiles';
import type { Slot } from './pageState';
import { strings } from '../i18n/pageStrings';

export { applyEdits };

export interface LoadedSlot {
  slot: Slot;
  /** The file name shown in messages (the bundled path, or the user's file name). */
  file: string;
  /** The scenario file's text before the edits; null when a built-in file does not exist. */
  original: string | null;
  /** The YAML after the edits: what a CLI run would read. */
  text: string;
  /** True when the text is not a file of the project (edited, or the user's own). */
  custom: boolean;
  scenario: Scenario | null;
  errors: UserError[];
}

/** Loads a slot: its text, the edits applied, and the scenario or every problem found. */
export function loadSlot(slot: Slot, files: ReadonlyMap<string, string> = bundledFiles): LoadedSlot {
  const file = slot.source.kind === 'builtin' ? slot.source.file : slot.source.name || 'scenario.yaml';
  const original = slot.source.kind === 'builtin' ? files.get(slot.source.file) ?? null : slot.source.text;
  const custom = slot.source.kind === 'text' || slot.edits.length > 0;
  if (original === null) {
    return { slot, file, original, text: '', custom, scenario: null, errors: [new UserError('page.unknown-builtin', strings.unknownBuiltin(file), { file })] };
  }
  let text = original;
  try {
    text = applyEdits(original, slot.edits, file, (p) => readBundled(p, files));
    const read = (p: string): string => readBundled(p, files);
    let scenario = loadScenario(text, file, read);
    // An edited scenario is named and described by what it changes against the file as published (scenarioChanges).
    if (slot.edits.length > 0) scenario = editedScenario(loadBaseline(original, file, read) ?? scenario, scenario);
    return { slot, file, original, text, custom, scenario, errors: [] };
  } catch (e) {
    const errs = userErrorsOf(e);
    if (!errs) throw e;
    return { slot, file, original, text, custom, scenario: null, errors: errs };
  }
}

/** The scenario file as published (no edits); null when it does not load by itself (then no change list). */
function loadBaseline(original: string, file: string, read: (p: string) => string): Scenario | null {
  try {
    return loadScenario(original, file, read);
  } catch (e) {
    if (userErrorsOf(e)) return null;
    throw e;
  }
}
