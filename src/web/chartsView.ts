/**
 * Draws the charts of a run with vega-embed (SVG renderer, expressions interpreted: no eval), one card each with
 * its title, the sentence that reads it, and SVG / PNG / CSV exports. Charts are drawn one at a time, yielding
 * between them, so the page stays responsive; a newer drawing stops an older one.
 */
import embed, { type Result } from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';
import type { App, RunResult } from './App';
import { chartCsv, chartRows, type ChartDef } from './chartDefs';
import { el } from './dom';
import { download, downloadUrl } from './download';
import { loadFontsFor } from './fonts';
import { scenarioColor } from './palette';
import { strings } from './strings';

/** The page's font for charts: system CJK fonts first, the bundled Noto Sans SC otherwise. */
const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans SC", sans-serif';

const views = new Set<Result>();

/** Draws the charts of `r` for year `yearIndex` into `box` (already on the page: its width sizes the charts). */
export async function renderCharts(app: App, r: RunResult, yearIndex: number, box: HTMLElement, superseded: () => boolean): Promise<void> {
  for (const v of views) v.finalize();
  views.clear();
  const lang = app.lang;
  const rows = chartRows(r, yearIndex, lang, app.state.layout, box.clientWidth);
  const many = r.scenarios.length > 1;
  const cards = rows.flatMap((row) => row.charts.map((d) => {
    const chart = el('div', { class: 'chart' });
    const who = many && d.slot !== null
      ? el('div', { class: 'who small' }, el('span', { class: 'swatch', style: `background:${scenarioColor(d.slot)}` }), ` ${r.scenarios[d.slot]!.title[lang]}`)
      : null;
    const card = el('section', { class: 'card chart-card', 'data-chart': d.id, 'data-chart-state': 'pending' },
      who,
      chart,
      el('div', { class: 'exports' },
        el('span', { class: 'small muted', style: 'margin-right:auto' }, strings.exportTitle[lang]),
        exportButton('svg', strings.exportSvg[lang], () => void exportSvg(card, d)),
        exportButton('png', strings.exportPng[lang], () => void exportPng(card, d)),
        exportButton('csv', strings.exportCsv[lang], () => download(`${d.file}.csv`, chartCsv(d.spec), 'text/csv;charset=utf-8')),
      ));
    return { d, card, chart, row: row.id };
  }));
  box.replaceChildren(...rows.map((row) => el('div', {
    class: 'chart-row', style: `--cols:${row.charts.length}`,
  }, ...cards.filter((c) => c.row === row.id).map((c) => c.card))));
  // The bundled CJK font loads per unicode range: load what the charts say before vega measures and draws it.
  await loadFontsFor(cards.map((c) => JSON.stringify(c.d.spec.title ?? '') + JSON.stringify(c.d.spec)).join(''));
  for (const { d, card, chart } of cards) {
    if (superseded()) return;
    const spec = forPage(d.spec);
    const result = await embed(chart, spec, { renderer: 'svg', actions: false, ast: true });
    if (superseded()) {
      result.finalize();
      return;
    }
    views.add(result);
    (card as HTMLElement & { view?: Result }).view = result;
    card.dataset.chartState = 'drawn';
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', titleText(d.spec));
    await new Promise((res) => setTimeout(res, 0));
  }
}

/** The page's font (see CHART_FONT) and larger titles, for a screen or a projector. */
function forPage(spec: TopLevelSpec): TopLevelSpec {
  const title = typeof spec.title === 'object' && spec.title !== null ? { ...spec.title, fontSize: 16, subtitleFontSize: 13, subtitlePadding: 4 } : spec.title;
  return { ...spec, title, config: { ...(spec.config ?? {}), font: CHART_FONT } } as TopLevelSpec;
}

/** A chart's title and subtitle as one text (for screen readers). */
function titleText(spec: TopLevelSpec): string {
  const t = spec.title as { text?: unknown; subtitle?: unknown } | string | undefined;
  if (typeof t === 'string') return t;
  const sub = Array.isArray(t?.subtitle) ? (t.subtitle as string[]).join(' ') : typeof t?.subtitle === 'string' ? t.subtitle : '';
  return `${typeof t?.text === 'string' ? t.text : ''} ${sub}`.trim();
}

function exportButton(kind: string, label: string, onclick: () => void): HTMLElement {
  return el('button', { type: 'button', class: 'btn small', 'data-export': kind, onclick }, label);
}

function viewOf(card: HTMLElement): Result | undefined {
  return (card as HTMLElement & { view?: Result }).view;
}

async function exportSvg(card: HTMLElement, d: ChartDef): Promise<void> {
  const v = viewOf(card);
  if (!v) return;
  const svg = await v.view.toSVG();
  download(`${d.file}.svg`, svg, 'image/svg+xml;charset=utf-8');
}

async function exportPng(card: HTMLElement, d: ChartDef): Promise<void> {
  const v = viewOf(card);
  if (!v) return;
  downloadUrl(`${d.file}.png`, await v.view.toImageURL('png', 2));
}

