/**
 * The page's data card, as `quansim fit`, a `resample:` population and `quansim backtest` in the CLI, all in this
 * browser (nothing is uploaded):
 *
 *   applications CSV ──parseApplications──▶ rows ──fitPopulation──▶ fit (its figures and diagnostics charts)
 *     "fitted laws":  fit ──fittedPopulationYaml──▶ population YAML ──inlinePopulation──▶ main scenario text
 *                     (a share link carries the fitted population, never the rows)
 *     "resample":     rows kept in this page (userFiles) + a resample file naming them ──populationFile──▶ main
 *                     scenario text: each year's applicants are past firm-years drawn whole (makeResampleSampler)
 *   payments CSV ──parsePayments──▶ payments ──backtest(main scenario's results)──▶ the chart and figures of
 *     `quansim backtest`, redrawn after every run
 */
import embed from 'vega-embed';
import { fitAmountHistogram, fitSeasonality } from '../charts/fitDiagnostics';
import { fitPopulation, type FittedPopulation } from '../data/fitPopulation';
import { fittedPopulationYaml } from '../data/fittedPopulationYaml';
import { parseApplications } from '../data/parseApplications';
import { formatUserError } from '../i18n/formatUserError';
import { userErrorsOf } from '../errors/UserError';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import type { App } from './App';
import { readBundled } from './bundledFiles';
import { addUserFile } from './userFiles';
import { inlinePopulation, resampleFileText, resamplingPopulation } from './populationText';
import { backtest, type BacktestResult } from '../analysis/backtest';
import { backtestChart } from '../charts/backtestChart';
import { parsePayments, type PaymentRow } from '../data/parsePayments';
import { backtestData } from '../output/formatBacktestText';
import { el } from './dom';
import { outputWords } from '../i18n/outputWords';
import { dataPanelWords } from '../i18n/webWords';

const W = dataPanelWords;

/** The last payments file: its rows, or its problems. */
let payments: { name: string; rows: PaymentRow[] } | { name: string; errors: string[] } | null = null;
/** How the last applications file replaced the main scenario's firms. */
let mode: 'fitted' | 'resample' = 'fitted';

/** The last fit (kept across redraws of the sidebar), or the problems of the last file. */
let last: { name: string; fit: FittedPopulation; mode: 'fitted' | 'resample' } | { name: string; errors: string[] } | null = null;


/** The card; `app` supplies the main scenario and takes the new text. */
export function dataPanel(app: App): HTMLElement {
  const lang: Lang = app.lang;
  const body = el('div', { 'data-testid': 'fit-result' });
  const card = el('section', { class: 'card', 'data-testid': 'fit-card' },
    el('h2', {}, W.title[lang]),
    el('p', { class: 'hint', 'data-testid': 'fit-privacy' }, W.privacy[lang]),
    el('p', { class: 'hint' }, W.format[lang]),
  );
  const onFile = (f: File): void => {
    void f.text().then((text) => {
      try {
        const fit = fitPopulation(parseApplications(text, f.name));
        const main = app.state.slots[0]!.source;
        const base = main.kind === 'text' ? main.text : readBundled(main.file);
        last = { name: f.name, fit, mode };
        if (mode === 'fitted') {
          app.loadText(`${f.name} (fitted)`, inlinePopulation(base, fittedPopulationYaml(fit, [f.name])));
        } else {
          const resampleFile = `${f.name}.resample.yaml`;
          addUserFile(f.name, text);
          addUserFile(resampleFile, resampleFileText(f.name));
          app.loadText(`${f.name} (resampled)`, resamplingPopulation(base, resampleFile));
        }
      } catch (e) {
        const errs = userErrorsOf(e);
        if (!errs) throw e;
        last = { name: f.name, errors: errs.map((u) => formatUserError(u, lang)) };
        draw();
      }
    });
  };
  const modeChoice = el('fieldset', { class: 'modes', 'data-testid': 'fit-mode' },
    el('legend', {}, W.mode[lang]),
    ...(['fitted', 'resample'] as const).map((m) => el('label', {},
      el('input', { type: 'radio', name: 'fit-mode', value: m, checked: mode === m, 'data-testid': `fit-mode-${m}`, onchange: () => { mode = m; } }),
      ' ', m === 'fitted' ? W.modeFitted[lang] : W.modeResample[lang])),
  );
  card.append(modeChoice, csvPicker('fit-file', W.pick[lang], card, onFile), body);
  card.append(paymentsSection(app, lang));
  const draw = (): void => {
    if (last === null) return body.replaceChildren();
    if ('errors' in last) {
      return body.replaceChildren(el('p', { class: 'error' }, W.problems[lang]), el('ul', { class: 'error' }, ...last.errors.map((m) => el('li', {}, m))));
    }
    const hist = el('div', { 'data-testid': 'fit-amounts' });
    const months = el('div', { 'data-testid': 'fit-months' });
    body.replaceChildren(el('p', { 'data-testid': 'fit-summary' }, fitSummary(last.name, last.fit, last.mode)[lang]), hist, months);
    void embed(hist, { ...fitAmountHistogram(last.fit, lang), columns: 1 } as never, { renderer: 'svg', actions: false, ast: true });
    void embed(months, { ...fitSeasonality(last.fit, lang), width: 300 } as never, { renderer: 'svg', actions: false, ast: true });
  };
  draw();
  return card;
}

