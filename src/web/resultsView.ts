/**
 * The results of the last run: for each scenario its title and question, the key figures, the charts (with the
 * sentence that reads each one), the tables, the options in force, and the share panel. Redrawn when a run
 * finishes, the language, the year or the comparison layout changes.
 */
import type { App, RunResult } from './App';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { exhaustionProbabilitySentence, formatMoneyShort, formatShortDate, headlines } from '../stats/headlines';
import { tierCaps } from '../scenario/tierCaps';
import { schemeInForce } from '../stats/schemeInForce';
import { applicantFirms } from '../stats/applicantFirms';
import type { Summary, YearSummary } from '../stats/Summary';
import { dateError, moneyError, pctOf, shareError } from './analysisFormat';
import { el } from './dom';
import { allOrNoneNote, allOrNoneParts } from '../analysis/formatAllOrNone';
import { optionValueText } from '../output/formatSummaryText';
import { download } from './download';
import { csvForExport, fileStem } from './exportProvenance';
import { formatCount, formatMean, formatSummaryMoney } from './format';
import { scenarioColor } from './palette';
import { sharePanel } from './sharePanel';
import { strings } from '../i18n/pageStrings';
import { pageTables, tableCsv, type Table } from './tables';
import { openPresentMode } from './presentMode';
import { pageReportHtml } from './reportDownload';
import { cliCommand, compareCommand, langFlag, shellQuote } from './cliCommand';
import { differenceRows, signedText, type DifferenceRow } from './pairedDifferences';
import { unionYears, yearOf } from './years';

/** The results without the charts: the nodes to show, and the (empty) box the charts are drawn in afterwards. */
export interface BuiltResults {
  nodes: Element[];
  charts: HTMLElement | null;
  year: number;
}

/** Builds the results of the last run (detached: the caller loads fonts, then shows them and draws the charts). */
export function buildResults(app: App): BuiltResults {
  const lang = app.lang;
  const r = app.result;
  if (!r) {
    return { nodes: app.runState.kind === 'running' ? [] : [el('p', { class: 'muted' }, strings.noResults[lang])], charts: null, year: 0 };
  }
  const names = r.scenarios.map((s) => s.title[lang]);
  const years = unionYears(r.summaries);
  const year = app.year !== null && years.includes(app.year) ? app.year : years[0]!;
  const missing = r.summaries.map((s, i) => (yearOf(s, year) ? null : r.scenarios[i]!.title[lang])).filter((x): x is string => x !== null);
  const chartsBox = el('div', { class: 'charts', 'data-testid': 'charts' });

  const nodes = [el('div', { class: 'main', 'data-testid': 'results' },
    presentTools(app, r),
    el('div', { class: 'heads' }, ...r.scenarios.map((s, i) => el('section', { class: 'card scenario-head', 'data-testid': `head-${i}` },
      el('h2', { 'data-testid': `title-${i}` }, r.scenarios.length > 1 ? el('span', { class: 'swatch', style: `background:${scenarioColor(i)}` }) : null, s.title[lang]),
      el('div', { class: 'question', 'data-testid': `question-${i}` }, s.question[lang]),
      s.changes && s.changes.length > 0 ? el('div', { class: 'changes', 'data-testid': `changes-${i}` },
        el('div', { class: 'small muted' }, strings.changesTitle[lang]),
        el('ul', { class: 'plain small' }, ...s.changes.map((c) => el('li', { 'data-change': c.key },
          `${c.label[lang]} `, el('s', {}, c.from[lang]), ' → ', el('strong', {}, c.to[lang]))))) : null,
      s.assumptions.length > 0 || s.rules.documents.some((d) => d.notes.length > 0) ? el('details', {}, el('summary', { class: 'small' }, strings.assumptions[lang]),
        el('ul', { class: 'plain small' }, ...s.assumptions.map((a) => el('li', {}, a[lang]))),
        documentNotes(s, lang)) : null,
    ))),
    years.length > 1 ? el('div', { class: 'tabs', role: 'group', 'aria-label': strings.year[lang] },
      ...years.map((y) => el('button', { type: 'button', 'aria-pressed': String(y === year), 'data-testid': `year-${y}`, onclick: () => app.setYear(y) }, String(y))))
      : null,
    missing.length > 0 ? el('div', { class: 'notice warn' }, strings.notSimulated(missing.join(strings.listSep[lang]), year)[lang]) : null,
    differencesCard(app, r, year),
    kpis(app, r, year),
    headlineCard(app, r, year),
    chartsBox,
    ...pageTables(r.summaries, names, year, lang, r.scenarios.map((s) => (s.years.includes(year) ? tierCaps(s, year) : undefined))).map((t) => tableCard(app, t)),
    optionsCard(app, r),
    sharePanel(app, r),
  )];
  return { nodes, charts: chartsBox, year };
}

