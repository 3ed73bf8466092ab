/**
 * The bundled Noto Sans SC is split by unicode-range, and a browser loads a part only when text needs it. Text
 * drawn before its part has loaded can stay drawn as empty boxes in Chromium, so the page loads the parts a
 * piece of text needs before it draws that text (all local files: this works offline).
 */
const FAMILY = '"Noto Sans SC"';
const WEIGHTS = ['400', '700'];

/** True when every character of `text` can be drawn in both weights without loading anything. */
export function fontsReadyFor(text: string): boolean {
  if (typeof document === 'undefined' || !('fonts' in document)) return true;
  const chars = cjkOf(text);
  return chars === '' || WEIGHTS.every((w) => document.fonts.check(`${w} 16px ${FAMILY}`, chars));
}

/** Loads the parts of the font that `text` needs, in both weights. */
export async function loadFontsFor(text: string): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const chars = cjkOf(text);
  if (chars === '') return;
  try {
    await Promise.all(WEIGHTS.map((w) => document.fonts.load(`${w} 16px ${FAMILY}`, chars)));
  } catch {
    // a part that cannot load leaves the system's fonts; the text is drawn all the same
  }
}

/** The distinct non-ASCII characters of a text (ASCII is drawn by any font). */
function cjkOf(text: string): string {
  return [...new Set(text)].filter((c) => c.codePointAt(0)! > 0x7f).join('');
}

/** The text of nodes as drawn: their text and the placeholders and labels of their descendants. */
export function textOf(nodes: readonly Element[]): string {
  let out = '';
  for (const n of nodes) {
    out += n.textContent ?? '';
    for (const e of n.querySelectorAll('[placeholder], [aria-label], [title]')) {
      out += `${e.getAttribute('placeholder') ?? ''}${e.getAttribute('aria-label') ?? ''}${e.getAttribute('title') ?? ''}`;
    }
  }
  return out;
}
