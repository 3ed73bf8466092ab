import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { BP_ONE, type BasisPoints } from '../money/fen';
import type { CountLaw } from '../population/model';
import { MAX_FIRMS } from '../population/schema';
import type { Scenario } from '../scenario/model';

/**
 * The scenario with the number of firms that consider applying scaled by `factorBp` / 10,000: a Poisson or
 * negative binomial mean times the factor (the dispersion kept, so the relative spread of a negative binomial
 * stays comparable), a fixed count rounded half up. Pure.
 *
 * @throws UserError when the scaled mean exceeds the population schema's limit (MAX_FIRMS)
 * @example scaleFirms(s, 12_000).population.firms // {law: 'poisson', mean: 360} for a mean of 300
 */
export function scaleFirms(scenario: Scenario, factorBp: BasisPoints): Scenario {
  if (!(Number.isSafeInteger(factorBp) && factorBp >= 0)) throw new Error(`scaleFirms: factor must be whole basis points: ${factorBp}`);
  const f = scenario.population.firms;
  let firms: CountLaw;
  if (f.law === 'fixed') firms = { law: 'fixed', n: Math.floor((f.n * factorBp * 2 + BP_ONE) / (2 * BP_ONE)) };
  else firms = { ...f, mean: (f.mean * factorBp) / BP_ONE };
  const mean = firms.law === 'fixed' ? firms.n : firms.mean;
  if (mean > MAX_FIRMS) throw new UserError('analysis.too-many-firms', messages.analysisTooManyFirms(mean, MAX_FIRMS));
  return { ...scenario, population: { ...scenario.population, firms } };
}
