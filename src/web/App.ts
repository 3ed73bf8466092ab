/**
 * The page's controller: holds the page state (mirrored in the URL), loads each scenario slot through
 * loadScenario, runs them in the worker pool, summarizes, and asks the views to draw.
 *
 *   URL ⇄ PageState ──loadSlot──▶ LoadedSlot[] (Scenario | errors) ──Scheduler──▶ chunks ──summarizeChunks──▶ Summary[]
 *        form edits ─┘                                                               views ◀─ charts, tables, share
 */
import { UserError } from '../errors/UserError';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import type { Progress } from '../engine/progress';
import { loadPolicy } from '../policy/loadPolicy';
import type { PolicyDocument } from '../policy/policySchema';
import type { Scenario } from '../scenario/model';
import type { Convergence, Summary } from '../stats/Summary';
import { runUntilStable } from '../analysis/runUntilStable';
import { accumulatorSetToJSON, mergeAccumulatorData } from '../engine/accumulators';
import { AnalysisPanel } from './analysisPanel';
import { schedulerSimulator } from '../scheduler/schedulerSimulator';
import { bundledFiles, builtinScenarios, DEFAULT_SCENARIO, readBundled, type BuiltinScenario } from './bundledFiles';
import { el } from './dom';
import { fontsReadyFor, loadFontsFor, textOf } from './fonts';
import { loadSlot, type LoadedSlot } from './loadSlot';
import { perRunHeadlines } from '../output/perRunHeadlines';
import type { Accumulator } from '../stats/Accumulator';
import { pageFiles } from './userFiles';
import type { PerRunHeadlines } from '../output/perRunHeadlines';
import { defaultPageState, MAX_RUNS, MAX_SLOTS, withEdit, withoutEdit, type Edit, type Layout, type PageState, type Slot } from './pageState';
import { renderCharts } from './chartsView';
import { buildResults } from './resultsView';
import { renderSidebar } from './sidebarView';
import { renderStatus } from './statusView';
import { allStringsText, strings } from '../i18n/pageStrings';
import { formatCount } from './format';
import { decodeState, encodeState, MAX_STATE_BYTES } from './urlState';
import { unionYears } from './years';
import { Scheduler, SimulationCancelled, WorkerFailure, type JobResult } from '../scheduler/Scheduler';
import { workerFailureText } from '../scheduler/errors';
import { estimateMemory } from '../scenario/estimateMemory';
import { spawnWebWorker } from '../scheduler/webWorkers';

/** Workers: one per core, at most this many (more gives nothing and costs memory). */
const MAX_WORKERS = 8;
/** The page refuses a simulation whose estimated memory is above this (MB): a browser tab gets a few GB at most. */
const PAGE_MAX_MEMORY_MB = 2048;
/** Edits re-run the simulation after this pause, so typing in several fields runs once. */
const AUTORUN_DELAY_MS = 350;

/** What the last finished run produced. */
export interface RunResult {
  /** The inputs it ran (texts, runs, seed), to tell when the page shows results of other inputs. */
  key: string;
  slots: LoadedSlot[];
  scenarios: Scenario[];
  summaries: Summary[];
  runs: number;
  seed: string;
  elapsedMs: number;
  workers: number;
  /** How the runs were chosen with runs: auto (the main scenario's batches), else null. */
  convergence: Convergence | null;
  /** Per-run headline values of each scenario by year (same seeds: the pairs of the differences). */
  perRun: PerRunHeadlines[][];
  /** The main scenario unedited, run on the same runs and seed, when it is edited; else null. */
  baseline: { scenario: Scenario; summary: Summary; perRun: PerRunHeadlines[] } | null;
  /** The main scenario's per-run accumulators (a backtest reads its runs' totals). */
  mainYears: Accumulator[];
}

/** Where a runs: auto run is: runs done before the batch in progress, and the checks after the last batch. */
export interface AutoProgress {
  before: number;
  last: Convergence | null;
}

export type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress | null; controller: AbortController; started: number; auto: AutoProgress | null }
  | { kind: 'done' }
  | { kind: 'cancelled' }
  /** `refused`: not run at all (the message says why), rather than failed while running. */
  | { kind: 'failed'; errors: UserError[] | null; message: string; refused?: boolean };

