import { normalCdf } from '../../random/normalCdf';

/** Φ tabulated on a regular grid: `values[k] = Φ(from + k/perUnit)`. */
export interface NormalCdfGrid {
  from: number;
  perUnit: number;
  values: Float64Array;
}

/**
 * Tabulates Φ (`normalCdf`) on [from, to] with `perUnit` points per unit, for `uniformBelowNormalCdf`.
 *
 * @param from lower end of the grid (default −8.5)
 * @param to upper end (default 8.5)
 * @param perUnit grid points per unit of z (default 100)
 * @throws RangeError when the grid is empty or not finite
 * @example makeNormalCdfGrid().values.length // 1701
 */
export function makeNormalCdfGrid(from = -8.5, to = 8.5, perUnit = 100): NormalCdfGrid {
  if (!(Number.isFinite(from) && Number.isFinite(to) && to > from && perUnit > 0)) {
    throw new RangeError(`bad normal CDF grid: [${from}, ${to}] × ${perUnit}`);
  }
  const n = Math.floor((to - from) * perUnit) + 1;
  const values = new Float64Array(n);
  for (let k = 0; k < n; k++) values[k] = normalCdf(from + k / perUnit);
  return { from, perUnit, values };
}

/**
 * Whether u < Φ(s), decided exactly without evaluating Φ most of the time: Φ is increasing, so with grid points
 * g_k ≤ s < g_{k+1}, u < Φ(g_k) proves it and u ≥ Φ(g_{k+1}) disproves it; only a u between the two (probability
 * φ(s)/perUnit, below 0.4% on the default grid) or an s off the grid falls back to `normalCdf(s)`.
 *
 * This is how a Gaussian copula decides "z = √ρ·c + √(1−ρ)·Φ⁻¹(u) < t" as u < Φ((t − √ρ·c)/√(1−ρ)) with one
 * uniform and no quantile evaluation.
 *
 * Source: the squeeze principle of rejection sampling (L. Devroye, Non-Uniform Random Variate Generation (1986),
 * §II.5) applied to a tabulated, monotone distribution function.
 *
 * @param grid from `makeNormalCdfGrid`
 * @param u a uniform draw in [0, 1)
 * @param s any number except NaN (±Infinity allowed)
 * @returns u < Φ(s)
 * @example uniformBelowNormalCdf(makeNormalCdfGrid(), 0.3, 0) // true (Φ(0) = 0.5)
 */
export function uniformBelowNormalCdf(grid: NormalCdfGrid, u: number, s: number): boolean {
  const values = grid.values;
  const x = (s - grid.from) * grid.perUnit;
  if (x >= 0 && x < values.length - 1) {
    const k = x | 0;
    if (u < values[k]!) return true;
    if (u >= values[k + 1]!) return false;
  }
  return u < normalCdf(s);
}