/** What the card says of a fit: the file, its applications and years, and what replaced the main scenario's firms. */
function fitSummary(name: string, f: FittedPopulation, how: 'fitted' | 'resample'): Bilingual {
  const years = outputWords.listed(f.years);
  if (how === 'resample') return W.resampled(name, String(f.rows), years);
  return W.fitted(name, String(f.rows), years, String(Math.round(f.firms.mean.value)), String(f.tiers.length));
}

/** The backtest part of the card: a payments file, compared with the main scenario's latest results. */
function paymentsSection(app: App, lang: Lang): HTMLElement {
  const out = el('div', { 'data-testid': 'backtest-result' });
  const onFile = (f: File): void => {
    void f.text().then((text) => {
      try {
        payments = { name: f.name, rows: parsePayments(text, f.name) };
      } catch (e) {
        const errs = userErrorsOf(e);
        if (!errs) throw e;
        payments = { name: f.name, errors: errs.map((u) => formatUserError(u.where.file ? u : u.at({ file: f.name }), lang)) };
      }
      draw();
    });
  };
  const section = el('div', { class: 'backtest', 'data-testid': 'backtest-card' },
    el('h3', {}, W.paymentsTitle[lang]),
    el('p', { class: 'hint' }, W.paymentsFormat[lang]));
  section.append(csvPicker('payments-file', W.pickPayments[lang], section, onFile), out);
  const draw = (): void => {
    if (payments === null) return out.replaceChildren();
    if ('errors' in payments) {
      return out.replaceChildren(el('p', { class: 'error' }, W.paymentsProblems[lang]), el('ul', { class: 'error' }, ...payments.errors.map((m) => el('li', {}, m))));
    }
    const r = app.result;
    if (!r) return out.replaceChildren(el('p', { class: 'hint' }, W.paymentsWaiting[lang]));
    let bt: BacktestResult;
    try {
      bt = backtest(r.summaries[0]!, r.mainYears, payments.rows, payments.name);
    } catch (e) {
      const errs = userErrorsOf(e);
      if (!errs) throw e;
      return out.replaceChildren(el('p', { class: 'error' }, W.paymentsProblems[lang]), el('ul', { class: 'error' }, ...errs.map((u) => el('li', {}, formatUserError(u, lang)))));
    }
    const chart = el('div', { 'data-testid': 'backtest-chart' });
    const data = backtestData(bt, lang, payments.name);
    out.replaceChildren(
      el('p', { 'data-testid': 'backtest-title' }, data.title),
      ...data.parts.flatMap((part) => [
        el('p', { 'data-testid': 'backtest-sentence' }, el('b', {}, part.label), outputWords.labelColon[lang], part.sentence),
        el('div', { class: 'table-scroll' }, el('table', { class: 'backtest-table', 'data-testid': 'backtest-table' },
          el('thead', {}, el('tr', {}, ...part.columns.map((c) => el('th', { class: c.align === 'right' ? 'num' : '' }, c.header)))),
          el('tbody', {}, ...part.rows.map((r) => el('tr', {}, ...r.map((cell, i) => el('td', { class: part.columns[i]!.align === 'right' ? 'num' : '' }, cell))))))),
      ]),
      chart,
    );
    void embed(chart, { ...backtestChart(bt, lang), width: 300 } as never, { renderer: 'svg', actions: false, ast: true });
  };
  app.onResult = draw;
  draw();
  return section;
}

/**
 * A CSV file button (`id` is also the input's test id) whose file, picked or dropped on `dropZone`, goes to `onFile`.
 * A drop is taken by the innermost zone only.
 */
function csvPicker(id: string, label: string, dropZone: HTMLElement, onFile: (f: File) => void): HTMLElement {
  const input = el('input', {
    type: 'file', id, accept: '.csv,text/csv', class: 'visually-hidden', 'data-testid': id,
    onchange: (ev) => {
      const f = (ev.target as HTMLInputElement).files?.[0];
      if (f) onFile(f);
    },
  });
  dropZone.addEventListener('dragover', (ev) => ev.preventDefault());
  dropZone.addEventListener('drop', (ev) => {
    ev.preventDefault();
    ev.stopPropagation();
    const f = (ev as DragEvent).dataTransfer?.files?.[0];
    if (f) onFile(f);
  });
  return el('div', { class: 'btns' }, input, el('label', { for: id, class: 'btn', role: 'button', tabindex: 0 }, label));
}
