import { BP_ONE, type BasisPoints, type Fen } from '../money/fen';

/**
 * The rate at which an oversubscribed batch is paid: left ÷ requested, rounded DOWN to a whole basis point
 * (so the batch never pays more than is left), or 100% when everything fits. Computed in integers.
 *
 * @param leftFen what is left in the pool (Infinity for an unlimited pool)
 * @param requestedFen the batch's total request
 * @example proRataRate(100, 300) // 3333 (33.33%)
 */
export function proRataRate(leftFen: Fen, requestedFen: Fen): BasisPoints {
  if (requestedFen <= leftFen) return BP_ONE;
  const product = leftFen * BP_ONE; // below 2^53: pools are at most MAX_FEN
  return (product - (product % requestedFen)) / requestedFen;
}
