/**
 * Draws a Vega-Lite spec in a notebook with vega-embed from node_modules (SVG, expressions interpreted rather than
 * compiled, no actions menu), in the bundled Noto Sans SC when the system has no Chinese font. The parts of the
 * font the chart's text needs are loaded first: Chromium can otherwise draw text as empty boxes.
 */
import embed from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';

const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans SC", sans-serif';

async function loadFontsFor(text: string): Promise<void> {
  const chars = [...new Set(text)].filter((c) => c.codePointAt(0)! > 0x7f).join('');
  if (chars === '' || !('fonts' in document)) return;
  try {
    await Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 16px "Noto Sans SC"`, chars)));
  } catch {
    // a part that cannot load leaves the system's fonts; the chart is drawn all the same
  }
}

/** A chart element for a cell to display (the spec's own font is replaced by one that carries Chinese). */
export async function chart(spec: TopLevelSpec): Promise<HTMLElement> {
  const div = document.createElement('div');
  div.className = 'qs-chart';
  const title = typeof spec.title === 'object' && spec.title !== null ? { ...spec.title, fontSize: 15, subtitleFontSize: 12 } : spec.title;
  // quansim's charts put the y axis title above the axis, where a legend at the top would cover it: a legend is
  // set 24 px off the plot.
  const config = spec.config ?? {};
  const drawn = { ...spec, title, config: { ...config, font: CHART_FONT, legend: { offset: 24, ...(config.legend ?? {}) } } } as TopLevelSpec;
  await loadFontsFor(JSON.stringify(drawn));
  await embed(div, drawn, { renderer: 'svg', actions: false, ast: true });
  div.dataset.chart = 'drawn';
  return div;
}
