/**
 * The project's scenario, policy and population files (scenarios/**) and any YAML kept beside the notebooks
 * (notebooks/scenarios/**), bundled into the notebooks as text by Vite (`?raw`), so that loadScenario reads them
 * as the CLI reads the disk and the notebooks work offline.
 */
import { parseDocument } from 'yaml';
import { loadScenario, UserError, type Scenario } from '../../src/index';

const raw = {
  ...import.meta.glob('../../scenarios/**/*.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob('../scenarios/**/*.yaml', { query: '?raw', import: 'default', eager: true }),
} as Record<string, string>;

/** Path as the CLI names it (`scenarios/hangzhou-2024.yaml`, `notebooks/scenarios/mine.yaml`) → text. */
export const scenarioFiles: ReadonlyMap<string, string> = new Map(
  Object.entries(raw).map(([k, v]) => [k.startsWith('../../') ? k.slice(6) : `notebooks/${k.slice(3)}`, v]),
);

/**
 * Reads a bundled file for loadScenario.
 * @throws UserError naming the path when it is not bundled (files are bundled when the notebook is built or served)
 */
export function readScenarioFile(path: string): string {
  const text = scenarioFiles.get(path.replace(/^\.\//, ''));
  if (text === undefined) {
    throw new UserError('file.missing', { zh: `没有这个文件：${path}`, en: `No such file: ${path}` }, { file: path });
  }
  return text;
}

/** A change to a scenario file before loading: the YAML path of a value and the value, as the file would say it. */
export type ScenarioEdit = [path: readonly (string | number)[], value: unknown];

/**
 * Loads a bundled scenario, after setting values in its YAML (as a person would edit the file), e.g.
 * `[['schemes', 'hangzhou-2024.compute', 'pool'], '3亿元']`. The edits go through the same loader and checks as
 * the file itself, so a bad value is reported as it would be in the file.
 * @throws UserErrors from loadScenario
 */
export function loadBundledScenario(file: string, edits: readonly ScenarioEdit[] = []): Scenario {
  let text = readScenarioFile(file);
  if (edits.length > 0) {
    const doc = parseDocument(text);
    for (const [path, value] of edits) doc.setIn(path, value);
    text = doc.toString();
  }
  return loadScenario(text, file, readScenarioFile);
}
