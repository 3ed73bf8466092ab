/**
 * Renders a Vega-Lite spec to an SVG string without a DOM or a canvas: vega-lite compiles it to Vega, Vega
 * renders headless (`renderer: 'none'`) and serialises the scene to SVG. Works in Node and in the browser, for
 * the reports and the golden-file tests. Text widths are estimated (no canvas to measure fonts).
 */
import { View, parse } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * @throws Error when the spec does not compile or the view fails to run
 * @example await renderSvg(budgetExhaustion(summary, 'en')) // '<svg …>…</svg>'
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vg = compile(spec).spec;
  const view = new View(parse(vg), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
