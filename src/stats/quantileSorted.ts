/**
 * The p-quantile of values sorted ascending, by R's default definition (type 7; also NumPy's `linear` and
 * Hyndman & Fan 1996, definition 7): h = (n − 1)·p, then linear interpolation between the order statistics
 * x⌊h⌋ and x⌈h⌉ (0-based). Used for every quantile quansim reports, so that all agree.
 *
 * Hand-written, not simple-statistics' quantileSorted: that one is a different definition (the order statistic at
 * ⌈n·p⌉, averaging two at whole n·p), and every published quantile (summary.json, the reports, the closed-form
 * checks against R) is type 7.
 *
 * @param sorted values in ascending order (not checked; not modified)
 * @param p probability in [0, 1]
 * @throws Error when `sorted` is empty or p lies outside [0, 1]
 * @example quantileSorted([1, 2, 3, 4], 0.05) // 1.15 (R: quantile(1:4, 0.05) = 1.15)
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('quantile of an empty sample');
  if (!(p >= 0 && p <= 1)) throw new Error(`quantile probability outside [0, 1]: ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (h - lo) * (b - a);
}
