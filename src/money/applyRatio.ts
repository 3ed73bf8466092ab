import { BP_ONE, MAX_FEN, type BasisPoints, type Fen } from './fen';

/**
 * floor(basis × ratio) in fen, computed in integers.
 *
 * `basis × bp` is below 2^53 for every basis up to MAX_FEN, so the product is an exact integer x. Then
 * floor(x / 10,000) computed in floating point is exact too: if x/10,000 is not a whole number it lies at
 * least 1/10,000 below the next one, while the rounding error of the division is below x·2^-53/10,000 <
 * 1/10,000 for x < 2^53. (The test checks this against BigInt.) It takes no `%`, which is slow on numbers
 * beyond 32 bits (docs/performance.md, executedFenOf).
 *
 * @param basis the amount the ratio applies to, in fen
 * @param bp the ratio in basis points (0 to 10,000)
 * @example applyRatio(100, 2900) // 29, where Math.floor(100 * 0.29) gives 28
 */
export function applyRatio(basis: Fen, bp: BasisPoints): Fen {
  if (!(Number.isSafeInteger(basis) && basis >= 0 && basis <= MAX_FEN)) throw new Error(`basis out of range: ${basis}`);
  if (!(Number.isInteger(bp) && bp >= 0 && bp <= BP_ONE)) throw new Error(`ratio out of range: ${bp}`);
  return Math.floor((basis * bp) / BP_ONE);
}

/** The same as `applyRatio` without the range checks, for the engine's hot loop (inputs validated upstream). */
export function applyRatioUnchecked(basis: Fen, bp: BasisPoints): Fen {
  return Math.floor((basis * bp) / BP_ONE);
}

/** floor(bp × scale) for two ratios in basis points: a ratio scaled down by another, rounded down to a whole bp. */
export function scaleRatio(bp: BasisPoints, scale: BasisPoints): BasisPoints {
  return Math.floor((bp * scale) / BP_ONE);
}
