/**
 * A chart's spec for present mode: the page's spec (forPage) with type large enough to read across a room. The
 * chart is drawn again from it rather than the page's SVG enlarged, so the type is large while the plot keeps its
 * room. Sizes in pixels of the drawn chart, before it is scaled to the screen.
 */
import type { TopLevelSpec } from 'vega-lite';

export const PRESENT_TYPE = { title: 30, subtitle: 20, label: 18, axisTitle: 20, legend: 18 } as const;

/**
 * The spec with large type: title and subtitle, axis labels and titles, legend labels and titles. Pure.
 * @example presentSpec(spec).config.axis.labelFontSize // 18
 */
export function presentSpec(spec: TopLevelSpec): TopLevelSpec {
  const t = spec.title;
  const title = typeof t === 'object' && t !== null && !Array.isArray(t)
    ? { ...t, fontSize: PRESENT_TYPE.title, subtitleFontSize: PRESENT_TYPE.subtitle }
    : t === undefined ? undefined : { text: t, fontSize: PRESENT_TYPE.title };
  const c = spec.config ?? {};
  const config = {
    ...c,
    title: { ...(c.title ?? {}), fontSize: PRESENT_TYPE.title, subtitleFontSize: PRESENT_TYPE.subtitle },
    axis: { ...(c.axis ?? {}), labelFontSize: PRESENT_TYPE.label, titleFontSize: PRESENT_TYPE.axisTitle },
    legend: { ...(c.legend ?? {}), labelFontSize: PRESENT_TYPE.legend, titleFontSize: PRESENT_TYPE.legend, labelLimit: 400 },
    header: { ...(c.header ?? {}), labelFontSize: PRESENT_TYPE.label, titleFontSize: PRESENT_TYPE.axisTitle },
    text: { ...(c.text ?? {}), fontSize: PRESENT_TYPE.label },
  };
  return { ...spec, ...(title === undefined ? {} : { title }), config } as TopLevelSpec;
}
