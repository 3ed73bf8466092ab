/**
 * How stable the headline figures must be before `--runs auto` stops: the largest half-width of each figure's
 * 95% interval (the larger distance from the estimate to an end of its interval).
 */
export interface Tolerance {
  /** P(exhausted by 31 December), as a share: 0.01 = ±1 percentage point. */
  probability: number;
  /** Median exhaustion date, in days. */
  days: number;
  /** Money paid, 5th and 95th percentiles: a share of the year's pools (of the mean paid when a pool is unlimited). */
  paidShare: number;
  /** The median exhaustion date is checked only where the pool runs out in at least this share of runs. */
  dateMinShare: number;
}

/**
 * ±1 percentage point, ±3 days, ±1% of the pool, at 95%. A median date is a headline only where the pool runs out
 * often enough for it to matter; below 5% of runs it would take far more runs than the probability to pin down a
 * date that seldom happens.
 */
export const DEFAULT_TOLERANCE: Tolerance = { probability: 0.01, days: 3, paidShare: 0.01, dateMinShare: 0.05 };

/** Default batch size and limit of `--runs auto`. */
export const DEFAULT_BATCH = 500;
export const DEFAULT_MAX_RUNS = 20_000;
