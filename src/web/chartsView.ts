/**
 * Draws the charts of a run with vega-embed (SVG renderer, expressions interpreted: no eval), one card each with
 * its title, the sentence that reads it, and SVG / PNG / CSV exports. Charts are drawn one at a time, yielding
 * between them, so the page stays responsive; a newer drawing stops an older one.
 */
import embed, { type Result } from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';
import type { App, RunResult } from './App';
import { chartCsv, chartRows, NARROW_CHART, type ChartDef } from './chartDefs';
import { el } from './dom';
import { download, downloadUrl } from './download';
import { csvForExport, pngWithFooter, resultProvenanceLine, svgForExport } from './exportProvenance';
import type { Lang } from '../i18n/Bilingual';
import { wrapLine } from '../charts/chartBase';
import { loadFontsFor } from './fonts';
import { scenarioColor } from './palette';
import { strings } from '../i18n/pageStrings';

/** The page's font for charts: system CJK fonts first, the bundled Noto Sans SC otherwise. */
export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans SC", sans-serif';

const views = new Set<Result>();

/** Draws the charts of `r` for `year` into `box` (already on the page: its width sizes the charts). */
export async function renderCharts(app: App, r: RunResult, year: number, box: HTMLElement, superseded: () => boolean): Promise<void> {
  for (const v of views) v.finalize();
  views.clear();
  const lang = app.lang;
  const rows = chartRows(r, year, lang, app.state.layout, box.clientWidth);
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
        exportButton('svg', strings.exportSvg[lang], () => void exportSvg(card, d, r, lang)),
        exportButton('png', strings.exportPng[lang], () => void exportPng(card, d, r, lang)),
        exportButton('csv', strings.exportCsv[lang], () => download(`${d.file}.csv`, csvForExport(chartCsv(d.spec), r, lang, d.slot), 'text/csv;charset=utf-8')),
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
    const spec = forPage(d.spec, d.width);
    const result = await embed(chart, spec, { renderer: 'svg', actions: false, ast: true });
    if (superseded()) {
      result.finalize();
      return;
    }
    views.add(result);
    (card as HTMLElement & { view?: Result }).view = result;
    // present mode draws the chart again from its spec, with large type (presentSpec)
    (card as HTMLElement & { pageSpec?: TopLevelSpec }).pageSpec = spec;
    card.dataset.chartState = 'drawn';
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', titleText(d.spec));
    await new Promise((res) => setTimeout(res, 0));
  }
}

/** Below NARROW_CHART category labels are slanted, so that names like 基础大模型企业 do not run into each other. */
const VERY_NARROW = 420;

/** The page's font (see CHART_FONT), larger titles for a screen or a projector, slanted labels on narrow charts. */
export function forPage(spec: TopLevelSpec, width: number): TopLevelSpec {
  const t = spec.title;
  const title = typeof t === 'object' && t !== null && !Array.isArray(t)
    ? { ...t, text: typeof t.text === 'string' ? wrapTitle(t.text, width + TITLE_ROOM) : t.text, fontSize: TITLE_SIZE, subtitlePadding: 4 }
    : t;
  const config = { ...(spec.config ?? {}), font: CHART_FONT };
  const out = legendsBelow({ ...spec, title, config } as TopLevelSpec);
  return width < NARROW_CHART ? slantCategories(out, width < VERY_NARROW ? -65 : -40) : out;
}

/** A copy of `spec` with legends under the plot: on top they meet the y-axis titles drawn above the axis. */
function legendsBelow<T>(node: T): T {
  if (Array.isArray(node)) return node.map(legendsBelow) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'data') out[k] = v;
    else if (k === 'legend' && v && typeof v === 'object' && (v as { orient?: unknown }).orient === 'top') out[k] = { ...v, orient: 'bottom' };
    else out[k] = legendsBelow(v);
  }
  return out as T;
}

/** Title size on the page (the builders' default suits reports). */
const TITLE_SIZE = 16;
/** Room a title may take beyond the plotting width (it spans the axes too). */
const TITLE_ROOM = 60;

/** A title broken into lines that fit `px` pixels (a CJK character is about 1 em wide, others about 0.6 em). */
function wrapTitle(text: string, px: number): string | string[] {
  const em = [...text].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 1 : 0.6), 0);
  if (em * TITLE_SIZE <= px) return text;
  const cjkShare = [...text].filter((c) => /[\u2e80-\uffef]/.test(c)).length / [...text].length;
  const perChar = TITLE_SIZE * (0.6 + 0.4 * cjkShare);
  return wrapLine(text, Math.max(8, Math.floor(px / perChar)));
}

/** A copy of `spec` whose category x axes (drawn level by the builders) are slanted: 40°, 65° when very narrow. */
function slantCategories<T>(node: T, angle = -40): T {
  if (Array.isArray(node)) return node.map((n) => slantCategories(n, angle)) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'data') out[k] = v;
    else if (k === 'x' && v && typeof v === 'object' && ['nominal', 'ordinal'].includes(String((v as { type?: unknown }).type))) {
      const x = v as { axis?: Record<string, unknown> | null };
      if (x.axis) {
        // A label split into lines at its spaces reads badly slanted: keep other label expressions (month names).
        const axis: Record<string, unknown> = { ...x.axis, labelAngle: angle };
        if (axis.labelExpr === "split(datum.label, ' ')") delete axis.labelExpr;
        // Twelve months on a narrow chart: every other one.
        else if (axis.labelExpr !== undefined) axis.labelOverlap = 'parity';
        out[k] = { ...x, axis };
      } else out[k] = v;
    } else out[k] = slantCategories(v, angle);
  }
  return out as T;
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

/** The chart as SVG with its provenance footer (scenario, edited, runs, seed, version, date, population). */
async function exportSvg(card: HTMLElement, d: ChartDef, r: RunResult, lang: Lang): Promise<void> {
  const v = viewOf(card);
  if (!v) return;
  const svg = svgForExport(await v.view.toSVG(), r, lang, d.slot);
  download(`${d.file}.svg`, svg, 'image/svg+xml;charset=utf-8');
}

/** The chart as PNG (twice the screen's pixels) with the provenance line drawn under it. */
async function exportPng(card: HTMLElement, d: ChartDef, r: RunResult, lang: Lang): Promise<void> {
  const v = viewOf(card);
  if (!v) return;
  const canvas = await v.view.toCanvas(2) as unknown as HTMLCanvasElement;
  downloadUrl(`${d.file}.png`, pngWithFooter(canvas, resultProvenanceLine(r, lang, d.slot), 2, CHART_FONT));
}

