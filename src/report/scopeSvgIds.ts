/**
 * Makes the ids of an SVG unique before it is inlined in an HTML page beside other SVGs: Vega names clip paths
 * and gradients `clip1`, `gradient_0`… in every picture, and in one page `url(#clip1)` would find the first
 * picture's element. Ids, `url(#…)` and `href="#…"` references get the same prefix.
 */

/**
 * @example scopeSvgIds('<clipPath id="clip1"/><g clip-path="url(#clip1)"/>', 'c3') // '<clipPath id="c3-clip1"/><g clip-path="url(#c3-clip1)"/>'
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
    .replace(/(\b(?:xlink:)?href)="#([^"]+)"/g, (_, attr: string, id: string) => `${attr}="#${prefix}-${id}"`);
}
