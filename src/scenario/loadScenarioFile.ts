import { relative, resolve } from 'node:path';
import { UserError } from '../errors/UserError';
import { readTextFile } from '../yaml/loadYamlFile';
import { loadScenario } from './loadScenario';
import type { Scenario } from './model';

/**
 * Reads a scenario file and the policy files it names from disk (Node only), showing paths relative to `cwd`.
 * @throws UserError when the file cannot be read; UserErrors for its problems
 */
export function loadScenarioFile(path: string, cwd = process.cwd()): Scenario {
  const shown = relative(cwd, resolve(cwd, path)) || path;
  let text: string;
  try {
    text = readTextFile(resolve(cwd, path));
  } catch (e) {
    throw e instanceof UserError ? e.at({ file: shown }) : e;
  }
  return loadScenario(text, shown, (p) => readTextFile(resolve(cwd, p)));
}
