import { setPoolWords } from '../i18n/analysisWords';
import type { Fen } from '../money/fen';
import type { Scenario } from '../scenario/model';
import { adjustDated } from './adjustDated';
import { schemeFilter } from './schemeFilter';

/**
 * The scenario with one scheme's yearly pool set to `poolFen` for its whole validity (as a scenario's
 * `schemes: {id: {pool: …}}` would set it); a pool declared unlimited becomes this limit. Pure.
 *
 * @throws Error when the scheme is not in the scenario or the amount is not whole fen (callers validate)
 * @example setPool(s, 'hangzhou-2024.compute', 30_000_000_000) // a 3亿元 pool
 */
export function setPool(scenario: Scenario, schemeId: string, poolFen: Fen): Scenario {
  const touch = schemeFilter(scenario, schemeId);
  if (!(Number.isSafeInteger(poolFen) && poolFen >= 0)) throw new Error(`setPool: not a whole number of fen: ${poolFen}`);
  const schemes = scenario.rules.schemes.map((s) => {
    if (!touch(s.id)) return s;
    const base = s.pool[0] ?? {
      value: poolFen,
      from: s.validFrom,
      to: s.validTo,
      unit: 'CNY per year',
      label: { ...setPoolWords.poolSetByAnalysis },
      reference: s.reference,
    };
    return { ...s, pool: [adjustDated({ ...base, from: s.validFrom, to: s.validTo }, poolFen)] };
  });
  return {
    ...scenario,
    rules: { ...scenario.rules, schemes },
    unlimitedPools: scenario.unlimitedPools.filter((id) => id !== schemeId),
  };
}
