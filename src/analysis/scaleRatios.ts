import { BP_ONE, type BasisPoints } from '../money/fen';
import type { RatioRule } from '../policy/model';
import type { Scenario } from '../scenario/model';
import { adjustDated } from './adjustDated';
import { schemeFilter } from './schemeFilter';

/**
 * The scenario with every subsidy ratio (and every top-up's match ratio) of all schemes, or of the named one,
 * times `factorBp` / 10,000: floor(bp × factor / 10,000), as a scenario's `ratioScale` rounds (resolveRules),
 * and at most 100%. Factors above 100% are allowed here (a sensitivity's +20%) although the published ratios
 * are maxima (000, closing paragraph). Pure.
 *
 * @example scaleRatios(s, 5_000) // 30% → 15%, 20% → 10%
 */
export function scaleRatios(scenario: Scenario, factorBp: BasisPoints, only?: string): Scenario {
  if (!(Number.isSafeInteger(factorBp) && factorBp >= 0)) throw new Error(`scaleRatios: factor must be whole basis points: ${factorBp}`);
  const touch = schemeFilter(scenario, only);
  const scaled = (r: RatioRule): RatioRule => adjustDated(r, Math.min(BP_ONE, Math.floor((r.value * factorBp) / BP_ONE)));
  const schemes = scenario.rules.schemes.map((s) => {
    if (!touch(s.id)) return s;
    return s.kind === 'grant' ? { ...s, ratios: s.ratios.map(scaled) } : { ...s, match: s.match.map(scaled) };
  });
  return { ...scenario, rules: { ...scenario.rules, schemes } };
}
