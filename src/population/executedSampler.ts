import { makeBetaBasisPoints } from '../random/betaBasisPoints';
import type { Rng } from '../random/Rng';
import type { BasisPoints } from '../money/fen';
import type { ExecutedLaw } from './model';

/**
 * A sampler of the executed share (合同实际执行金额 / 合同费用, zhejiang-2025 （十五）) in whole basis points: the constant,
 * or round(10,000·X) for X ~ Beta(α, β) drawn from a precomputed table (`makeBetaBasisPoints`, one uniform).
 * The executed amount is then applyRatio(contract, bp), exact and never above the contract.
 *
 * @param law the law, validated by the schema
 * @returns `(rng) => bp`, 0…10,000; a constant draws nothing
 * @throws RangeError when the parameters are out of range (a bug: the schema checks them)
 * @example makeExecutedSampler({law: 'constant', bp: 9000})(rng) // 9000
 */
export function makeExecutedSampler(law: ExecutedLaw): (rng: Rng) => BasisPoints {
  if (law.law === 'constant') {
    const bp = law.bp;
    if (!(Number.isInteger(bp) && bp >= 0 && bp <= 10_000)) throw new RangeError(`executed share out of range: ${bp}`);
    return () => bp;
  }
  return makeBetaBasisPoints(law.alpha, law.beta);
}

/** The mean executed share in basis points before rounding: the constant, or 10,000·α/(α + β). */
export function executedMeanBp(law: ExecutedLaw): number {
  return law.law === 'constant' ? law.bp : (10_000 * law.alpha) / (law.alpha + law.beta);
}
