/**
 * Mean and quantiles (R type 7) of one value per run, taken in run-index order: the sum runs over the runs in
 * index order, so the result does not depend on how runs were split over workers.
 *
 * Hand-written, not simple-statistics: the quantiles are type 7 (see quantileSorted), and the mean is the plain sum
 * in run order that summary.json has always been computed with (its figures are compared byte for byte across
 * versions and worker counts); money sums are whole fen, exact below 2^53, so compensated summation would not
 * change them.
 */
import { QUANTILE_KEYS, QUANTILE_PROBS, type QuantileKey } from './quantileKeys';
import type { CountStats, MoneyStats, RatioStats } from './Summary';
import { quantileSorted } from './quantileSorted';
import { round6 } from './roundHalfUp';
import { toMoney } from './toMoney';

/** Raw mean and quantiles of per-run values. */
export type RunStats = { mean: number } & Record<QuantileKey, number>;

/**
 * Mean and p5, p25, p50, p75, p95 of `values` (one per run, in run-index order; not modified).
 * @throws Error when there are no values
 * @example describeRuns(Float64Array.of(1, 2, 3, 4)).p5 // 1.15
 */
export function describeRuns(values: Float64Array): RunStats {
  if (values.length === 0) throw new Error('no runs to describe');
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const sorted = values.slice().sort();
  const out = { mean: sum / values.length } as RunStats;
  QUANTILE_KEYS.forEach((k, i) => {
    out[k] = quantileSorted(sorted, QUANTILE_PROBS[i]!);
  });
  return out;
}

/** describeRuns for fen: every figure rounded half up to whole fen, with its yuan string. */
export function moneyStats(values: Float64Array): MoneyStats {
  const r = describeRuns(values);
  return { mean: toMoney(r.mean), p5: toMoney(r.p5), p25: toMoney(r.p25), p50: toMoney(r.p50), p75: toMoney(r.p75), p95: toMoney(r.p95) };
}

/** describeRuns for counts, rounded to 6 decimals. */
export function countStats(values: Float64Array): CountStats {
  const r = describeRuns(values);
  return { mean: round6(r.mean), p5: round6(r.p5), p25: round6(r.p25), p50: round6(r.p50), p75: round6(r.p75), p95: round6(r.p95) };
}

/**
 * A per-run ratio num ÷ den: the pooled ratio Σnum ÷ Σden, and the mean and quantiles of the ratio over the
 * runs whose den is not 0. Ratios rounded to 6 decimals.
 */
export function ratioStats(num: Float64Array, den: Float64Array): RatioStats {
  if (num.length !== den.length) throw new Error('ratio of columns of different lengths');
  let sn = 0;
  let sd = 0;
  const ratios: number[] = [];
  for (let i = 0; i < num.length; i++) {
    sn += num[i]!;
    sd += den[i]!;
    if (den[i]! !== 0) ratios.push(num[i]! / den[i]!);
  }
  const pooled = sd === 0 ? null : round6(sn / sd);
  if (ratios.length === 0) return { pooled, mean: null, p5: null, p25: null, p50: null, p75: null, p95: null, runs: 0 };
  const r = describeRuns(Float64Array.from(ratios));
  return {
    pooled,
    mean: round6(r.mean),
    p5: round6(r.p5),
    p25: round6(r.p25),
    p50: round6(r.p50),
    p75: round6(r.p75),
    p95: round6(r.p95),
    runs: ratios.length,
  };
}
