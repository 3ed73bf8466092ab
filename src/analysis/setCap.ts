import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import type { Fen } from '../money/fen';
import type { Scenario } from '../scenario/model';
import { adjustDated } from './adjustDated';
import { schemeFilter } from './schemeFilter';

/**
 * The scenario with every numeric yearly cap per firm of one scheme set to `capFen` (as a scenario's
 * `schemes: {id: {cap: …}}` would); uncapped cases stay uncapped. Pure.
 *
 * @throws UserError when the scheme has no numeric cap (there is nothing to set)
 * @example setCap(s, 'hangzhou-2024.compute', 500_000_000) // 500万元 caps
 */
export function setCap(scenario: Scenario, schemeId: string, capFen: Fen): Scenario {
  const touch = schemeFilter(scenario, schemeId);
  if (!(Number.isSafeInteger(capFen) && capFen >= 0)) throw new Error(`setCap: not a whole number of fen: ${capFen}`);
  const scheme = scenario.rules.schemes.find((s) => s.id === schemeId)!;
  if (!scheme.caps.some((c) => c.value !== null)) throw new UserError('analysis.no-cap', messages.analysisNoCap(schemeId), { field: schemeId });
  const schemes = scenario.rules.schemes.map((s) =>
    touch(s.id) ? { ...s, caps: s.caps.map((c) => (c.value === null ? c : adjustDated(c, capFen))) } : s,
  );
  return { ...scenario, rules: { ...scenario.rules, schemes } };
}