/** A scenario's structure kept from its last successful load, so the form stays while an edit is invalid. */
export interface Skeleton {
  scenario: Scenario;
  policies: Map<string, PolicyDocument>;
}

export class App {
  state: PageState;
  loaded: LoadedSlot[] = [];
  result: RunResult | null = null;
  runState: RunState = { kind: 'idle' };
  /** Runs finished since the page opened (the status card shows it, so a test can wait for the next one). */
  finishedRuns = 0;
  /** A message about the page itself (e.g. a damaged link). */
  notice: Bilingual | null = null;
  /** Which slot the form edits. */
  formSlot = 0;
  /** Which simulated year the results show (null: the first). */
  year: number | null = null;
  /** Runs and seed fields as typed when they are invalid (valid values live in the state). */
  runsInput: string | null = null;
  seedInput: string | null = null;
  readonly builtins: BuiltinScenario[];
  readonly workers: number;
  /** Called when a run's results are in (the data card redraws its backtest). */
  onResult: (() => void) | null = null;

  private readonly skeletons = new Map<string, Skeleton>();
  private readonly pool: Scheduler;
  private autorun: ReturnType<typeof setTimeout> | null = null;
  private lastHash = '';
  private readonly sidebar: HTMLElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLElement;
  private readonly header: HTMLElement;
  /** Sensitivity, goal seek and sweep: they share the worker pool with the runs (one at a time). */
  readonly analyses: AnalysisPanel;
  private resultsDrawn: unknown = null;
  private readonly swaps = new Map<HTMLElement, unknown>();

  constructor(private readonly root: HTMLElement) {
    this.builtins = builtinScenarios();
    const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
    this.workers = Math.max(1, Math.min(cores, MAX_WORKERS));
    this.pool = new Scheduler(this.workers, spawnWebWorker);
    this.state = defaultPageState(this.builtins[0]?.file ?? DEFAULT_SCENARIO);
    this.header = el('header', { class: 'topbar' });
    this.sidebar = el('aside', { class: 'sidebar', 'aria-label': 'inputs' });
    this.status = el('section', { class: 'card status', 'data-run-state': 'idle' });
    this.results = el('div', { class: 'results' });
    const analysisBox = el('div', { class: 'analysis-box' });
    this.analyses = new AnalysisPanel(this, this.pool, analysisBox);
    const main = el('main', { class: 'main' }, this.status, this.results, analysisBox);
    root.replaceChildren(this.header, el('div', { class: 'layout' }, this.sidebar, main));
  }

  get lang(): Lang {
    return this.state.lang;
  }

