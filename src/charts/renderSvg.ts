/**
 * Renders a Vega-Lite spec to an SVG string without a DOM or a canvas: vega-lite compiles it to Vega, Vega
 * renders headless (`renderer: 'none'`) and serialises the scene to SVG. Works in Node and in the browser, for
 * the reports and the golden-file tests. Without a canvas to measure fonts, text widths come from
 * estimateTextWidth (Vega's own estimate, 0.8 em a character, lays Latin text out far too wide: titles, legends
 * and axis labels pushed apart, pictures wider than their charts).
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { estimateTextWidth } from './estimateTextWidth';

interface TextItem {
  fontSize?: number | string;
  limit?: number;
}

/**
 * Vega's text-width hook (the one vl-convert replaces too): `width(item, text)`, pixels. A limited text
 * (labelLimit, etc.) is truncated by Vega to fit its limit, so it is never wider than the limit.
 */
function estimatedWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const w = estimateTextWidth(text == null ? '' : String(text).trim(), size);
  return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
}

/**
 * Uses estimatedWidth where Vega has no canvas (Node); a browser keeps measuring with its canvas.
 */
function useEstimatedWidths(): void {
  // vega exports textMetrics (from vega-scenegraph) without a type for it.
  const metrics = (vega as unknown as { textMetrics?: { width: unknown; estimateWidth: unknown } }).textMetrics;
  if (metrics && metrics.width === metrics.estimateWidth) metrics.width = estimatedWidth;
}

/**
 * @throws Error when the spec does not compile or the view fails to run
 * @example await renderSvg(budgetExhaustion(summary, 'en')) // '<svg …>…</svg>'
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  useEstimatedWidths();
  const vg = compile(spec).spec;
  const view = new vega.View(vega.parse(vg), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
