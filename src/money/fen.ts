/**
 * Money is an integer number of fen (0.01 yuan) held in a JS number.
 *
 * Every product the simulator forms is `fen × basis points`; it stays exact while it is below 2^53.
 * With ratios of at most 10,000 basis points, amounts up to MAX_FEN keep every product exact.
 */
export type Fen = number;

/** Basis points: 1 bp = 0.01%, 10,000 bp = 100%. */
export type BasisPoints = number;

export const FEN_PER_YUAN = 100;
export const BP_ONE = 10_000;

/** The largest amount quansim accepts: floor(2^53 / 10,000) fen, about 90亿元. */
export const MAX_FEN: Fen = Math.floor(Number.MAX_SAFE_INTEGER / BP_ONE);

/** True when `x` is a whole, non-negative number of fen no larger than MAX_FEN. */
export function isFen(x: number): boolean {
  return Number.isSafeInteger(x) && x >= 0 && x <= MAX_FEN;
}

/** Throws (a bug, not a user error) when `x` is not a valid fen amount. */
export function assertFen(x: number, what = 'amount'): Fen {
  if (!isFen(x)) throw new Error(`${what} is not a whole number of fen within range: ${x}`);
  return x;
}
