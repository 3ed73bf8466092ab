/**
 * The fields of a scenario file that an edit may set, as the page's form offers them (src/web/formFields.ts builds
 * its inputs on the same paths): per scheme its pool, ratio scale and cap (when it has a numeric cap), every
 * ambiguity option in force, the number of firms, each tier's share, the allocation mechanism and batch period,
 * and the first-year pool. `quansim run --set <key>=<value>` accepts exactly these keys.
 */
import { fieldPath } from '../yaml/parseYaml';
import type { Scenario } from './model';
import type { ScenarioEdit } from './scenarioEdits';

export interface EditableField {
  /** The YAML path in the scenario file. */
  path: ScenarioEdit['path'];
  /** `fieldPath(path)`, e.g. `schemes.hangzhou-2024.compute.pool`, `population.tiers[0].share`. */
  key: string;
  /** True when the file takes a YAML number here (the number of firms), not text. */
  numeric: boolean;
}

/**
 * The editable fields of `scenario`, in the form's order.
 * @example editableFields(hangzhou2024).map((f) => f.key)[0] // 'schemes.hangzhou-2024.compute.pool'
 */
export function editableFields(scenario: Scenario): EditableField[] {
  const paths: [ScenarioEdit['path'], boolean][] = [];
  for (const s of scenario.rules.schemes) {
    paths.push([['schemes', s.id, 'pool'], false], [['schemes', s.id, 'ratioScale'], false]);
    if (s.caps.some((c) => c.value !== null)) paths.push([['schemes', s.id, 'cap'], false]);
  }
  for (const o of scenario.rules.options) paths.push([['options', o.key], false]);
  const pop = scenario.population;
  paths.push([['population', 'firms', pop.firms.law === 'fixed' ? 'n' : 'mean'], true]);
  pop.tiers.forEach((_, i) => paths.push([['population', 'tiers', i, 'share'], false]));
  paths.push([['allocation', 'mechanism'], false], [['allocation', 'period'], false], [['firstYearPool'], false]);
  return paths.map(([path, numeric]) => ({ path, key: fieldPath(path), numeric }));
}