/** Key figures per scenario: will the pool last, what is paid, what is left unmet, who is refused. */
function kpis(app: App, r: RunResult, year: number): HTMLElement {
  const lang = app.lang;
  const cards: HTMLElement[] = [];
  const many = r.summaries.length > 1;
  r.summaries.forEach((s, i) => {
    const y = yearOf(s, year);
    if (!y) return;
    const who = many ? el('div', { class: 'who' }, el('span', { class: 'swatch', style: `background:${scenarioColor(i)}` }), r.scenarios[i]!.title[lang]) : null;
    const pooled = y.schemes.filter((x) => x.exhaustion !== null);
    for (const sc of pooled) {
      const ex = sc.exhaustion!;
      if (!schemeInForce(sc)) {
        // A scheme outside its validity window: no chance of running out to show (not "0.0% ± 0.0").
        cards.push(el('div', { class: 'kpi', 'data-testid': `kpi-exhausted-${i}-${sc.id}` }, who?.cloneNode(true) ?? null,
          el('div', { class: 'v' }, strings.kpiNotInForce[lang]),
          el('div', { class: 'k' }, strings.kpiNotInForceNote(sc.label, y.year)[lang])));
        continue;
      }
      // seen in no run or in every run: the count and the 95% bound, not "100.0% ± 0.0 pp"
      const all = ex.probabilityError ? allOrNoneParts(ex.probabilityByYearEnd, s.runs, lang) : null;
      cards.push(el('div', { class: 'kpi', 'data-testid': `kpi-exhausted-${i}-${sc.id}` }, who?.cloneNode(true) ?? null,
        el('div', { class: 'v' }, all ? all.value : pctOf(ex.probabilityByYearEnd, ex.probabilityError?.se)),
        mcLine(all ? { se: all.count, interval: `95% ${all.boundName} ${all.bound}` } : shareError(ex.probabilityError, lang), `mc-exhausted-${i}-${sc.id}`, lang),
        el('div', { class: 'k' }, strings.kpiExhausted(sc.label, y.year)[lang])));
      if (ex.date) {
        cards.push(el('div', { class: 'kpi', 'data-testid': `kpi-date-${i}-${sc.id}` }, who?.cloneNode(true) ?? null,
          el('div', { class: 'v' }, formatShortDate(ex.date.p50.date, lang)),
          mcLine(dateError(ex.medianDateError, lang), `mc-date-${i}-${sc.id}`, lang),
          el('div', { class: 'k' }, strings.kpiExhaustionDate(sc.label, y.year)[lang])));
      }
    }
    const pe = y.total.paidError;
    const paid = y.total.money.paid;
    const p5 = moneyError(pe?.p5, lang);
    const p95 = moneyError(pe?.p95, lang);
    cards.push(
      el('div', { class: 'kpi', 'data-testid': `kpi-paid-${i}` }, who?.cloneNode(true) ?? null,
        el('div', { class: 'v' }, formatSummaryMoney(paid.p50, lang)),
        p5 && p95 ? el('div', { class: 'mc', 'data-testid': `mc-paid-${i}`, title: `${strings.mcTitle[lang]} ${p5.interval}; ${p95.interval}` },
          el('div', {}, strings.mcPaidP5(formatMoneyShort(paid.p5, lang), p5.se)[lang]),
          el('div', {}, strings.mcPaidP95(formatMoneyShort(paid.p95, lang), p95.se)[lang])) : null,
        el('div', { class: 'k' }, strings.kpiPaid(y.year)[lang])),
      el('div', { class: 'kpi', 'data-testid': `kpi-unmet-${i}` }, who?.cloneNode(true) ?? null,
        el('div', { class: 'v' }, formatSummaryMoney(y.total.money.unmet.mean, lang)),
        el('div', { class: 'k' }, strings.kpiUnmet[lang])),
      el('div', { class: 'kpi', 'data-testid': `kpi-refused-${i}` }, who?.cloneNode(true) ?? null,
        // firms applying: the tiers' count, the same figure as the tier table's (firms that applied, whatever they asked)
        el('div', { class: 'v' }, `${formatMean(y.total.firms.refused.mean, lang)} / ${formatMean(applicantFirms(y), lang)}`),
        el('div', { class: 'k' }, strings.kpiRefused[lang])),
    );
  });
  return el('div', { class: 'kpis', 'data-testid': 'kpis' }, ...cards);
}

