/**
 * Inversion of a discrete distribution function with a guide table: `cdf[k]` = P(index ≤ k), non-decreasing and
 * ending with +Infinity; the unit interval is cut into `cells` equal cells, and `guide[g]` holds the index every
 * u of cell g maps to (a "pure" cell), or ~k (negative) when a step of the cdf falls inside the cell, k being the
 * smallest index that u in the cell can map to. A draw returns `offset` + the index.
 */
export interface GuideTable {
  cells: number;
  guide: Int32Array;
  cdf: Float64Array;
  offset: number;
}

/**
 * Builds the guide table of a distribution function (see `GuideTable`).
 *
 * Method: Chen and Asau's guide table for inversion. A draw is exactly inversion (the smallest k with u < cdf[k]),
 * but in a pure cell it is one lookup and no comparison, so that the processor seldom mispredicts a branch: only a
 * u in one of the at most n − 1 cells holding a step searches from the guide's index. For small tables this beats
 * the alias method, whose coin flip is a branch taken at random.
 *
 * Source: H.-C. Chen and Y. Asau, "On generating random variates from an empirical distribution", AIIE
 * Transactions 6(2), 163–166 (1974); L. Devroye, Non-Uniform Random Variate Generation (1986), §III.2.4.
 *
 * @param cdf P(index ≤ k) for k = 0…n−1, non-decreasing, with cdf[n−1] = +Infinity (kept, not copied nor mutated)
 * @param offset added to every index drawn (e.g. 1 for a count whose 0 is merged into 1)
 * @param cells how many cells (default 256)
 * @returns the table
 * @throws RangeError when the cdf is empty, decreasing, NaN, or does not end with +Infinity
 * @example guideDraw(guideTableFromCdf(Float64Array.of(0.25, Infinity)), 0.3) // 1
 */
export function guideTableFromCdf(cdf: Float64Array, offset = 0, cells = 256): GuideTable {
  const n = cdf.length;
  if (n === 0 || cdf[n - 1] !== Infinity) throw new RangeError('a guide table needs a cdf ending with +Infinity');
  for (let k = 0; k < n; k++) {
    if (!(cdf[k]! >= (k > 0 ? cdf[k - 1]! : 0))) throw new RangeError(`cdf must be non-decreasing and at least 0: entry ${k}`);
  }
  const guide = new Int32Array(cells);
  let k = 0;
  for (let g = 0; g < cells; g++) {
    while (g / cells >= cdf[k]!) k++;
    guide[g] = (g + 1) / cells <= cdf[k]! ? k : ~k;
  }
  return { cells, guide, cdf, offset };
}

/**
 * The guide table of the categorical law with the given weights (index k with probability w_k / Σw): its cdf
 * is the running sum divided by the total, and the last index of positive weight gets +Infinity so that rounding
 * cannot leave a gap below 1. A zero weight is never drawn.
 *
 * @param weights non-negative finite weights, at least one positive
 * @param cells how many cells (default: the power of two at or above 4n, at least 256)
 * @throws RangeError when a weight is negative or not finite, or all are 0
 * @example guideDraw(buildGuideTable([1, 0, 3]), 0.5) // 2
 */
export function buildGuideTable(weights: ArrayLike<number>, cells?: number): GuideTable {
  const n = weights.length;
  let total = 0;
  let last = -1;
  for (let k = 0; k < n; k++) {
    const w = weights[k]!;
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`weight ${k} must be non-negative and finite: ${w}`);
    total += w;
    if (w > 0) last = k;
  }
  if (!(total > 0)) throw new RangeError('a guide table needs a positive weight');
  const cdf = new Float64Array(last + 1);
  let sum = 0;
  for (let k = 0; k < last; k++) {
    sum += weights[k]!;
    cdf[k] = sum / total;
  }
  cdf[last] = Infinity;
  let c = 256;
  while (c < 4 * n) c *= 2;
  return guideTableFromCdf(cdf, 0, cells ?? c);
}

/**
 * One draw from a guide table (hot loops inline the same lines).
 *
 * @param t from `guideTableFromCdf` or `buildGuideTable`
 * @param u a uniform draw in [0, 1)
 * @returns offset + the smallest k with u < cdf[k]
 * @example guideDraw(buildGuideTable([1, 3]), 0.2) // 0
 */
export function guideDraw(t: GuideTable, u: number): number {
  let k = t.guide[(u * t.cells) | 0]!;
  if (k < 0) {
    k = ~k;
    const cdf = t.cdf;
    while (u >= cdf[k]!) k++;
  }
  return k + t.offset;
}
