import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { compileRules } from '../policy/compile';
import type { Fen } from '../money/fen';
import type { Scenario } from '../scenario/model';

/** The scheme an analysis looks at, and its pool in the year (null when it has no limit or is not in force). */
export interface PickedScheme {
  id: string;
  index: number;
  poolFen: Fen | null;
}

/**
 * The scheme whose pool an analysis follows: the one named, or else the first scheme (in rule-set order) with a
 * pool limit in `year`.
 *
 * @param requirePool when true, the scheme must have a pool limit in the year (targets on exhaustion need one)
 * @throws UserError when the named scheme is unknown, when no scheme has a pool in the year, or when the named
 *   scheme has none and one is required
 */
export function pickScheme(scenario: Scenario, year: number, id?: string, requirePool = true): PickedScheme {
  const c = compileRules(scenario.rules);
  const ids = scenario.rules.schemes.map((s) => s.id);
  const poolOf = (i: number): Fen | null => (scenario.unlimitedPools.includes(ids[i]!) ? null : c.poolFor(i, year));
  if (id !== undefined) {
    const index = ids.indexOf(id);
    if (index < 0) throw new UserError('analysis.unknown-scheme', messages.analysisUnknownScheme(id, ids), { field: 'scheme' });
    const poolFen = poolOf(index);
    if (requirePool && poolFen === null) throw new UserError('analysis.scheme-unlimited', messages.analysisSchemeUnlimited(id, year), { field: 'scheme' });
    return { id, index, poolFen };
  }
  for (let i = 0; i < ids.length; i++) {
    const poolFen = poolOf(i);
    if (poolFen !== null) return { id: ids[i]!, index: i, poolFen };
  }
  if (requirePool || ids.length === 0) throw new UserError('analysis.no-pool', messages.analysisNoPooledScheme(year));
  return { id: ids[0]!, index: 0, poolFen: null };
}
