/**
 * Small pieces of page for the notebooks: the language switch, bilingual text, tables, and the closing answer.
 * Notebook Kit's own `html` and `Inputs` load from a CDN, so the notebooks build their elements here instead.
 */
import type { Bilingual, Lang } from '../../src/index';

/** An element with text or children. */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string | null>): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

/**
 * The language switch for charts and tables (prose is in both languages): `const lang = view(langPicker())` in
 * a cell makes every cell that uses `lang` redraw when it changes, without simulating again.
 */
export function langPicker(initial: Lang = 'zh'): HTMLElement & { value: Lang } {
  const select = el('select', { 'aria-label': '语言 / language', 'data-testid': 'lang' }) as HTMLSelectElement;
  for (const [v, label] of [['zh', '中文'], ['en', 'English']] as const) {
    const o = el('option', { value: v }, label) as HTMLOptionElement;
    o.selected = v === initial;
    select.append(o);
  }
  const label = el('label', { class: 'qs-lang' }, '图表和表格语言 / Language of charts and tables: ', select) as HTMLElement & { value: Lang };
  Object.defineProperty(label, 'value', { get: () => select.value as Lang });
  // The select's input events bubble to the label, which Notebook Kit's view() listens to.
  return label;
}

/** A table (scrolling sideways when wider than the page): `num` marks the columns to right-align (numbers). */
export function table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>, num: readonly number[] = []): HTMLElement {
  const cls = (i: number): Record<string, string> => (num.includes(i) ? { class: 'num' } : {});
  return el('div', { class: 'qs-wide' }, el('table', { class: 'qs' },
    el('thead', {}, el('tr', {}, ...headers.map((h, i) => el('th', cls(i), h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c, i) => el('td', cls(i), c))))),
  ));
}

/** The notebook's answer, in both languages, computed by the cell that builds it. */
export function answer(text: Bilingual): HTMLElement {
  return el('div', { class: 'qs-answer', 'data-answer': '' }, el('p', { lang: 'zh' }, text.zh), el('p', { lang: 'en', class: 'en' }, text.en));
}

/** A text in the chosen language. */
export function tr(text: Bilingual, lang: Lang): string {
  return text[lang];
}
