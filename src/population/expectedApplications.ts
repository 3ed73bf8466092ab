import { countMean } from './countSampler';
import type { PopulationModel } from './model';
import { VOUCHERS } from '../vocabulary';

/**
 * The mean number of applications in a year, in closed form: E[firms] × Σ_tiers share × Σ_vouchers
 * P(seek) × E[contracts]. The copula changes which vouchers go together, not how often each is sought, so it
 * does not enter; a count with `atLeastOne` has mean E[N] + P(N = 0).
 *
 * @param model the validated population model
 * @returns mean applications per year (a real number)
 * @example expectedApplications(model) // e.g. 1234.5 for the engine's analytic checks
 */
export function expectedApplications(model: PopulationModel): number {
  let perFirm = 0;
  for (const t of model.tiers) {
    let perTierFirm = 0;
    for (const v of VOUCHERS) {
      const d = t.vouchers[v];
      if (d !== undefined) perTierFirm += (d.seekBp / 10_000) * countMean(d.count);
    }
    perFirm += (t.shareBp / 10_000) * perTierFirm;
  }
  return countMean(model.firms) * perFirm;
}
