import { loadYaml } from '../yaml/loadYaml';
import { policySchema, type PolicyDocument } from './policySchema';

/**
 * Reads and validates one policy file (browser-safe).
 *
 * @param text the YAML source (format: docs/policy-format.md)
 * @param file the name shown in messages
 * @returns the document with amounts in fen, ratios in bp and dates as Day; options not yet applied
 * @throws UserErrors listing every problem of the file, each with line, column and field
 */
export function loadPolicy(text: string, file: string): PolicyDocument {
  return loadYaml(text, file, policySchema);
}
