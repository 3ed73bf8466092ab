/**
 * The colour of each compared scenario on the page (swatches, lists, cards): the charts' own scenario palette
 * (src/charts/palette.ts), so a scenario has one colour in every chart, legend and list.
 */
import { paletteColor } from '../charts/palette';

/** The colour of the scenario in slot `i`. */
export function scenarioColor(i: number): string {
  return paletteColor('scenario', i);
}
