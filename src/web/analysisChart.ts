/**
 * A chart of an analysis (tornado, heatmap) in a card like the run's charts: the sentence that reads it, the chart
 * drawn with vega-embed (SVG renderer, no eval), and SVG / PNG / CSV exports. A card is kept while its chart
 * and width stay the same, so redrawing the panel does not redraw the chart.
 */
import embed, { type Result } from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { wrapLine } from '../charts/chartBase';
import { estimateTextWidth } from '../charts/estimateTextWidth';
import { CHART_FONT, forPage } from './chartsView';
import { pngWithFooter } from './exportProvenance';
import { svgWithFooter } from '../output/svgWithFooter';
import { el } from './dom';
import { download, downloadUrl } from './download';
import { loadFontsFor } from './fonts';
import { strings } from '../i18n/pageStrings';

export interface AnalysisChart {
  /** Identifies the chart (kind, result, language): the same id and width reuse the drawn card. */
  id: string;
  /** `data-chart` of the card, e.g. `tornado-exhausted`. */
  kind: string;
  spec: TopLevelSpec;
  /** The plotting width asked of the builder, and the width the whole chart (title, labels, legend) has. */
  width: number;
  room: number;
  /** The sentence that reads the chart. */
  sentence: string;
  /** Base name of exported files. */
  file: string;
  /** The data as CSV (formulas escaped). */
  csv: () => string;
  /** The provenance line (src/output provenance) under the exported pictures and at the top of the CSV. */
  provenance?: string;
}

interface Drawn {
  key: string;
  card: HTMLElement;
  view: Result | null;
}

/** Drawn cards by slot (one slot per chart position in the panel). */
const drawn = new Map<string, Drawn>();

/**
 * The card of `chart` in `slot`: the one already drawn when the chart and width are the same, else a new card
 * whose chart is drawn once the card is on the page (call the returned `draw` after attaching it).
 */
export function analysisChartCard(slot: string, chart: AnalysisChart, lang: Lang): { card: HTMLElement; draw: () => Promise<void> } {
  const key = `${chart.id}|${chart.width}|${chart.room}|${lang}`;
  const old = drawn.get(slot);
  if (old && old.key === key) return { card: old.card, draw: async () => undefined };
  old?.view?.finalize();
  const box = el('div', { class: 'chart' });
  const entry: Drawn = { key, card: el('section'), view: null };
  const exportButton = (kind: string, label: string, onclick: () => void) =>
    el('button', { type: 'button', class: 'btn small', 'data-export': kind, onclick }, label);
  entry.card = el('section', { class: 'card chart-card', 'data-chart': chart.kind, 'data-chart-state': 'pending' },
    el('p', { class: 'sentence', 'data-testid': `${chart.kind}-sentence` }, chart.sentence),
    box,
    el('div', { class: 'exports' },
      el('span', { class: 'small muted', style: 'margin-right:auto' }, strings.exportTitle[lang]),
      exportButton('svg', strings.exportSvg[lang], () => {
        if (entry.view) void entry.view.view.toSVG().then((svg) => download(`${chart.file}.svg`, chart.provenance ? svgWithFooter(svg, chart.provenance) : svg, 'image/svg+xml;charset=utf-8'));
      }),
      exportButton('png', strings.exportPng[lang], () => {
        if (!entry.view) return;
        if (chart.provenance) {
          const line = chart.provenance;
          void entry.view.view.toCanvas(2).then((c) => downloadUrl(`${chart.file}.png`, pngWithFooter(c as unknown as HTMLCanvasElement, line, 2, CHART_FONT)));
        } else void entry.view.view.toImageURL('png', 2).then((url) => downloadUrl(`${chart.file}.png`, url));
      }),
      exportButton('csv', strings.exportCsv[lang], () => download(`${chart.file}.csv`, chart.provenance ? `# ${chart.provenance}\r\n${chart.csv()}` : chart.csv(), 'text/csv;charset=utf-8')),
    ));
  drawn.set(slot, entry);
  const draw = async (): Promise<void> => {
    await loadFontsFor(JSON.stringify(chart.spec));
    if (drawn.get(slot) !== entry) return;
    const result = await embed(box, forPage(fitTexts(chart.spec, chart.width, chart.room), chart.width), { renderer: 'svg', actions: false, ast: true });
    if (drawn.get(slot) !== entry) {
      result.finalize();
      return;
    }
    entry.view = result;
    entry.card.dataset.chartState = 'drawn';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', chart.sentence);
  };
  return { card: entry.card, draw };
}

/** Forgets the chart in `slot` (its result is gone). */
export function dropAnalysisChart(slot: string): void {
  drawn.get(slot)?.view?.finalize();
  drawn.delete(slot);
}

/** Subtitle and axis title sizes of the chart builders (src/charts chartBase). */
const SUBTITLE_SIZE = 12;
const AXIS_TITLE_SIZE = 11;
/** Estimated widths fall short of the page's fonts by up to this share. */
const ESTIMATE_MARGIN = 0.85;

/**
 * A copy of `spec` whose subtitle lines fit the chart's room and whose axis titles fit the plot `width`: the
 * builders wrap them for a report page, and on a phone they would run past the chart.
 */
export function fitTexts(spec: TopLevelSpec, width: number, room: number): TopLevelSpec {
  const wrap = (text: string, px: number, size: number): string[] => wrapLine(text, px, (x) => estimateTextWidth(x, size));
  const t = spec.title;
  const title = typeof t === 'object' && t !== null && !Array.isArray(t) && Array.isArray(t.subtitle)
    ? { ...t, subtitle: (t.subtitle as string[]).flatMap((line) => wrap(line, room * ESTIMATE_MARGIN, SUBTITLE_SIZE)) }
    : t;
  const visit = <T>(node: T): T => {
    if (Array.isArray(node)) return node.map(visit) as T;
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === 'data') out[k] = v;
      else if (k === 'axis' && v && typeof v === 'object' && typeof (v as { title?: unknown }).title === 'string') {
        const text = (v as { title: string }).title;
        out[k] = { ...v, title: estimateTextWidth(text, AXIS_TITLE_SIZE) > width * ESTIMATE_MARGIN ? wrap(text, width * ESTIMATE_MARGIN, AXIS_TITLE_SIZE) : text };
      } else out[k] = visit(v);
    }
    return out as T;
  };
  return { ...visit(spec), title } as TopLevelSpec;
}
