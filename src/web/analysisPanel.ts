/**
 * The analyses on the page (issue 6): sensitivity (tornado), goal seek and sweep (heatmap) of the main scenario
 * with the page's seed, run by the same src/analysis functions as `quansim sensitivity|solve|sweep`, on the page's
 * Web Worker pool. The pool runs one thing at a time: an analysis waits for a run of the inputs to end, and a new
 * run of the inputs cancels an analysis in progress. Inputs live in the URL (PageState.analysis); results live here
 * until the page closes.
 *
 *   PageState.analysis ─analysisSetup─▶ options + CLI command ─start─▶ sensitivity | solve | sweep (schedulerSimulator)
 *     ─▶ Outcome ─analysisResults─▶ sentence, chart, table, command
 */
import { sensitivity, SENSITIVITY_INPUTS } from '../analysis/sensitivity';
import { solve } from '../analysis/solve';
import { sweep } from '../analysis/sweep';
import { targetEstimateText } from '../analysis/formatEstimate';
import { formatVariableValue } from '../analysis/parseRange';
import type { Progress } from '../engine/progress';
import { userErrorsOf } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import type { App } from './App';
import { analysisChartCard, dropAnalysisChart } from './analysisChart';
import { ANALYSIS_TABS, type AnalysisParams, type AnalysisTab, type AxisInput } from './analysisParams';
import { outcomeView, type Outcome } from './analysisResults';
import { sensitivitySetup, solveSetup, sweepSetup, type AnalysisInputs, type Setup } from './analysisSetup';
import { schedulerSimulator } from '../scheduler/schedulerSimulator';
import { cliCommand } from './cliCommand';
import { el } from './dom';
import { fontsReadyFor, loadFontsFor, textOf } from './fonts';
import { formatCount, formatSeconds } from './format';
import { strings } from '../i18n/pageStrings';
import { userErrorText } from '../i18n/userErrorText';
import { SimulationCancelled, WorkerFailure, type Scheduler } from '../scheduler/Scheduler';

/** A card's horizontal padding and borders. */
const CARD_PADDING = 38;

/** An analysis in progress. */
interface Running {
  kind: AnalysisTab;
  controller: AbortController;
  started: number;
  /** Progress of the batch of runs in progress. */
  progress: Progress | null;
  /** Goal seek: the points evaluated so far, as lines of its log. */
  points: Bilingual[];
  /** Sweep: rows done and rows in all. */
  rows: [number, number] | null;
}

/** How the last analysis of a kind ended when it left no result. */
type Ended = { kind: 'cancelled' } | { kind: 'failed'; text: Bilingual };

/** The parts of the progress view a tick updates (so the cancel button stays the same element). */
interface LiveView {
  kind: AnalysisTab;
  text: HTMLElement;
  bar: HTMLElement;
  log: HTMLElement;
}

export class AnalysisPanel {
  private running: Running | null = null;
  private readonly outcomes: Partial<Record<AnalysisTab, Outcome>> = {};
  private readonly ended: Partial<Record<AnalysisTab, Ended>> = {};
  private live: LiveView | null = null;
  private tickPending = false;
  private drawToken: object = {};

  constructor(private readonly app: App, private readonly pool: Scheduler, private readonly root: HTMLElement) {}

  /** An analysis is running (it holds the worker pool). */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Cancels the analysis in progress, if any. */
  cancel(): void {
    const r = this.running;
    if (!r) return;
    this.running = null;
    this.ended[r.kind] = { kind: 'cancelled' };
    r.controller.abort();
    this.render();
  }

  /** The main scenario with the page's seed and the file the CLI reads it from; null while the inputs are invalid. */
  inputs(): AnalysisInputs | null {
    const app = this.app;
    const l = app.loaded[0];
    const seed = app.effectiveSeed();
    if (!l?.scenario || seed === null || !app.canRun()) return null;
    const scenario = { ...l.scenario, seed };
    const file = cliCommand(l.file, l.custom, scenario.id, 1, seed).saveAs ?? l.file;
    return { scenario, file, params: app.state.analysis ?? {}, lang: app.lang };
  }

  private setParams(patch: Partial<AnalysisParams>): void {
    const next: Record<string, unknown> = { ...(this.app.state.analysis ?? {}), ...patch };
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    this.app.setAnalysis(next as AnalysisParams);
  }

