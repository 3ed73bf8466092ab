import type { Scenario } from '../scenario/model';
import { scaleRatios } from './scaleRatios';
import { setCap } from './setCap';
import { setPool } from './setPool';

/**
 * What `solve` and `sweep` vary, for one scheme:
 * - pool: its yearly pool, in fen;
 * - cap: its numeric yearly caps per firm, in fen (uncapped cases stay uncapped);
 * - ratio: a scale of its ratios in basis points, 10,000 = the scenario's ratios (at most 100%: the published
 *   ratios are maxima, 000 closing paragraph).
 */
export const VARIABLES = ['pool', 'cap', 'ratio'] as const;
export type Variable = (typeof VARIABLES)[number];

/** The unit a variable's values are in. */
export function variableUnit(v: Variable): 'fen' | 'bp' {
  return v === 'ratio' ? 'bp' : 'fen';
}

/**
 * The scenario with `variable` of scheme `schemeId` set to `value` (fen, or bp for ratio). Pure.
 * @throws UserError when the scheme has no numeric cap to set (cap)
 * @example applyVariable(s, 'pool', 'hangzhou-2024.compute', 30_000_000_000) // pool 3亿元
 */
export function applyVariable(scenario: Scenario, variable: Variable, schemeId: string, value: number): Scenario {
  switch (variable) {
    case 'pool':
      return setPool(scenario, schemeId, value);
    case 'cap':
      return setCap(scenario, schemeId, value);
    case 'ratio':
      return scaleRatios(scenario, value, schemeId);
  }
}
