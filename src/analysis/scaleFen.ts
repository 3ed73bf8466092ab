import { BP_ONE, MAX_FEN, type BasisPoints, type Fen } from '../money/fen';

/**
 * An amount times a factor given in basis points (12,000 = ×1.2), rounded half up to the fen, in exact integer
 * arithmetic (BigInt: fen × factor may pass 2^53). The factor is an integer so that no float decides a fen.
 *
 * @param fen an amount, a whole number of fen ≥ 0
 * @param factorBp the factor in basis points, a whole number ≥ 0
 * @returns the scaled amount, which may exceed MAX_FEN (callers check it against their limits)
 * @throws Error when an argument is not a whole number ≥ 0
 * @example scaleFen(25_000_000_000, 8_000) // 20_000_000_000 (2.5亿元 × 80% = 2亿元)
 */
export function scaleFen(fen: Fen, factorBp: BasisPoints): number {
  if (!(Number.isSafeInteger(fen) && fen >= 0)) throw new Error(`scaleFen: not a whole number of fen: ${fen}`);
  if (!(Number.isSafeInteger(factorBp) && factorBp >= 0)) throw new Error(`scaleFen: factor must be whole basis points: ${factorBp}`);
  const one = BigInt(BP_ONE);
  return Number((BigInt(fen) * BigInt(factorBp) * 2n + one) / (2n * one));
}

/** Whether a scaled amount is still a valid amount (at most MAX_FEN). */
export function fitsFen(fen: number): boolean {
  return Number.isSafeInteger(fen) && fen >= 0 && fen <= MAX_FEN;
}
