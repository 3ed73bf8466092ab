/**
 * Renders a chart for the report with text measured in the font it is drawn with. Vega without a canvas
 * (Node) guesses every character to be 0.8 em wide, so Chinese labels (1 em each) overlap their neighbours and
 * run past the picture's edge. Vega lets a user measure text instead (`textMetrics.width`, as vl-convert does);
 * during the rendering it is set to the advance widths of the shipped Noto Sans SC, the font of the PNGs and the
 * HTML report, and restored afterwards.
 */
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../charts/renderSvg';
import { textWidthEm } from './fontAdvances';

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}
type WidthFn = (item: TextItem, text: unknown) => number;
const metrics = (vega as unknown as { textMetrics: { width: WidthFn } }).textMetrics;

/** The width of one line of a text mark, in pixels: its font size times the advances; at most its limit. */
function measure(item: TextItem, text: unknown): number {
  const line = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const w = String(item.fontWeight ?? '');
  const bold = w === 'bold' || w === 'bolder' || Number(w) >= 600;
  const width = textWidthEm(line, bold ? 700 : 400) * size;
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/**
 * @throws Error when the spec does not compile or the view fails to run (from renderSvg)
 */
export async function renderReportSvg(spec: TopLevelSpec): Promise<string> {
  const before = metrics.width;
  metrics.width = measure;
  try {
    return await renderSvg(spec);
  } finally {
    metrics.width = before;
  }
}
