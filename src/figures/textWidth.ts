/**
 * Terminal column widths: East Asian wide and fullwidth characters (汉字, fullwidth punctuation such as
 * （），、, Hangul, CJK symbols) take two columns, everything else one. Enough for the reports' own text;
 * not a full Unicode East Asian Width table.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/**
 * Columns `text` takes in a terminal.
 * @example textWidth('资金池 pool') // 11
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Pads `text` with spaces to `width` columns, on the right (`left` alignment) or on the left (`right`). */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const pad = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'left' ? text + pad : pad + text;
}
