/**
 * Quantile probabilities reported everywhere, and their field names. Kept apart from Summary.ts (the zod schema
 * of summary.json) so that the engine's workers, which need these but not the schema, do not load zod.
 */
export const QUANTILE_PROBS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
export const QUANTILE_KEYS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;
export type QuantileKey = (typeof QUANTILE_KEYS)[number];
