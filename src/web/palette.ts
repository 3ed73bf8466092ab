/**
 * One colour per compared scenario, the same in every chart, legend and list (Tableau 10's first four:
 * distinct for the common forms of colour blindness and on a projector).
 */
export const SCENARIO_COLORS = ['#4c78a8', '#f58518', '#54a24b', '#e45756'] as const;

/** The colour of the scenario in slot `i`. */
export function scenarioColor(i: number): string {
  return SCENARIO_COLORS[i % SCENARIO_COLORS.length]!;
}
