import { readTextFile } from '../yaml/loadYamlFile';
import { loadPolicy } from './loadPolicy';
import type { PolicyDocument } from './policySchema';

/**
 * Reads and validates a policy file from disk (Node only; the page uses `loadPolicy` on fetched text).
 * @throws UserError when the file cannot be read; UserErrors for its contents
 */
export function loadPolicyFile(path: string): PolicyDocument {
  return loadPolicy(readTextFile(path), path);
}
