import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { MAX_FEN, type BasisPoints } from '../money/fen';
import type { Scenario } from '../scenario/model';
import { adjustDated } from './adjustDated';
import { fitsFen, scaleFen } from './scaleFen';
import { schemeFilter } from './schemeFilter';

/**
 * The scenario with every yearly pool (or the named scheme's) times `factorBp` / 10,000, rounded half up to the
 * fen. Pools the scenario declares unlimited stay unlimited. Pure: the scenario passed in is not changed.
 *
 * @param factorBp e.g. 8,000 for −20%, 12,000 for +20%
 * @param only a scheme id; all schemes when omitted
 * @throws UserError when a scaled pool exceeds MAX_FEN
 * @example scalePool(s, 12_000).rules.schemes[0].pool[0].value // 3亿元 (in fen) for a pool of 2.5亿元
 */
export function scalePool(scenario: Scenario, factorBp: BasisPoints, only?: string): Scenario {
  const touch = schemeFilter(scenario, only);
  const schemes = scenario.rules.schemes.map((s) => {
    if (!touch(s.id)) return s;
    return {
      ...s,
      pool: s.pool.map((p) => {
        const v = scaleFen(p.value, factorBp);
        if (!fitsFen(v)) throw new UserError('analysis.amount-too-large', messages.analysisAmountTooLarge(`${s.id} pool`, v, MAX_FEN));
        return adjustDated(p, v);
      }),
    };
  });
  return { ...scenario, rules: { ...scenario.rules, schemes } };
}