  /** Reads the URL (or opens the default scenario), draws the page and runs it at once. */
  async start(): Promise<void> {
    await loadFontsFor(`${allStringsText()}${this.builtins.map((b) => b.title.zh).join('')}`);
    await this.readUrl();
    this.writeUrl();
    window.addEventListener('hashchange', () => {
      if (location.hash.replace(/^#/, '') !== this.lastHash) void this.readUrl().then(() => this.runNow());
    });
    this.runNow();
  }

  private async readUrl(): Promise<void> {
    const { state, error } = await decodeState(location.hash);
    this.notice = error === 'unreadable' ? strings.linkUnreadable : error === 'invalid' ? strings.linkInvalid
      : error === 'too-large' ? strings.linkTooLarge(MAX_STATE_BYTES / 1024 / 1024) : null;
    this.state = state ?? defaultPageState(this.builtins[0]?.file ?? DEFAULT_SCENARIO, this.state.lang);
    this.runsInput = null;
    this.seedInput = null;
    this.formSlot = 0;
    this.reload();
  }

  // ---- state changes (each one ends in reload or render, and the URL follows) ----

  setLang(lang: Lang): void {
    this.state = { ...this.state, lang };
    this.renderAll();
    this.writeUrl();
  }

  /** Replaces the main scenario (slot 0) by a built-in one. */
  pickBuiltin(file: string): void {
    this.setSlot(0, { source: { kind: 'builtin', file }, edits: [] }, true);
  }

  /** Replaces the main scenario by the user's own YAML text. */
  loadText(name: string, text: string): void {
    this.setSlot(0, { source: { kind: 'text', name, text }, edits: [] }, true);
  }

  addCompare(slot: Slot): void {
    if (this.state.slots.length >= MAX_SLOTS) return;
    this.state = { ...this.state, slots: [...this.state.slots, slot] };
    this.afterInputChange(true);
  }

  removeSlot(i: number): void {
    if (this.state.slots.length <= 1) return;
    this.state = { ...this.state, slots: this.state.slots.filter((_, j) => j !== i) };
    this.formSlot = Math.min(this.formSlot, this.state.slots.length - 1);
    this.afterInputChange(true);
  }

  setLayout(layout: Layout): void {
    this.state = { ...this.state, layout };
    this.renderAll();
    this.writeUrl();
  }

  setFormSlot(i: number): void {
    this.formSlot = i;
    this.renderSidebar();
  }

  setYear(year: number): void {
    this.year = year;
    void this.renderResults();
  }

  /** Sets (value) or resets (undefined: back to the file's value) a field of slot `i`'s scenario file. */
  edit(i: number, path: Edit['path'], value: Edit['value'] | undefined): void {
    const slot = this.state.slots[i];
    if (!slot) return;
    const next = value === undefined ? withoutEdit(slot, path) : withEdit(slot, { path, value });
    this.setSlot(i, next, false);
  }

  setRuns(text: string): void {
    if (text.trim().toLowerCase() === 'auto') {
      this.setRunsAuto(true);
      return;
    }
    const n = Number(text.trim());
    if (/^\d+$/.test(text.trim()) && Number.isSafeInteger(n) && n >= 1 && n <= MAX_RUNS) {
      this.runsInput = null;
      this.state = { ...this.state, runs: n === this.ownRuns() ? null : n };
      this.afterInputChange(false);
    } else {
      this.runsInput = text;
      this.renderInputs();
    }
  }

  /** runs: auto (batches until the headline figures are stable, as `quansim run --runs auto`) on or off. */
  setRunsAuto(on: boolean): void {
    this.runsInput = null;
    const { runsAuto: _, ...rest } = this.state;
    this.state = on ? { ...rest, runsAuto: true } : rest;
    this.afterInputChange(false);
  }

  /** Replaces the analyses' inputs (kept in the URL) and redraws their panel. */
  setAnalysis(analysis: NonNullable<PageState['analysis']>): void {
    this.state = { ...this.state, analysis };
    this.writeUrl();
    this.analyses.render();
  }

  setSeed(text: string): void {
    const s = text.trim();
    if (s.length >= 1 && s.length <= 100) {
      this.seedInput = null;
      this.state = { ...this.state, seed: s === this.ownSeed() ? null : s };
      this.afterInputChange(false);
    } else {
      this.seedInput = text;
      this.renderInputs();
    }
  }

  private setSlot(i: number, slot: Slot, immediate: boolean): void {
    const slots = [...this.state.slots];
    slots[i] = slot;
    this.state = { ...this.state, slots };
    this.afterInputChange(immediate);
  }

  private afterInputChange(immediate: boolean): void {
    this.reload();
    this.writeUrl();
    if (this.autorun) clearTimeout(this.autorun);
    if (!this.canRun()) return;
    if (immediate) this.runNow();
    else this.autorun = setTimeout(() => this.runNow(), AUTORUN_DELAY_MS);
  }

  // ---- derived values ----

  /** The runs and seed every scenario runs with: the page's, else the main scenario's own. */
  effectiveRuns(): number | null {
    return this.state.runs ?? this.ownRuns();
  }

  effectiveSeed(): string | null {
    return this.state.seed ?? this.ownSeed();
  }

  private ownRuns(): number | null {
    const s = this.loaded[0]?.scenario ?? this.skeletonOf(0)?.scenario;
    return s ? s.runs : null;
  }

  private ownSeed(): string | null {
    const s = this.loaded[0]?.scenario ?? this.skeletonOf(0)?.scenario;
    return s ? s.seed : null;
  }

  /** The structure of slot i's scenario: from this load, or the last good one of the same file. */
  skeletonOf(i: number): Skeleton | null {
    const slot = this.state.slots[i];
    return slot ? this.skeletons.get(sourceKey(slot)) ?? null : null;
  }

  canRun(): boolean {
    return this.loaded.length > 0 && this.loaded.every((l) => l.scenario !== null)
      && this.runsInput === null && this.seedInput === null
      && this.effectiveRuns() !== null && this.effectiveSeed() !== null;
  }

  inputsKey(): string {
    return JSON.stringify({ texts: this.loaded.map((l) => [l.file, l.text]), runs: this.state.runsAuto ? 'auto' : this.effectiveRuns(), seed: this.effectiveSeed() });
  }

  // ---- loading and running ----

  private reload(): void {
    this.loaded = this.state.slots.map((s) => loadSlot(s, pageFiles()));
    this.loaded.forEach((l, i) => {
      if (!l.scenario) return;
      const policies = new Map<string, PolicyDocument>();
      for (const p of l.scenario.source.policies) {
        try {
          policies.set(p, loadPolicy(readBundled(p, bundledFiles), p));
        } catch {
          // loadScenario has just read the same files: a failure here cannot happen, and the form only loses labels
        }
      }
      this.skeletons.set(sourceKey(this.state.slots[i]!), { scenario: l.scenario, policies });
    });
    // The results stay those of the last run (the status says when they are stale) until the next run ends;
    // inputs that do not load grey them out, so no one reads figures of a scenario that is no longer on screen.
    this.markStale();
    this.renderInputs();
  }

  /** Greys the results (with a message) while some input does not load. */
  private markStale(): void {
    const bad = this.loaded.some((l) => l.scenario === null) && this.result !== null;
    this.results.classList.toggle('stale-results', bad);
    this.results.setAttribute('aria-disabled', String(bad));
    let note = this.results.previousElementSibling as HTMLElement | null;
    if (!note?.classList.contains('stale-note')) note = null;
    if (bad && !note) this.results.before(el('div', { class: 'notice warn stale-note', role: 'status', 'data-testid': 'stale-results' }, strings.staleResults[this.lang]));
    else if (!bad) note?.remove();
    else if (note) note.textContent = strings.staleResults[this.lang];
  }

  /** Runs every slot now (cancelling a run in progress); does nothing on invalid input. */
  runNow(): void {
    if (this.autorun) clearTimeout(this.autorun);
    this.autorun = null;
    if (this.runState.kind === 'running') this.runState.controller.abort();
    // The pool runs one thing at a time: a run of the inputs goes before an analysis in progress.
    this.analyses.cancel();
    if (!this.canRun()) {
      this.renderStatus();
      return;
    }
    const runs = this.effectiveRuns()!;
    const seed = this.effectiveSeed()!;
    const slots = [...this.loaded];
    const scenarios = slots.map((l) => ({ ...l.scenario!, runs, seed }));
    // An edited main scenario is compared with the file as published on the same runs and seed: it runs last.
    const main = this.state.slots[0]!;
    const unedited = (scenarios[0]!.changes?.length ?? 0) > 0 ? loadSlot({ ...main, edits: [] }, pageFiles()).scenario : null;
    if (unedited) scenarios.push({ ...unedited, runs, seed });
    const tooBig = this.memoryRefusal(scenarios);
    if (tooBig) {
      // refused before anything runs: the previous results stay on the page
      this.runState = { kind: 'failed', errors: null, message: tooBig, refused: true };
      this.renderStatus();
      return;
    }
    const key = this.inputsKey();
    const controller = new AbortController();
    const started = performance.now();
    const auto = this.state.runsAuto === true;
    this.runState = { kind: 'running', progress: null, controller, started, auto: auto ? { before: 0, last: null } : null };
    this.renderStatus();
    this.analyses.render();
    void this.simulate(controller, scenarios, slots, key, runs, seed, started, auto);
  }

  /**
   * The refusal to show when the scenarios' estimated memory (src/scenario/estimateMemory.ts, as `quansim run`
   * checks it) is above the page's limit; null when they fit. A tab has a few GB at most, and a shared link can name
   * any population.
   */
  private memoryRefusal(scenarios: readonly Scenario[]): string | null {
    let worst: { mb: number; firms: number; applications: number } | null = null;
    for (const s of scenarios) {
      const e = estimateMemory(s, Math.min(this.workers, s.runs));
      const mb = Math.ceil(e.totalBytes / 1024 / 1024);
      if (!worst || mb > worst.mb) worst = { mb, firms: e.firms, applications: e.applications };
    }
    if (!worst || worst.mb <= PAGE_MAX_MEMORY_MB) return null;
    return strings.memoryAboveLimit(worst.mb, PAGE_MAX_MEMORY_MB, formatCount(Math.round(worst.firms), this.lang), formatCount(Math.round(worst.applications), this.lang), this.workers)[this.lang];
  }

  private async simulate(
    controller: AbortController, scenarios: Scenario[], slots: LoadedSlot[], key: string, runs: number, seed: string, started: number, auto: boolean,
  ): Promise<void> {
    const id = `${Math.round(started)}`;
    const current = (): boolean => this.runState.kind === 'running' && this.runState.controller === controller;
    const onProgress = (p: Progress): void => {
      if (this.runState.kind === 'running' && this.runState.controller === controller) {
        this.runState.progress = p;
        this.scheduleStatus();
      }
    };
    try {
      let convergence: Convergence | null = null;
      let jobs: JobResult[];
      if (auto) {
        // The main scenario's batches choose the runs (as `quansim run --runs auto`); compared scenarios then run as many.
        const simulate = schedulerSimulator(this.pool, { signal: controller.signal, onProgress });
        const stable = await runUntilStable(scenarios[0]!, simulate, {
          onBatch: (c) => {
            if (this.runState.kind === 'running' && this.runState.controller === controller) {
              this.runState.auto = { before: c.runs, last: c };
              this.runState.progress = null;
              this.scheduleStatus();
            }
          },
        });
        convergence = stable.convergence;
        runs = convergence.runs;
        scenarios = [stable.scenario, ...scenarios.slice(1).map((s) => ({ ...s, runs }))];
        const rest = await this.pool.run(scenarios.slice(1).map((scenario, i) => ({ key: `${id}:${i + 1}`, scenario })), { signal: controller.signal, onProgress });
        // The batches are merged already: the worker that summarizes gets them as one part.
        jobs = [{ key: `${id}:0`, parts: [accumulatorSetToJSON(stable.acc)] }, ...rest];
      } else {
        jobs = await this.pool.run(scenarios.map((scenario, i) => ({ key: `${id}:${i}`, scenario })), { signal: controller.signal, onProgress });
      }
      const simulatedMs = performance.now() - started;
      const summaries = await this.pool.summarize(jobs.map((j, i) => ({ ...j, scenario: scenarios[i]! })), { signal: controller.signal });
      if (!current()) return;
      if (convergence) summaries[0] = { ...summaries[0]!, convergence };
      const merged = jobs.map((j) => mergeAccumulatorData(j.parts));
      const perRun = merged.map((m) => perRunHeadlines(m.years));
      const hasBaseline = scenarios.length > slots.length;
      const baseline = hasBaseline ? { scenario: scenarios.at(-1)!, summary: summaries.at(-1)!, perRun: perRun.at(-1)! } : null;
      if (hasBaseline) {
        scenarios = scenarios.slice(0, -1);
        summaries.pop();
        perRun.pop();
      }
      const elapsedMs = performance.now() - started;
      console.info(`quansim: ${runs} runs × ${scenarios.length} scenario(s) in ${(elapsedMs / 1000).toFixed(2)} s on ${this.workers} workers (simulation ${(simulatedMs / 1000).toFixed(2)} s, merge and summary ${((elapsedMs - simulatedMs) / 1000).toFixed(2)} s)`);
      this.result = { key, slots, scenarios, summaries, runs, seed, elapsedMs, workers: this.workers, convergence, perRun, baseline, mainYears: merged[0]!.years };
      const years = unionYears(summaries);
      if (this.year === null || !years.includes(this.year)) this.year = years[0] ?? null;
      this.runState = { kind: 'done' };
      this.finishedRuns += 1;
      this.analyses.render();
      this.onResult?.();
      await this.renderResults(() => this.renderStatus());
    } catch (e) {
      if (!current()) return;
      if (e instanceof SimulationCancelled) this.runState = { kind: 'cancelled' };
      else if (e instanceof WorkerFailure) {
        const errors = e.userErrors ? e.userErrors.map((d) => new UserError(d.code, d.text, d.where)) : null;
        this.runState = { kind: 'failed', errors, message: workerFailureText(e)[this.lang] + strings.runFailedKept[this.lang] };
      } else this.runState = { kind: 'failed', errors: null, message: e instanceof Error ? e.message : String(e) };
      this.renderStatus();
      this.analyses.render();
    }
  }

  cancel(): void {
    if (this.autorun) clearTimeout(this.autorun);
    if (this.runState.kind !== 'running') return;
    const c = this.runState.controller;
    this.runState = { kind: 'cancelled' };
    c.abort();
    this.renderStatus();
    this.analyses.render();
  }

  // ---- drawing ----

  private statusPending = false;
  private scheduleStatus(): void {
    if (this.statusPending) return;
    this.statusPending = true;
    requestAnimationFrame(() => {
      this.statusPending = false;
      renderStatus(this, this.status, true);
    });
  }

  /** Draws everything (after a change of language or layout). */
  renderAll(): void {
    this.markStale();
    this.renderInputs();
    void this.renderResults();
  }

  /** Draws all but the results: header, inputs and status. */
  private renderInputs(): void {
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `quansim · ${strings.appTitle[this.lang]}`;
    this.renderHeader();
    this.renderSidebar();
    this.renderStatus();
    this.analyses.render();
  }

  private renderHeader(): void {
    const other: Lang = this.lang === 'zh' ? 'en' : 'zh';
    this.swapIn(this.header, [
      el('div', {}, el('h1', {}, strings.appTitle[this.lang]), el('div', { class: 'sub' }, strings.appSubtitle[this.lang])),
      el('div', { class: 'spacer' }),
      el('button', {
        type: 'button', 'data-testid': 'lang', lang: other === 'zh' ? 'zh-CN' : 'en', 'aria-label': strings.switchToLabel[this.lang],
        onclick: () => this.setLang(other),
      }, strings.switchTo[this.lang]),
    ]);
  }

  private renderSidebar(): void {
    const fresh = el('div');
    renderSidebar(this, fresh);
    this.swapIn(this.sidebar, [...fresh.children], () => {
      const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
      return () => {
        if (focusKey) (this.sidebar.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`) as HTMLElement | null)?.focus();
      };
    });
  }

  /**
   * Puts freshly built nodes into `target` once the font parts their text needs are loaded (see fonts.ts); a
   * later swap into the same target wins. `around` runs before the swap and returns what to do after it.
   */
  private swapIn(target: HTMLElement, nodes: Element[], around?: () => () => void): void {
    const token = {};
    this.swaps.set(target, token);
    const put = (): void => {
      if (this.swaps.get(target) !== token) return;
      const after = around?.();
      target.replaceChildren(...nodes);
      after?.();
    };
    const text = textOf(nodes);
    if (fontsReadyFor(text)) put();
    else void loadFontsFor(text).then(put);
  }

  renderStatus(): void {
    renderStatus(this, this.status);
  }

  /** Draws the results; `attached` runs once they are on the page, before the charts are drawn. */
  private async renderResults(attached?: () => void): Promise<void> {
    const token = {};
    this.resultsDrawn = token;
    const superseded = (): boolean => this.resultsDrawn !== token;
    const built = buildResults(this);
    await loadFontsFor(textOf(built.nodes));
    if (superseded()) return;
    this.results.replaceChildren(...built.nodes);
    attached?.();
    if (built.charts && this.result) await renderCharts(this, this.result, built.year, built.charts, superseded);
  }

  private writeUrl(): void {
    void encodeState(this.state).then((h) => {
      this.lastHash = h;
      history.replaceState(null, '', `#${h}`);
      this.renderShareLink();
    });
  }

  /** The share panel's link follows the URL without redrawing the results. */
  private renderShareLink(): void {
    const link = this.root.querySelector<HTMLElement>('[data-share-link]');
    if (link) link.textContent = location.href;
  }
}

/** Identity of a slot's file (not its edits), to keep its skeleton across invalid edits. */
function sourceKey(slot: Slot): string {
  return slot.source.kind === 'builtin' ? `b:${slot.source.file}` : `t:${slot.source.name}:${slot.source.text}`;
}
