import Decimal from 'decimal.js';

/**
 * Rounds to `digits` significant figures, halves away from zero (decimal.js `toSignificantDigits` with
 * ROUND_HALF_UP, which rounds the magnitude): the rounding every figure for people goes through.
 *
 * @param x the value (a Decimal, or a number read exactly as its shortest decimal form)
 * @param digits significant figures kept, 1 or more (3 for every figure a person reads)
 * @throws Error when `digits` is not a whole number ≥ 1
 * @example roundSignificant(20_522_824.85, 3).toString() // '20500000'
 * @example roundSignificant(0.012345, 3).toString() // '0.0123'
 */
export function roundSignificant(x: Decimal.Value, digits = 3): Decimal {
  if (!Number.isInteger(digits) || digits < 1) throw new Error(`significant digits must be a whole number ≥ 1, got ${digits}`);
  return new Decimal(x).toSignificantDigits(digits, Decimal.ROUND_HALF_UP);
}
