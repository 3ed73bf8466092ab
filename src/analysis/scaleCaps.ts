import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { MAX_FEN, type BasisPoints } from '../money/fen';
import type { Scenario } from '../scenario/model';
import { adjustDated } from './adjustDated';
import { fitsFen, scaleFen } from './scaleFen';
import { schemeFilter } from './schemeFilter';

/**
 * The scenario with every numeric yearly cap per firm (or the named scheme's) times `factorBp` / 10,000, rounded
 * half up to the fen; uncapped cases (value null) stay uncapped. Pure.
 *
 * @throws UserError when a scaled cap exceeds MAX_FEN
 * @example scaleCaps(s, 8_000) // 800万元 caps become 640万元
 */
export function scaleCaps(scenario: Scenario, factorBp: BasisPoints, only?: string): Scenario {
  const touch = schemeFilter(scenario, only);
  const schemes = scenario.rules.schemes.map((s) => {
    if (!touch(s.id)) return s;
    return {
      ...s,
      caps: s.caps.map((c) => {
        if (c.value === null) return c;
        const v = scaleFen(c.value, factorBp);
        if (!fitsFen(v)) throw new UserError('analysis.amount-too-large', messages.analysisAmountTooLarge(`${s.id} cap`, v, MAX_FEN));
        return adjustDated(c, v);
      }),
    };
  });
  return { ...scenario, rules: { ...scenario.rules, schemes } };
}
