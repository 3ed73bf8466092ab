import type { Fen } from './fen';

/**
 * Splits an amount by integer weights so that the shares always add up to the total.
 *
 * Each share is floor(total × weight / Σweights); the fen left over go one at a time to the shares in
 * the order given (as Dinero.js does), so the result is deterministic and conserves the total.
 *
 * @param total amount to split, in fen (a non-negative safe integer)
 * @param weights non-negative integer weights, not all zero (e.g. basis points per paying level)
 * @returns one share per weight, summing to `total`
 * @example allocateSplit(101, [5000, 5000]) // [51, 50]
 */
export function allocateSplit(total: Fen, weights: readonly number[]): Fen[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || weights.some((w) => !Number.isInteger(w) || w < 0)) throw new Error(`bad weights: ${weights.join(',')}`);
  if (!Number.isSafeInteger(total * sum)) throw new Error(`split of ${total} by weights summing to ${sum} is not exact`);
  const shares = weights.map((w) => {
    const p = total * w;
    return (p - (p % sum)) / sum;
  });
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % shares.length) {
    if (weights[i]! > 0) {
      shares[i]! += 1;
      left -= 1;
    }
  }
  return shares;
}
