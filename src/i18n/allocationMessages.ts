/**
 * The messages a user can cause in the allocation rules of a scenario (src/allocation), zh and en, kept together
 * for review and translation.
 */
import type { Bilingual } from './Bilingual';

export const allocationMessages = {
  /** A `batch-ranked` priority criterion that is not one of `valid` (each criterion its own argument). */
  unknownPriority: (key: string, ...valid: string[]): Bilingual => ({
    zh: `未知的优先规则 ${JSON.stringify(key)}：可用 ${valid.join('、')}`,
    en: `unknown priority ${JSON.stringify(key)}: valid ones are ${valid.join(', ')}`,
  }),
};
