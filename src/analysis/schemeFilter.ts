import type { Scenario } from '../scenario/model';

/**
 * Which schemes a transformation touches: all, or the one named.
 * @throws Error when the named scheme is not in the scenario (callers validate user input first: pickScheme)
 */
export function schemeFilter(scenario: Scenario, only: string | undefined): (id: string) => boolean {
  if (only === undefined) return () => true;
  if (!scenario.rules.schemes.some((s) => s.id === only)) throw new Error(`no scheme ${only} in scenario ${scenario.id}`);
  return (id) => id === only;
}
