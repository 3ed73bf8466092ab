/**
 * Present mode: the charts drawn on the page, one at a time over the whole screen with large type, for showing
 * the results to a room. ← and → (or PageUp/PageDown, space) move between charts, Esc leaves; the buttons do the
 * same for a mouse or a touch screen. Each chart is drawn again from the page's own spec with large type
 * (presentSpec), so what is shown is what was computed; a chart without a spec shows the page's SVG, copied.
 */
import embed from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { el } from './dom';
import { presentSpec } from './presentSpec';
import { strings } from '../i18n/pageStrings';

/** Opens present mode over `root` on the charts of `from` (their cards' SVG and sentence); returns a close function. */
export function openPresentMode(from: ParentNode, lang: Lang, title: string): () => void {
  const slides = [...from.querySelectorAll<HTMLElement>('[data-chart]')]
    .map((card) => ({ svg: card.querySelector('.chart svg'), id: card.getAttribute('data-chart') ?? '', spec: (card as HTMLElement & { pageSpec?: TopLevelSpec }).pageSpec }))
    .filter((s): s is { svg: SVGSVGElement; id: string; spec: TopLevelSpec | undefined } => s.svg !== null);
  let finalize: (() => void) | null = null;
  let at = 0;
  const stage = el('div', { class: 'present-stage' });
  const counter = el('div', { class: 'present-count', 'data-testid': 'present-count' });
  const overlay = el('div', { class: 'present', role: 'dialog', 'aria-modal': 'true', 'aria-label': strings.present[lang], 'data-testid': 'present', tabindex: '-1' },
    el('div', { class: 'present-top' }, el('div', { class: 'present-title' }, title), counter,
      el('button', { type: 'button', class: 'btn', 'data-testid': 'present-prev', onclick: () => go(-1) }, '←'),
      el('button', { type: 'button', class: 'btn', 'data-testid': 'present-next', onclick: () => go(1) }, '→'),
      el('button', { type: 'button', class: 'btn', 'data-testid': 'present-close', onclick: () => close() }, strings.presentClose[lang])),
    stage);
  const show = (): void => {
    const s = slides[at];
    if (!s) {
      stage.replaceChildren(el('p', {}, strings.noResults[lang]));
      counter.textContent = '';
      return;
    }
    finalize?.();
    finalize = null;
    const box = el('div', { class: 'present-chart', 'data-present-chart': s.id }, fit(s.svg.cloneNode(true) as SVGSVGElement));
    stage.replaceChildren(box);
    counter.textContent = `${at + 1} / ${slides.length}`;
    if (!s.spec) return;
    // Drawn again with large type; the page's copy stays until the new drawing is ready.
    const shown = at;
    const target = el('div', {});
    void embed(target, presentSpec(s.spec), { renderer: 'svg', actions: false, ast: true }).then((result) => {
      const svg = target.querySelector('svg');
      if (shown !== at || !overlay.isConnected || !svg) {
        result.finalize();
        return;
      }
      finalize = () => result.finalize();
      box.dataset.presentType = 'large';
      box.replaceChildren(fit(svg));
    }).catch(() => undefined); // the copy of the page's chart stays
  };
  const go = (step: number): void => {
    if (slides.length === 0) return;
    at = (at + step + slides.length) % slides.length;
    show();
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') go(1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(-1);
    else return;
    e.preventDefault();
  };
  const close = (): void => {
    finalize?.();
    document.removeEventListener('keydown', onKey);
    overlay.remove();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };
  document.addEventListener('keydown', onKey);
  document.body.append(overlay);
  show();
  overlay.focus();
  // Full screen where the browser allows it (it needs the user's click); the overlay fills the window anyway.
  if (overlay.requestFullscreen) void overlay.requestFullscreen().catch(() => undefined);
  return close;
}

/** An SVG that fills its box: its drawing keeps its proportions within the viewBox. */
function fit(svg: SVGSVGElement): SVGSVGElement {
  const w = svg.getAttribute('width');
  const h = svg.getAttribute('height');
  if (!svg.getAttribute('viewBox') && w && h) svg.setAttribute('viewBox', `0 0 ${parseFloat(w)} ${parseFloat(h)}`);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg;
}
