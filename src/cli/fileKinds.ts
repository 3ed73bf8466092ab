import { policyFileKind } from '../policy/policyFileKind';
import { populationFileKind, scenarioFileKind } from '../scenario/scenarioFileKinds';
import type { FileKind } from '../yaml/fileKinds';
import { resampleFileKind } from '../data/resampleFileKind';

/**
 * The kinds of YAML file the CLI knows, recognised by their top-level key. `quansim validate` dispatches on
 * this list and `quansim schema` writes one JSON Schema per entry: register a new kind (e.g. the scenario
 * file, top-level key `scenario`) by adding it here.
 */
export const fileKinds: FileKind[] = [policyFileKind, scenarioFileKind, populationFileKind, resampleFileKind];