/** A figure's Monte Carlo error under it: `± 1.5 pp` and its 95% interval (nothing when the summary has none). */
function mcLine(e: { se: string; interval: string } | null, testid: string, lang: Lang): HTMLElement | null {
  if (!e) return null;
  return el('div', { class: 'mc', 'data-testid': testid, title: strings.mcTitle[lang] }, e.se, el('span', { class: 'muted' }, e.interval));
}

/** The sentences that read the results (src/stats headlines), for the year shown. */
function headlineCard(app: App, r: RunResult, year: number): HTMLElement {
  const lang = app.lang;
  const many = r.summaries.length > 1;
  return el('section', { class: 'card', 'data-testid': 'headlines' },
    el('h3', { style: 'font-size:15px;margin-bottom:6px' }, strings.headline[lang]),
    ...r.summaries.map((s, i) => {
      const y = yearOf(s, year);
      if (!y) return null;
      return el('div', {},
        many ? el('div', { class: 'group-title' }, el('span', { class: 'swatch', style: `background:${scenarioColor(i)};margin-right:6px` }), r.scenarios[i]!.title[lang]) : null,
        el('ul', { class: 'headline' }, ...headlines(s).filter((h) => h.year === year).map((h) => el('li', {}, h.text[lang], headlineError(y, h, lang, s.runs))),
          precisionLine(s, y, lang)));
    }));
}

/**
 * The Monte Carlo error after the sentence on the chance a pool runs out ("… in 62% of runs" ± 1.5 pp); null for
 * other sentences.
 */
function headlineError(y: YearSummary, h: { scheme: string | null; text: Bilingual }, lang: Lang, runs: number): HTMLElement | null {
  if (h.scheme === null) return null;
  const sentence = exhaustionProbabilitySentence(y, h.scheme);
  const sc = y.schemes.find((x) => x.id === h.scheme);
  if (!sentence || sentence[lang] !== h.text[lang] || !sc?.exhaustion) return null;
  // Seen in no run or in every run: the count and the 95% bound, not "0% ± 0.0".
  const allOrNone = sc.exhaustion.probabilityError ? allOrNoneNote(sc.exhaustion.probabilityByYearEnd, runs, lang) : null;
  if (allOrNone) return el('span', { class: 'mc-inline', title: strings.mcTitle[lang], 'data-testid': `mc-headline-${sc.id}` }, allOrNone);
  const e = shareError(sc.exhaustion.probabilityError, lang);
  if (!e) return null;
  const p = pctOf(sc.exhaustion.probabilityByYearEnd, sc.exhaustion.probabilityError?.se);
  return el('span', { class: 'mc-inline', title: strings.mcTitle[lang], 'data-testid': `mc-headline-${sc.id}` }, strings.mcHeadline(p, e.se, e.interval)[lang]);
}

/** The last key point: how precise the figures are (runs, money paid p5 and p95 with their errors), and how runs: auto chose the runs. */
function precisionLine(s: Summary, y: YearSummary, lang: Lang): HTMLElement | null {
  const pe = y.total.paidError;
  if (!pe) return null;
  const paid = y.total.money.paid;
  const p5 = moneyError(pe.p5, lang)!;
  const p95 = moneyError(pe.p95, lang)!;
  const c = s.convergence;
  return el('li', { class: 'mc-note', 'data-testid': 'mc-precision' },
    `${strings.mcPrecision(formatCount(s.runs, lang))[lang]} `,
    strings.mcPaidHeadline(
      strings.mcWithInterval(strings.mcPaidP5(formatMoneyShort(paid.p5, lang), p5.se)[lang], p5.interval)[lang],
      strings.mcWithInterval(strings.mcPaidP95(formatMoneyShort(paid.p95, lang), p95.se)[lang], p95.interval)[lang])[lang],
    c ? el('div', { 'data-testid': 'mc-convergence' }, (c.converged ? strings.autoConverged(formatCount(c.runs, lang), c.history.length) : strings.autoNotConverged(formatCount(c.runs, lang)))[lang]) : null);
}

