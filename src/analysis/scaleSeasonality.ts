import type { BasisPoints } from '../money/fen';
import type { Scenario } from '../scenario/model';

/** The months whose weight the seasonality input moves by default: the fourth quarter, when budgets close. */
export const Q4_MONTHS = [10, 11, 12] as const;

/**
 * The scenario with the arrival weights of `months` (1–12) times `factorBp` / 10,000. The number of applications
 * does not change (it comes from the firms and their contracts); only when in the year they arrive does: a
 * heavier fourth quarter moves applications from the rest of the year into it. Pure.
 *
 * @example scaleSeasonality(s, 12_000).population.arrivals.monthlyWeights // Oct–Dec weights × 1.2
 */
export function scaleSeasonality(scenario: Scenario, factorBp: BasisPoints, months: readonly number[] = Q4_MONTHS): Scenario {
  if (!(Number.isSafeInteger(factorBp) && factorBp >= 0)) throw new Error(`scaleSeasonality: factor must be whole basis points: ${factorBp}`);
  for (const m of months) if (!(Number.isInteger(m) && m >= 1 && m <= 12)) throw new Error(`scaleSeasonality: bad month ${m}`);
  const monthlyWeights = scenario.population.arrivals.monthlyWeights.map((w, i) => (months.includes(i + 1) ? (w * factorBp) / 10_000 : w));
  return { ...scenario, population: { ...scenario.population, arrivals: { ...scenario.population.arrivals, monthlyWeights } } };
}
