import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import type { Scenario } from '../scenario/model';

/**
 * The simulated year an analysis reads: the one given (as typed on the command line or in a form), else the first.
 * @throws UserError when the scenario does not simulate that year
 * @example pickYear(s, '2025') // 2025
 */
export function pickYear(scenario: Scenario, year?: string | number): number {
  if (year === undefined) return scenario.years[0]!;
  const y = Number(year);
  if (!scenario.years.includes(y)) throw new UserError('analysis.unknown-year', messages.analysisUnknownYear(String(year), scenario.years), { field: 'year' });
  return y;
}
