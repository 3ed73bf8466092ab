/**
 * Colours kept across every chart: one per scheme (by its position in the rule set, Okabe–Ito, safe for
 * colour-blind readers) and one per scenario in comparisons (the first scenario, the baseline, first). A chart
 * of one scenario that does not split by scheme uses the first scenario colour, so the baseline looks the
 * same alone and in a comparison.
 */

/** Okabe & Ito (2008), without yellow (too light on white) and black (kept for medians). */
export const SCHEME_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#999999'] as const;

/** Scenario colours (Vega's tableau10 order, distinct from the scheme hues at the first positions). */
export const SCENARIO_COLORS = ['#4C78A8', '#F58518', '#54A24B', '#E45756', '#72B7B2', '#B279A2', '#FF9DA6', '#9D755D'] as const;

/** Colours for the two kinds of unmet demand. */
export const UNMET_COLORS = { refused: '#D55E00', scaled: '#E69F00' } as const;

/**
 * The colour of the i-th scheme (or scenario); the palette repeats after its last colour.
 * @example paletteColor('scheme', 0) // '#0072B2'
 */
export function paletteColor(kind: 'scheme' | 'scenario', i: number): string {
  const p = kind === 'scheme' ? SCHEME_COLORS : SCENARIO_COLORS;
  return p[((i % p.length) + p.length) % p.length]!;
}

/** A Vega-Lite colour scale giving `domain[i]` the i-th colour of `kind`. */
export function colorScale(kind: 'scheme' | 'scenario', domain: readonly string[]): { domain: string[]; range: string[] } {
  return { domain: [...domain], range: domain.map((_, i) => paletteColor(kind, i)) };
}
