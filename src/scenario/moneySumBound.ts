/**
 * A bound on the contract money one run-year can add up to, so that a population whose sums could pass 2^53 fen
 * (where a float stops counting fen exactly) is refused when it is loaded, not after a run.
 *
 *   bound = Σ tiers Σ vouchers (n + 6√n + 6) × the largest amount the law draws,
 *   n = E[firms] × tier share × seek × E[contracts] (+1 when a draw of 0 counts as 1)
 *
 * The largest amount: the law's maximum (constant, uniform, triangular, empirical) or, for a lognormal, e^(μ + 8σ)
 * yuan (a draw above it has probability below 10^-15), each within the truncation and MAX_FEN, as the sampler keeps them.
 * Browser-safe.
 */
import { MAX_FEN } from '../money/fen';
import type { AmountModel, ContractCountLaw, CountLaw, PopulationModel } from '../population/model';

/** The largest sum quansim adds exactly: 2^53 − 1 fen. */
export const MAX_SUM_FEN = Number.MAX_SAFE_INTEGER;

const meanOf = (law: CountLaw): number => (law.law === 'fixed' ? law.n : law.mean);
const contractsOf = (law: ContractCountLaw): number => meanOf(law) + (law.atLeastOne ? 1 : 0);

/** The largest amount, in fen, that `m` draws in practice (see the file comment). */
export function largestAmountFen(m: AmountModel): number {
  let max: number;
  switch (m.law) {
    case 'constant': max = m.valueFen; break;
    case 'uniform': max = m.maxFen; break;
    case 'triangular': max = m.maxFen; break;
    case 'empirical': max = Math.max(...m.valuesFen); break;
    case 'lognormal': max = Math.exp(m.mu + 8 * m.sigma) * 100; break;
  }
  return Math.min(max, m.truncate?.maxFen ?? MAX_FEN, MAX_FEN);
}

/**
 * @returns a bound of the contract fen of one run-year, and the expected applications behind it
 * @example moneySumBound(hangzhouFirms).boundFen < MAX_SUM_FEN // true
 */
export function moneySumBound(pop: PopulationModel): { boundFen: number; applications: number } {
  const firms = meanOf(pop.firms);
  let bound = 0;
  let applications = 0;
  for (const t of pop.tiers) {
    for (const v of [t.vouchers.compute, t.vouchers.corpus, t.vouchers.model]) {
      if (!v) continue;
      const n = firms * (t.shareBp / 10_000) * (v.seekBp / 10_000) * contractsOf(v.count);
      applications += n;
      bound += (n + 6 * Math.sqrt(n) + 6) * largestAmountFen(v.amount);
    }
  }
  return { boundFen: bound, applications };
}