/** A table in a card with its CSV export (the analyses' tables too). */
export function tableCard(app: App, t: Table): HTMLElement {
  const lang = app.lang;
  return el('section', { class: 'card', 'data-testid': `table-${t.id}` },
    el('div', { class: 'btns', style: 'justify-content:space-between' },
      el('h3', { style: 'font-size:15px' }, t.title[lang]),
      el('button', {
        type: 'button', class: 'btn small', 'data-testid': `csv-${t.id}`,
        onclick: () => download(
          app.result ? `${fileStem(app.result)}-${t.id}${app.year !== null ? `-${app.year}` : ''}.csv` : `${t.id}.csv`,
          app.result ? csvForExport(tableCsv(t, lang), app.result, lang) : tableCsv(t, lang), 'text/csv;charset=utf-8'),
      }, strings.exportCsv[lang])),
    el('div', { class: 'table-wrap' }, el('table', { class: 'data' },
      el('thead', {}, el('tr', {}, ...t.columns.map((c) => el('th', { scope: 'col' }, c[lang])))),
      el('tbody', {}, ...t.rows.map((row) => el('tr', {}, ...row.map((c) => el('td', {}, c.text))))))),
  );
}

function optionsCard(app: App, r: RunResult): HTMLElement {
  const lang = app.lang;
  const colon = strings.colon[lang];
  return el('section', { class: 'card' },
    el('h3', { style: 'font-size:15px' }, strings.options[lang]),
    ...r.scenarios.map((s, i) => el('div', {},
      r.scenarios.length > 1 ? el('div', { class: 'group-title' }, el('span', { class: 'swatch', style: `background:${scenarioColor(i)};margin-right:6px` }), s.title[lang]) : null,
      el('ul', { class: 'options-list' },
        ...s.rules.options.map((o) => el('li', {}, `${o.label[lang]}${colon}`, el('span', { title: o.value }, optionValueText(o.value, lang)), o.isDefault ? ` ${strings.defaultOption[lang]}` : '')),
        el('li', {}, `${strings.allocation[lang]}${colon}`, (strings.mechanisms[s.allocation.mechanism] ?? { zh: s.allocation.mechanism, en: s.allocation.mechanism })[lang]),
        el('li', {}, `${strings.firstYearPool[lang]}${colon}`, (strings.firstYearPools[s.firstYearPool] ?? { zh: s.firstYearPool, en: s.firstYearPool })[lang]),
      ))),
  );
}

/** The conditions the scenario's documents set and the simulation takes as met (policy files' `document.notes`). */
function documentNotes(s: RunResult['scenarios'][number], lang: Lang): HTMLElement | null {
  const notes = s.rules.documents.flatMap((d) => d.notes.map((n) => `${n.text[lang]} (${n.reference.doc} ${n.reference.clause})`));
  if (s.rules.documents.length > 1) notes.unshift(messages.stackingRule()[lang]);
  if (notes.length === 0) return null;
  return el('div', { class: 'small', 'data-testid': 'document-notes' }, el('p', {}, messages.documentNotes()[lang]),
    el('ul', { class: 'plain small' }, ...notes.map((n) => el('li', {}, n))));
}

/**
 * What the results lead with when there is something to compare: the edited main scenario against the file as
 * published, and each compared scenario against the main one, as paired differences with 95% intervals.
 */
