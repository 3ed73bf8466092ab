import { relative, resolve } from 'node:path';
import { UserError } from '../errors/UserError';
import { readTextFile } from '../yaml/loadYamlFile';
import { loadScenario } from './loadScenario';
import type { Scenario } from './model';
import { applyEdits, type ScenarioEdit } from './scenarioEdits';

/**
 * Reads a scenario file and the policy files it names from disk (Node only), showing paths relative to `cwd`.
 * @throws UserError when the file cannot be read; UserErrors for its problems
 */
export function loadScenarioFile(path: string, cwd = process.cwd()): Scenario {
  return loadEditedScenarioFile(path, [], cwd);
}

/**
 * Reads a scenario file, applies `edits` to its text (src/scenario/scenarioEdits, as the page does) and loads the
 * edited text with the same policy and population files. The result is the edited scenario as it runs, not yet
 * named "(edited)": editedScenario does that against the unedited file.
 * @throws UserError when the file cannot be read; UserErrors for the edited file's problems (with its field names)
 */
export function loadEditedScenarioFile(path: string, edits: readonly ScenarioEdit[], cwd = process.cwd()): Scenario {
  const shown = relative(cwd, resolve(cwd, path)) || path;
  let text: string;
  try {
    text = readTextFile(resolve(cwd, path));
  } catch (e) {
    throw e instanceof UserError ? e.at({ file: shown }) : e;
  }
  const read = (p: string): string => readTextFile(resolve(cwd, p));
  return loadScenario(edits.length === 0 ? text : applyEdits(text, edits, shown, read), shown, read);
}
