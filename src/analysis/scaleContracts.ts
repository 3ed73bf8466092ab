import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { BP_ONE, MAX_FEN, type BasisPoints, type Fen } from '../money/fen';
import type { AmountModel, Tier, VoucherDemand } from '../population/model';
import type { Scenario } from '../scenario/model';
import { fitsFen, scaleFen } from './scaleFen';

/**
 * The scenario with every contract amount law (合同费用, every tier and voucher) scaled by k = `factorBp` / 10,000:
 * constant, uniform, triangular and empirical amounts and the truncation bounds times k (half up to the fen), a
 * lognormal's μ plus ln k. Each law then has its mean times k (up to the rounding of bounds and draws to the
 * fen and yuan), and on the same uniform draw gives about k times the amount (common random numbers).
 * Contract counts, executed shares and everything else stay. Pure.
 *
 * @throws UserError when a scaled amount exceeds MAX_FEN
 * @example scaleContracts(s, 12_000) // a lognormal with median 50万 gets median 60万
 */
export function scaleContracts(scenario: Scenario, factorBp: BasisPoints): Scenario {
  if (!(Number.isSafeInteger(factorBp) && factorBp > 0)) throw new Error(`scaleContracts: factor must be whole basis points > 0: ${factorBp}`);
  const tiers = scenario.population.tiers.map((t): Tier => {
    const vouchers: Tier['vouchers'] = {};
    for (const [v, d] of Object.entries(t.vouchers) as Array<[keyof Tier['vouchers'], VoucherDemand]>) {
      vouchers[v] = { ...d, amount: scaleAmount(d.amount, factorBp, `${t.id}.${v}`) } as never;
    }
    return { ...t, vouchers };
  });
  return { ...scenario, population: { ...scenario.population, tiers } };
}

/**
 * One amount law scaled by `factorBp` / 10,000 (see scaleContracts).
 * @param where named in the error when an amount grows too large
 */
export function scaleAmount(model: AmountModel, factorBp: BasisPoints, where = 'amount'): AmountModel {
  const k = (fen: Fen): Fen => {
    const v = scaleFen(fen, factorBp);
    if (!fitsFen(v)) throw new UserError('analysis.amount-too-large', messages.analysisAmountTooLarge(`${where} contract amount`, v, MAX_FEN));
    return v;
  };
  const truncate = model.truncate === null ? null : { minFen: k(model.truncate.minFen), maxFen: k(model.truncate.maxFen) };
  switch (model.law) {
    case 'constant':
      return { law: 'constant', valueFen: k(model.valueFen), truncate };
    case 'uniform':
      return { law: 'uniform', minFen: k(model.minFen), maxFen: k(model.maxFen), truncate };
    case 'triangular':
      return { law: 'triangular', minFen: k(model.minFen), modeFen: k(model.modeFen), maxFen: k(model.maxFen), truncate };
    case 'empirical':
      return { law: 'empirical', valuesFen: model.valuesFen.map(k), weights: [...model.weights], truncate };
    case 'lognormal':
      return { law: 'lognormal', mu: model.mu + Math.log(factorBp / BP_ONE), sigma: model.sigma, truncate };
  }
}
