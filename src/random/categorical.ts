import { buildAliasTable } from './aliasTable';
import type { Rng } from './Rng';

/**
 * A sampler of an index 0…n−1 drawn with probability proportional to its weight, in O(1) per draw with one
 * uniform draw (Walker's alias method, Vose's construction: see `buildAliasTable`).
 *
 * Source: A. J. Walker (1977); M. D. Vose (1991).
 *
 * @param weights non-negative finite weights, at least one positive; copied, not mutated
 * @returns `(rng) => index`
 * @throws RangeError when the weights are empty, negative, not finite or all zero
 * @example makeCategorical([1, 0, 3])(() => 0.9) // 2 (index 1 has weight 0 and is never drawn)
 */
export function makeCategorical(weights: ArrayLike<number>): (rng: Rng) => number {
  const { n, prob, alias } = buildAliasTable(weights);
  return (rng) => {
    const x = rng() * n;
    const i = x | 0;
    return x - i < prob[i]! ? i : alias[i]!;
  };
}

/**
 * A sampler of the empirical law: one of `values`, with probability proportional to `weights` (equal by default).
 *
 * @param values the values, at least one
 * @param weights one non-negative weight per value (optional)
 * @returns `(rng) => value`
 * @throws RangeError when there are no values, the lengths differ, or the weights are invalid
 * @example makeEmpirical([10, 20], [3, 1])(() => 0.1) // 10
 */
export function makeEmpirical(values: readonly number[], weights?: readonly number[]): (rng: Rng) => number {
  if (values.length === 0) throw new RangeError('empirical law needs at least one value');
  if (weights !== undefined && weights.length !== values.length) {
    throw new RangeError(`empirical law has ${values.length} values and ${weights.length} weights`);
  }
  const vals = Float64Array.from(values);
  const pick = makeCategorical(weights ?? values.map(() => 1));
  return (rng) => vals[pick(rng)]!;
}
