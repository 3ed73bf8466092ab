/**
 * The main scenario's text with its firms replaced: by a fitted population written inline, or by a resample file
 * (docs/data.md) that draws past firm-years. Pure text functions, shared by the data card and its tests.
 */
import { isNode, parseDocument } from 'yaml';

/**
 * Puts a fitted population in a scenario's YAML text in place of its `populationFile:` or `population:`.
 * @example inlinePopulation('scenario: …\npopulationFile: p.yaml\n', 'population:\n  firms: …\n') // '…population:\n  firms: …'
 */
export function inlinePopulation(scenarioText: string, populationYaml: string): string {
  const doc = parseDocument(scenarioText, { uniqueKeys: false });
  const node = parseDocument(populationYaml).get('population', true);
  if (!isNode(node)) throw new Error('inlinePopulation: the fitted YAML has no population');
  doc.delete('populationFile');
  doc.set('population', node);
  return doc.toString({ lineWidth: 0 });
}

/**
 * Puts a resample file in a scenario's YAML text in place of its `populationFile:` or `population:`.
 * @example resamplingPopulation('scenario: …\npopulation: …\n', 'x.resample.yaml') // '…populationFile: x.resample.yaml'
 */
export function resamplingPopulation(scenarioText: string, resampleFile: string): string {
  const doc = parseDocument(scenarioText, { uniqueKeys: false });
  doc.delete('population');
  doc.set('populationFile', resampleFile);
  return doc.toString({ lineWidth: 0 });
}

/** The resample file (docs/data.md) that draws from the applications file `csv`. */
export function resampleFileText(csv: string): string {
  return `resample:\n  applications: [${JSON.stringify(csv)}]\n`;
}