  /** A field typed: an empty text goes back to the default. */
  private setField(key: string, text: string): void {
    const v = text.trim() === '' ? undefined : text;
    const axis = /^([xy])\.(variable|from|to|points)$/.exec(key);
    if (axis) {
      const name = axis[1] as 'x' | 'y';
      const field = axis[2] as keyof AxisInput;
      const setup = this.inputs() ? sweepSetup(this.inputs()!) : null;
      const current: AxisInput = this.app.state.analysis?.[name] ?? { variable: (setup?.values[`${name}.variable`] ?? 'pool') as AxisInput['variable'] };
      // Another variable starts from its own default range.
      const next: AxisInput = field === 'variable' ? { variable: text as AxisInput['variable'] } : { ...current, [field]: v };
      this.setParams({ [name]: next });
      return;
    }
    // Another variable to find starts from its own default range and step.
    if (key === 'find') this.setParams({ find: text as AnalysisParams['find'], range: undefined, resolution: undefined });
    else this.setParams({ [key]: key === 'year' ? (v === undefined ? undefined : Number(v)) : v });
  }

  // ---- drawing ----

  /** Draws the panel (the charts of results already drawn are kept). */
  render(): void {
    const token = {};
    this.drawToken = token;
    const { nodes, draws } = this.build();
    const put = (): void => {
      if (this.drawToken !== token) return;
      const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
      this.root.replaceChildren(...nodes);
      if (focusKey) (this.root.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`) as HTMLElement | null)?.focus();
      void (async () => {
        for (const d of draws) {
          if (this.drawToken !== token) return;
          await d();
        }
      })();
    };
    const text = textOf(nodes);
    if (fontsReadyFor(text)) put();
    else void loadFontsFor(text).then(put);
  }

  private build(): { nodes: HTMLElement[]; draws: (() => Promise<void>)[] } {
    const app = this.app;
    const lang = app.lang;
    const params = app.state.analysis ?? {};
    const tab = params.tab ?? 'sensitivity';
    const inputs = this.inputs();
    const draws: (() => Promise<void>)[] = [];
    const tabs = el('div', { class: 'tabs', role: 'tablist', 'aria-label': strings.analysisTitle[lang] },
      ...ANALYSIS_TABS.map((k) => el('button', {
        type: 'button', role: 'tab', 'aria-selected': String(k === tab), 'aria-pressed': String(k === tab), 'data-testid': `analysis-tab-${k}`,
        'data-focus-key': `analysis-tab-${k}`, onclick: () => this.setParams({ tab: k }),
      }, strings.analysisTabs[k]![lang])));
    const card = el('section', { class: 'card analysis', 'data-testid': 'analysis', 'data-analysis-state': this.running ? 'running' : 'idle' },
      el('h2', {}, strings.analysisTitle[lang]),
      el('p', { class: 'small muted' }, strings.analysisIntro[lang]),
      tabs);
    if (!inputs) {
      card.append(el('div', { class: 'notice bad', role: 'alert' }, strings.analysisNeedsInputs[lang]));
      return { nodes: [card], draws };
    }
    const setup: Setup<unknown> = tab === 'sensitivity' ? sensitivitySetup(inputs) : tab === 'solve' ? solveSetup(inputs) : sweepSetup(inputs);
    card.append(this.subjectFields(inputs, setup), this.form(tab, setup), this.controls(tab, setup));
    const ended = this.ended[tab];
    if (ended?.kind === 'cancelled') card.append(el('div', { class: 'notice warn', role: 'status', 'data-testid': 'analysis-cancelled' }, strings.analysisCancelled[lang]));
    if (ended?.kind === 'failed') card.append(el('div', { class: 'notice bad', role: 'alert', 'data-testid': 'analysis-failed' }, strings.analysisFailed[lang], ended.text[lang]));
    const outcome = this.outcomes[tab];
    if (outcome) {
      const stale = outcome.key !== outcomeKey(inputs, setup);
      const width = this.chartWidth();
      const view = outcomeView(app, outcome, width);
      card.append(el('div', { class: 'analysis-result', 'data-testid': `result-${tab}` },
        stale ? el('div', { class: 'notice warn', role: 'status' }, strings.analysisStale[lang]) : null,
        ...view.before,
        ...view.charts.map((c, i) => {
          const { card: chartCard, draw } = analysisChartCard(`${tab}-${i}`, c, lang);
          draws.push(draw);
          return chartCard;
        }),
        ...view.after));
    }
    return { nodes: [card], draws };
  }

  /** Width inside a chart card of the panel: the panel's, less two cards' padding and borders. */
  private chartWidth(): number {
    const w = this.root.clientWidth || 900;
    return Math.max(240, w - 2 * CARD_PADDING);
  }

  private field(key: string, label: string, setup: Setup<unknown>, control: HTMLElement, hint?: string): HTMLElement {
    const lang = this.app.lang;
    const err = setup.errors[key];
    const id = `an-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    control.id = id;
    control.dataset.field = key;
    control.dataset.focusKey = id;
    if (err) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', `${id}-err`);
    }
    return el('div', { class: `field${err ? ' invalid' : ''}` },
      el('label', { for: id }, label),
      control,
      err ? el('div', { class: 'error', id: `${id}-err`, role: 'alert', 'data-error-for': key }, err[lang]) : hint ? el('div', { class: 'hint' }, hint) : null);
  }

  private textInput(key: string, setup: Setup<unknown>): HTMLInputElement {
    return el('input', {
      type: 'text', value: setup.values[key] ?? '', autocomplete: 'off', spellcheck: 'false',
      onchange: (ev) => this.setField(key, (ev.target as HTMLInputElement).value),
    });
  }

  private select(key: string, value: string, choices: { value: string; label: string }[]): HTMLSelectElement {
    return el('select', { onchange: (ev) => this.setField(key, (ev.target as HTMLSelectElement).value) },
      ...choices.map((c) => el('option', { value: c.value, selected: c.value === value }, c.label)));
  }

  /** The scheme followed and the year read, when there is a choice. */
  private subjectFields(inputs: AnalysisInputs, setup: Setup<unknown>): HTMLElement {
    const lang = this.app.lang;
    const s = inputs.scenario;
    const p = inputs.params;
    const firstPooled = s.rules.schemes.find((x) => !s.unlimitedPools.includes(x.id)) ?? s.rules.schemes[0];
    const schemeChoices = [
      { value: '', label: strings.analysisSchemeAuto(firstPooled ? firstPooled.label[lang] : '—')[lang] },
      ...s.rules.schemes.map((x) => ({ value: x.id, label: x.label[lang] })),
    ];
    const parts: HTMLElement[] = [];
    if (s.rules.schemes.length > 1 || setup.errors.scheme) parts.push(this.field('scheme', strings.analysisScheme[lang], setup, this.select('scheme', p.scheme ?? '', schemeChoices)));
    if (s.years.length > 1) {
      parts.push(this.field('year', strings.analysisYear[lang], setup,
        this.select('year', String(p.year !== undefined && s.years.includes(p.year) ? p.year : s.years[0]), s.years.map((y) => ({ value: String(y), label: String(y) })))));
    }
    return el('div', { class: 'analysis-subject' }, ...parts);
  }

  private form(tab: AnalysisTab, setup: Setup<unknown>): HTMLElement {
    const lang = this.app.lang;
    if (tab === 'sensitivity') {
      const variants = 1 + 2 * Object.keys(SENSITIVITY_INPUTS).length;
      return el('div', { class: 'analysis-form', 'data-testid': 'form-sensitivity' },
        this.field('delta', strings.delta[lang], setup, this.textInput('delta', setup), strings.deltaHint[lang]),
        this.field('sensitivityRuns', strings.runsPerVariant[lang], setup, this.textInput('sensitivityRuns', setup), strings.sensitivityRunsHint(variants)[lang]));
    }
    if (tab === 'solve') {
      const variableChoices = (['pool', 'cap', 'ratio'] as const).map((v) => ({ value: v, label: strings.findChoices[v]![lang] }));
      const target = this.field('target', strings.target[lang], setup, this.textInput('target', setup), strings.targetHint[lang]);
      target.append(el('div', { class: 'btns presets' }, el('span', { class: 'hint' }, strings.targetPresets[lang]),
        ...Object.entries(strings.targetPresetTexts).map(([k, t]) => el('button', {
          type: 'button', class: 'btn small', 'data-preset': k, onclick: () => this.setField('target', t[lang]),
        }, t[lang]))));
      return el('div', { class: 'analysis-form', 'data-testid': 'form-solve' },
        this.field('find', strings.find[lang], setup, this.select('find', setup.values.find ?? 'pool', variableChoices)),
        target,
        this.field('range', strings.searchRange[lang], setup, this.textInput('range', setup)),
        this.field('resolution', strings.resolution[lang], setup, this.textInput('resolution', setup)),
        this.field('solveRuns', strings.runsPerEvaluation[lang], setup, this.textInput('solveRuns', setup)));
    }
    const variableChoices = (['pool', 'cap', 'ratio'] as const).map((v) => ({ value: v, label: strings.variables[v]![lang] }));
    const axis = (name: 'x' | 'y') => el('fieldset', { class: 'axis' },
      el('legend', {}, (name === 'x' ? strings.axisX : strings.axisY)[lang]),
      this.field(`${name}.variable`, strings.axisVariable[lang], setup, this.select(`${name}.variable`, setup.values[`${name}.variable`] ?? 'pool', variableChoices)),
      el('div', { class: 'axis-range' },
        this.field(`${name}.from`, strings.axisFrom[lang], setup, this.textInput(`${name}.from`, setup)),
        this.field(`${name}.to`, strings.axisTo[lang], setup, this.textInput(`${name}.to`, setup)),
        this.field(`${name}.points`, strings.axisPoints[lang], setup, this.textInput(`${name}.points`, setup))));
    return el('div', { class: 'analysis-form', 'data-testid': 'form-sweep' },
      axis('x'), axis('y'),
      this.field('sweepRuns', strings.runsPerCell[lang], setup, this.textInput('sweepRuns', setup)));
  }

  /** Run and cancel, the progress of an analysis in progress, and the CLI command of the form. */
  private controls(tab: AnalysisTab, setup: Setup<unknown>): HTMLElement {
    const lang = this.app.lang;
    const mainRunning = this.app.runState.kind === 'running';
    const r = this.running;
    const box = el('div', { class: 'analysis-controls' });
    const why = mainRunning ? strings.analysisWaitRun[lang] : r && r.kind !== tab ? strings.analysisOtherRunning[lang] : null;
    box.append(el('div', { class: 'btns' },
      el('button', {
        type: 'button', class: 'btn primary', 'data-testid': `run-${tab}`, disabled: !setup.run || mainRunning || r !== null,
        onclick: () => void this.start(tab),
      }, strings.analysisRun[lang]),
      why ? el('span', { class: 'small muted' }, why) : null));
    if (r && r.kind === tab) {
      const live: LiveView = {
        kind: tab,
        text: el('span', { 'data-testid': 'analysis-runs-done' }),
        bar: el('div', {}),
        log: el('ol', { class: 'analysis-log small', 'data-testid': 'analysis-log' }),
      };
      this.live = live;
      this.updateLive();
      box.append(el('div', { class: 'status analysis-progress', 'data-testid': 'analysis-progress' },
        el('div', { class: 'line' },
          el('strong', {}, strings.running[lang]),
          live.text,
          el('span', { class: 'spacer', style: 'flex:1' }),
          el('button', { type: 'button', class: 'btn danger small', 'data-testid': `cancel-${tab}`, onclick: () => this.cancel() }, strings.cancel[lang])),
        el('div', { class: 'progress', role: 'progressbar', 'aria-label': strings.running[lang] }, live.bar),
        live.log));
    } else if (this.live?.kind === tab) this.live = null;
    return box;
  }

  /** Redraws the progress numbers at the next frame (progress arrives many times a second). */
  private tick(): void {
    if (this.tickPending) return;
    this.tickPending = true;
    requestAnimationFrame(() => {
      this.tickPending = false;
      this.updateLive();
    });
  }

  private updateLive(): void {
    const r = this.running;
    const live = this.live;
    if (!r || !live || live.kind !== r.kind) return;
    const lang = this.app.lang;
    const p = r.progress;
    const done = p?.done ?? 0;
    const total = p?.total ?? 0;
    // Sensitivity runs every variant in one batch; goal seek one batch per evaluation; a sweep one per row.
    const parts = [strings.analysisRunsDone(formatCount(done, lang), formatCount(total, lang))[lang]];
    if (r.kind === 'solve') parts.unshift(strings.solveEvaluating(r.points.length + 1)[lang]);
    if (r.kind === 'sweep' && r.rows) parts.unshift(strings.sweepRows(Math.min(r.rows[0] + 1, r.rows[1]), r.rows[1])[lang]);
    if (p && p.etaMs !== null && r.kind === 'sensitivity') parts.push(strings.timeLeft(strings.seconds(formatSeconds(p.etaMs, lang))[lang])[lang]);
    live.text.textContent = parts.join(' · ');
    const share = r.kind === 'sweep' && r.rows ? (r.rows[0] + (total > 0 ? done / total : 0)) / r.rows[1] : total > 0 ? done / total : 0;
    live.bar.style.width = `${Math.min(100, 100 * share).toFixed(1)}%`;
    if (live.log.childElementCount !== r.points.length) live.log.replaceChildren(...r.points.map((t) => el('li', {}, t[lang])));
  }

  // ---- running ----

  /** Starts the analysis of the tab with the form's values (nothing when a field is wrong or the pool is busy). */
  async start(kind: AnalysisTab): Promise<void> {
    const inputs = this.inputs();
    if (!inputs || this.running || this.app.runState.kind === 'running') return;
    const setup = kind === 'sensitivity' ? sensitivitySetup(inputs) : kind === 'solve' ? solveSetup(inputs) : sweepSetup(inputs);
    if (!setup.run || !setup.command) return;
    const controller = new AbortController();
    const running: Running = { kind, controller, started: performance.now(), progress: null, points: [], rows: null };
    this.running = running;
    delete this.ended[kind];
    this.render();
    const mine = (): boolean => this.running === running;
    const simulate = schedulerSimulator(this.pool, {
      signal: controller.signal,
      onProgress: (p) => {
        if (!mine()) return;
        running.progress = p;
        this.tick();
      },
    });
    const l = this.app.loaded[0]!;
    const base = { key: outcomeKey(inputs, setup), command: setup.command, file: inputs.file, custom: l.custom, yaml: l.text };
    try {
      let outcome: Outcome;
      const s = inputs.scenario;
      if (kind === 'sensitivity') {
        const o = sensitivitySetup(inputs).run!;
        const result = await sensitivity(s, { deltaBp: o.deltaBp, runs: o.runs, scheme: o.scheme, year: o.year }, simulate);
        outcome = { ...base, kind, result, runs: result.runs * (1 + 2 * result.rows.filter((x) => x.applicable).length), elapsedMs: performance.now() - running.started };
      } else if (kind === 'solve') {
        const o = solveSetup(inputs).run!;
        const result = await solve(s, {
          variable: o.variable, target: o.target, scheme: o.scheme, year: o.year, range: o.range, resolution: o.resolution, runs: o.runs,
          onPoint: (pt) => {
            if (!mine()) return;
            const line = (lang: 'zh' | 'en') => strings.solveEvaluation(
              running.points.length + 1, formatVariableValue(o.variable, pt.x, lang), targetEstimateText(o.target, pt.estimate, o.year, lang), pt.meets)[lang];
            running.points.push({ zh: line('zh'), en: line('en') });
            running.progress = null;
            this.tick();
          },
        }, simulate);
        outcome = { ...base, kind, result, runs: result.runs * result.points.length, elapsedMs: performance.now() - running.started };
      } else {
        const o = sweepSetup(inputs).run!;
        running.rows = [0, o.y.values.length];
        const result = await sweep(s, {
          x: o.x, y: o.y, scheme: o.scheme, year: o.year, runs: o.runs,
          onRow: (done, total) => {
            if (!mine()) return;
            running.rows = [done, total];
            running.progress = null;
            this.tick();
          },
        }, simulate);
        outcome = { ...base, kind, result, runs: result.runs * result.cells.length, elapsedMs: performance.now() - running.started };
      }
      if (!mine()) return;
      this.running = null;
      dropAnalysisChart(`${kind}-0`);
      dropAnalysisChart(`${kind}-1`);
      this.outcomes[kind] = outcome;
      console.info(`quansim: ${kind} of ${s.id}, ${outcome.runs} runs in ${(outcome.elapsedMs / 1000).toFixed(2)} s`);
    } catch (e) {
      if (!mine()) return;
      this.running = null;
      if (e instanceof SimulationCancelled) this.ended[kind] = { kind: 'cancelled' };
      else {
        const errs = userErrorsOf(e);
        const text = errs ? userErrorText(errs[0]!)
          : e instanceof WorkerFailure && e.userErrors?.[0] ? e.userErrors[0].text
            : { zh: e instanceof Error ? e.message : String(e), en: e instanceof Error ? e.message : String(e) };
        this.ended[kind] = { kind: 'failed', text };
      }
    }
    this.render();
  }
}

/** What a result was computed from: the scenario's text (with its edits) and the command (options, seed). */
function outcomeKey(inputs: AnalysisInputs, setup: Setup<unknown>): string {
  return JSON.stringify([inputs.scenario, setup.command?.replace(/ --lang zh$/, '')]);
}
