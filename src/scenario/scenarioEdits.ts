/**
 * Edits of a scenario file, one representation for the page's form and the CLI's `--set`: set the YAML node at
 * `path` to `value`. They are applied to the file's YAML document (`doc.setIn`, comments kept) and the edited
 * text is loaded by the same loadScenario, so an edit is validated exactly as the file would be.
 *
 *   scenario text ──applyEdits(edits)──▶ edited YAML ──loadScenario──▶ Scenario ──editedScenario(base, ·)──▶ "(edited)"
 */
import { isNode, parseDocument, type Document } from 'yaml';
import { UserError } from '../errors/UserError';
import { editMessages } from '../i18n/editMessages';
import { resolveRelative } from './loadScenario';

/** Set the YAML node at `path` of the scenario file to `value` (a string is kept as YAML text, e.g. "1.5亿元"). */
export interface ScenarioEdit {
  path: (string | number)[];
  value: string | number | boolean | null;
}

/**
 * Applies edits to a YAML text through its Document (comments and layout kept). A text with syntax errors is
 * returned unchanged: loadScenario will report them. A scenario that takes its firms from a `populationFile`
 * gets that file's `population:` copied in (and `populationFile` removed) before a population edit, so the
 * edited scenario stays one self-contained file that the CLI runs as it is.
 * @param file the scenario's path (the population file is relative to it)
 * @param readFile reads a project file by path
 * @throws UserError (code page.edit-path) when an edit's path runs through a value that is not a map or a list
 * @example applyEdits('runs: 10\n', [{ path: ['runs'], value: 20 }], 'x.yaml', read) // 'runs: 20\n'
 */
export function applyEdits(text: string, edits: readonly ScenarioEdit[], file: string, readFile: (path: string) => string): string {
  if (edits.length === 0) return text;
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return text;
  if (edits.some((e) => e.path[0] === 'population')) inlinePopulation(doc, file, readFile);
  for (const e of edits) {
    try {
      doc.setIn(e.path, e.value);
    } catch {
      throw new UserError('page.edit-path', editMessages.pathInvalid(e.path.join('.')), { field: e.path.join('.') });
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
  node.commentBefore = ` Copied from ${rel} by an edit (the page or --set), so that its edits apply here.`;
  doc.delete('populationFile');
  doc.set('population', node);
}