function differencesCard(app: App, r: RunResult, year: number): HTMLElement | null {
  const lang = app.lang;
  const blocks: { title: string; rows: DifferenceRow[]; testid: string }[] = [];
  const s0 = r.summaries[0];
  const p0 = r.perRun[0];
  if (r.baseline && s0 && p0) {
    blocks.push({ title: strings.diffVsBaseline(r.scenarios[0]!.title[lang], r.baseline.scenario.title[lang])[lang], rows: differenceRows(s0, p0, r.baseline.summary, r.baseline.perRun, year), testid: 'diff-baseline' });
  }
  r.summaries.slice(1).forEach((s, j) => {
    const p = r.perRun[j + 1];
    if (s0 && p0 && p) blocks.push({ title: strings.diffVsBaseline(r.scenarios[j + 1]!.title[lang], r.scenarios[0]!.title[lang])[lang], rows: differenceRows(s, p, s0, p0, year), testid: `diff-${j + 1}` });
  });
  if (blocks.every((b) => b.rows.length === 0)) return null;
  const money = (fen: number): string => formatMoneyShort(Math.round(fen), lang);
  const show = (row: DifferenceRow, v: number): string => (row.kind === 'money' ? money(v) : row.kind === 'share' ? pctOf(v) : formatMean(v, lang));
  return el('section', { class: 'card differences', 'data-testid': 'differences' },
    el('h3', { style: 'font-size:15px;margin-bottom:6px' }, strings.differences[lang]),
    ...blocks.filter((b) => b.rows.length > 0).map((b) => el('div', { 'data-testid': b.testid },
      el('div', { class: 'group-title' }, b.title),
      el('div', { class: 'table-wrap' }, el('table', { class: 'data' },
        el('thead', {}, el('tr', {}, ...[strings.diffMetric, strings.diffBase, strings.diffValue, strings.diffPaired].map((c) => el('th', { scope: 'col' }, c[lang])))),
        el('tbody', {}, ...b.rows.map((row) => el('tr', { 'data-diff': row.key },
          el('td', {}, row.label[lang]),
          el('td', {}, show(row, row.base)),
          el('td', {}, show(row, row.value)),
          el('td', { class: 'diff' }, signedText(row.kind, row.d.mean, lang, money),
            row.d.lo !== null && row.d.hi !== null ? el('span', { class: 'muted' }, ` [${signedText(row.kind, row.d.lo, lang, money)}, ${signedText(row.kind, row.d.hi, lang, money)}]`) : null)))))))),
    el('p', { class: 'small muted' }, strings.diffNote(r.runs)[lang]));
}

/** Present mode and printing (A4 pages or 16:9 slides: findings and charts only, one chart a page; see style.css). */
function presentTools(app: App, r: RunResult): HTMLElement {
  const lang = app.lang;
  const print = (slides: boolean): void => {
    document.documentElement.classList.toggle('print-slides', slides);
    window.print();
    document.documentElement.classList.remove('print-slides');
  };
  return el('div', { class: 'present-tools' },
    el('button', {
      type: 'button', class: 'btn small', 'data-testid': 'present-open', title: strings.presentHint[lang],
      onclick: () => openPresentMode(document, lang, r.scenarios.map((s) => s.title[lang]).join(' / ')),
    }, strings.present[lang]),
    el('button', { type: 'button', class: 'btn small', 'data-testid': 'print-a4', onclick: () => print(false) }, strings.printA4[lang]),
    el('button', { type: 'button', class: 'btn small', 'data-testid': 'print-slides', onclick: () => print(true) }, strings.printSlides[lang]),
    el('button', {
      type: 'button', class: 'btn small', 'data-testid': 'report-download', title: strings.reportDownloadHint[lang],
      onclick: (e: Event) => {
        const b = e.currentTarget as HTMLButtonElement;
        b.disabled = true;
        void pageReportHtml(r, lang, reportCommands(r, lang))
          .then((html) => download(`${r.scenarios[0]!.id}${r.scenarios[0]!.changes ? '-edited' : ''}-report.html`, html, 'text/html;charset=utf-8'))
          .catch((err: unknown) => { b.title = err instanceof Error ? err.message : String(err); })
          .finally(() => { b.disabled = false; });
      },
    }, strings.reportDownload[lang]));
}

/** The commands that reproduce the page's figures and its report from the scenario files (edited ones saved as the CLI panel says). */
function reportCommands(r: RunResult, lang: Lang): { run: string; report: string } {
  const files = r.slots.map((l, i) => cliCommand(l.file, l.custom, r.scenarios[i]!.id, r.runs, r.seed).saveAs ?? l.file);
  const runs = r.convergence ? 'auto' : String(r.runs);
  const compare = files.length > 1 ? ` --compare ${files.slice(1).map(shellQuote).join(' ')}` : '';
  return {
    run: files.length > 1 ? compareCommand(files, r.runs, r.seed, lang)
      : cliCommand(r.slots[0]!.file, r.slots[0]!.custom, r.scenarios[0]!.id, r.convergence ? 'auto' : r.runs, r.seed, lang).command,
    report: `npx quansim report ${shellQuote(files[0]!)}${compare} --runs ${runs} --seed ${shellQuote(r.seed)}${langFlag(lang)} --out report`,
  };
}
