/**
 * Rounds to a whole number, halves up (toward +∞): 2.5 → 3, −2.5 → −2. The rule for every fractional fen
 * (means, interpolated quantiles) and day the summary reports.
 *
 * @example roundHalfUp(1234.5) // 1235
 */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5);
}

/** Rounds a ratio or a mean count to 6 decimals (half up) so that summary.json stays readable. */
export function round6(x: number): number {
  return Math.floor(x * 1e6 + 0.5) / 1e6;
}
