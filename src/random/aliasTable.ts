/**
 * Walker's alias table for drawing an index with probability proportional to its weight in O(1).
 *
 * Draw: x = u·n, i = ⌊x⌋; return i when x − i < prob[i], else alias[i]. One uniform draw serves both the
 * column and the coin; with Alea's 32-bit draws the coin keeps 32 − log₂ n bits (23 bits for 366 days).
 */
export interface AliasTable {
  n: number;
  prob: Float64Array;
  alias: Int32Array;
  /**
   * `prob` rounded up to a multiple of 2^-32, for a draw without a branch (see `aliasDrawBranchless`): for a coin
   * that is a multiple of 2^-32, coin < threshold[i] exactly when coin < prob[i].
   */
  threshold: Float64Array;
}

/**
 * Builds an alias table for the given weights.
 *
 * Method: Vose's numerically stable construction (small and large worklists; leftovers get probability 1), so
 * that a zero weight is never drawn and the table is exact up to the rounding of the scaled weights.
 *
 * Source: A. J. Walker, "An efficient method for generating discrete random variables with general
 * distributions", ACM TOMS 3(3), 253–256 (1977); M. D. Vose, "A linear algorithm for generating random numbers
 * with a given distribution", IEEE Trans. Software Eng. 17(9), 972–975 (1991).
 *
 * @param weights non-negative finite weights, at least one positive; not mutated
 * @returns the table
 * @throws RangeError when the list is empty, a weight is negative or not finite, or all weights are 0
 * @example buildAliasTable([1, 3]) // {n: 2, prob: [0.5, 1], alias: [1, 1]}
 */
export function buildAliasTable(weights: ArrayLike<number>): AliasTable {
  const n = weights.length;
  if (n === 0) throw new RangeError('alias table needs at least one weight');
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`weight ${i} must be non-negative and finite: ${w}`);
    total += w;
  }
  if (!(total > 0)) throw new RangeError('alias table needs a positive weight');
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = new Float64Array(n);
  const small = new Int32Array(n);
  const large = new Int32Array(n);
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < n; i++) {
    scaled[i] = (weights[i]! * n) / total;
    alias[i] = i;
    if (scaled[i]! < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns]!;
    const l = large[nl - 1]!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    if (scaled[l]! < 1) {
      nl--;
      small[ns++] = l;
    }
  }
  // What is left is 1 up to rounding; a leftover small entry must still never be drawn if its weight is 0.
  while (nl > 0) prob[large[--nl]!] = 1;
  while (ns > 0) {
    const s = small[--ns]!;
    prob[s] = weights[s]! > 0 ? 1 : 0;
    if (prob[s] === 0) alias[s] = firstPositive(weights);
  }
  const threshold = prob.map((p) => Math.ceil(p * 4_294_967_296) / 4_294_967_296);
  return { n, prob, alias, threshold };
}

/**
 * `aliasDraw` without a branch on the coin, which a processor mispredicts about as often as the coin is uncertain:
 * ⌊coin − threshold[i] + 1⌋ is 0 when coin < threshold[i] and 1 otherwise, and picks i or alias[i] by arithmetic.
 * Exact for draws that are multiples of 2^-32 (Alea, `makeStream`): then the coin frac(u·n) is a multiple of
 * 2^-32 (n < 2^21), coin − threshold[i] + 1 is computed without rounding, and comparing with the rounded-up
 * threshold decides as `prob` does. For finer draws a coin may compare differently within 2^-32 of `prob`.
 * Hot loops inline the same lines.
 *
 * @param table from `buildAliasTable` (at most 2^21 entries)
 * @param u a uniform draw in [0, 1)
 * @returns the same index as `aliasDraw(table, u)` for a multiple u of 2^-32
 * @example aliasDrawBranchless(buildAliasTable([1, 3]), 0.2) // 0
 */
export function aliasDrawBranchless(table: AliasTable, u: number): number {
  const x = u * table.n;
  const i = x | 0;
  const a = table.alias[i]!;
  return i + (a - i) * Math.floor(x - i - table.threshold[i]! + 1);
}

function firstPositive(weights: ArrayLike<number>): number {
  for (let i = 0; i < weights.length; i++) if (weights[i]! > 0) return i;
  throw new Error('unreachable: no positive weight');
}

/**
 * One index drawn from an alias table (hot loops inline the same three lines).
 *
 * @param table from `buildAliasTable`
 * @param u a uniform draw in [0, 1)
 * @returns an index 0…n−1 with probability proportional to its weight
 * @example aliasDraw(buildAliasTable([1, 3]), 0.2) // 0 (column 0, coin 0.4 < 0.5)
 */
export function aliasDraw(table: AliasTable, u: number): number {
  const x = u * table.n;
  const i = x | 0;
  return x - i < table.prob[i]! ? i : table.alias[i]!;
}
