/**
 * A page slot → the scenario it describes. The form's edits are applied to the scenario file's YAML document
 * (`doc.setIn(path, value)`, comments kept) and the edited text is loaded by the same loadScenario as the CLI,
 * so an edit is validated exactly as the file would be, with the same messages and line numbers.
 *
 *   Slot {source, edits} ──text──▶ applyEdits ──edited YAML──▶ loadScenario(…, readBundled) ──▶ Scenario | UserErrors
 */
import { isNode, parseDocument, type Document } from 'yaml';
import { UserError, userErrorsOf } from '../errors/UserError';
import { loadScenario, resolveRelative } from '../scenario/loadScenario';
import type { Scenario } from '../scenario/model';
import { editedScenario } from '../scenario/scenarioChanges';
import { bundledFiles, readBundled } from './bundledFiles';
import type { Edit, Slot } from './pageState';
import { strings } from './strings';

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

/**
 * Applies edits to a YAML text through its Document (comments and layout kept). A text with syntax errors is
 * returned unchanged: loadScenario will report them. A scenario that takes its firms from a `populationFile`
 * gets that file's `population:` copied in (and `populationFile` removed) before a population edit, so the
 * edited scenario stays one self-contained file that the CLI runs as it is.
 * @param file the scenario's path (the population file is relative to it)
 * @param readFile reads a project file by path
 * @throws UserError when an edit's path runs through a value that is not a map or a list
 */
export function applyEdits(text: string, edits: readonly Edit[], file: string, readFile: (path: string) => string): string {
  if (edits.length === 0) return text;
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return text;
  if (edits.some((e) => e.path[0] === 'population')) inlinePopulation(doc, file, readFile);
  for (const e of edits) {
    try {
      doc.setIn(e.path, e.value);
    } catch {
      throw new UserError('page.edit-path', strings.editPathInvalid(e.path.join('.')), { field: e.path.join('.') });
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** Replaces `populationFile: x` by the `population:` of file x (when it can be read; else loadScenario reports it). */
function inlinePopulation(doc: Document, file: string, readFile: (path: string) => string): void {
  const rel = doc.get('populationFile');
  if (typeof rel !== 'string' || doc.has('population')) return;
  let popText: string;
  try {
    popText = readFile(resolveRelative(file, rel));
  } catch {
    return;
  }
  const popDoc = parseDocument(popText, { uniqueKeys: false });
  const node = popDoc.get('population', true);
  if (popDoc.errors.length > 0 || !isNode(node)) return;
  node.commentBefore = ` Copied from ${rel} by the page, so that its edits apply here.`;
  doc.delete('populationFile');
  doc.set('population', node);
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
