/** The run status: progress bar, runs done, time left and the cancel button; or how the last run ended. */
import { formatUserError } from '../i18n/formatUserError';
import type { App } from './App';
import { el } from './dom';
import { formatCount, formatSeconds } from './format';
import { strings } from '../i18n/pageStrings';

/** The parts of the running view that a progress tick updates (kept, so the cancel button stays clickable). */
interface RunningView {
  lang: string;
  done: HTMLElement;
  left: HTMLElement;
  bar: HTMLElement;
  progress: HTMLElement;
}

const running = new WeakMap<HTMLElement, RunningView>();

/**
 * Draws the status card of `app` into `card`. On a progress tick (`tick`) of a run already shown it only updates
 * the numbers, so that the cancel button stays the same element under the pointer.
 */
export function renderStatus(app: App, card: HTMLElement, tick = false): void {
  const lang = app.lang;
  const rs = app.runState;
  if (tick && rs.kind === 'running') {
    const view = running.get(card);
    if (view && view.lang === lang && card.dataset.runState === 'running') {
      updateRunning(app, view);
      return;
    }
  }
  running.delete(card);
  card.dataset.finished = String(app.finishedRuns);
  const stale = app.result !== null && app.result.key !== app.inputsKey();
  card.dataset.runState = rs.kind === 'running' ? 'running' : rs.kind;
  const parts: (HTMLElement | null)[] = [];
  if (app.notice) parts.push(el('div', { class: 'notice warn', role: 'status' }, app.notice[lang]));

  if (rs.kind === 'running') {
    const view: RunningView = {
      lang,
      done: el('span', { 'data-testid': 'runs-done' }),
      left: el('span', { 'data-testid': 'time-left' }),
      bar: el('div', {}),
      progress: el('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-label': strings.running[lang] }),
    };
    view.progress.append(view.bar);
    updateRunning(app, view);
    running.set(card, view);
    parts.push(
      el('div', { class: 'line' },
        el('strong', {}, strings.running[lang]),
        view.done,
        view.left,
        el('span', { class: 'spacer', style: 'flex:1' }),
        el('button', { type: 'button', class: 'btn danger small', 'data-testid': 'cancel', onclick: () => app.cancel() }, strings.cancel[lang]),
      ),
      view.progress,
    );
  } else if (rs.kind === 'cancelled') {
    parts.push(el('div', { class: 'notice warn', role: 'status', 'data-testid': 'cancelled' }, strings.cancelled[lang]));
  } else if (rs.kind === 'failed') {
    parts.push(el('div', { class: 'notice bad', role: 'alert', 'data-testid': 'run-failed' }, rs.refused ? '' : strings.runFailed[lang],
      rs.errors ? el('ul', { class: 'errors' }, ...rs.errors.map((e) => el('li', {}, formatUserError(e, lang)))) : rs.message));
  } else if (rs.kind === 'done' && app.result) {
    const r = app.result;
    const c = r.convergence;
    parts.push(el('div', { class: 'line', 'data-testid': 'finished' },
      el('span', {}, strings.finished(formatCount(r.runs * r.scenarios.length, lang), formatSeconds(r.elapsedMs, lang), r.workers)[lang]),
      c ? el('span', { 'data-testid': 'auto-finished' }, (c.converged ? strings.autoConverged(formatCount(c.runs, lang), c.history.length) : strings.autoNotConverged(formatCount(c.runs, lang)))[lang]) : null));
  }
  if (!app.canRun()) parts.push(el('div', { class: 'notice bad', role: 'alert', 'data-testid': 'not-run' }, strings.notRunInvalid[lang]));
  else if (stale && rs.kind !== 'running') {
    parts.push(el('div', { class: 'notice warn', role: 'status' }, strings.stale[lang], ' ',
      el('button', { type: 'button', class: 'btn small primary', onclick: () => app.runNow() }, strings.run[lang])));
  }
  card.hidden = parts.length === 0;
  card.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
}

/** Progress: runs done of the total, the bar, and the time left (estimated from the rate so far). */
function updateRunning(app: App, view: RunningView): void {
  const lang = app.lang;
  const rs = app.runState;
  const p = rs.kind === 'running' ? rs.progress : null;
  const auto = rs.kind === 'running' ? rs.auto : null;
  const total = p?.total ?? (app.effectiveRuns() ?? 0) * app.state.slots.length;
  const done = p?.done ?? 0;
  if (auto) {
    // runs: auto: the total is not known; runs so far, the batch, and how many figures the last batch left outside tolerance.
    const last = auto.last;
    view.done.dataset.batches = String(last?.history.length ?? 0);
    if (last && (last.converged || last.runs >= last.maxRuns)) {
      view.done.textContent = strings.autoChosen(formatCount(last.runs, lang))[lang];
      view.left.textContent = '';
    } else {
      const counted = last ? last.checks.filter((k) => k.status !== 'not-applicable').length : 0;
      const outside = last ? last.checks.filter((k) => k.status === 'outside').length : 0;
      view.done.textContent = strings.autoRunsDone(formatCount(auto.before + done, lang), (last?.history.length ?? 0) + 1)[lang];
      view.left.textContent = last ? strings.autoOutside(outside, counted)[lang] : strings.autoFirstBatch[lang];
    }
  } else {
    view.done.textContent = strings.runsDone(formatCount(done, lang), formatCount(total, lang))[lang];
    view.left.textContent = p === null || p.etaMs === null
      ? strings.timeLeftUnknown[lang]
      : strings.timeLeft(strings.seconds(formatSeconds(p.etaMs, lang))[lang])[lang];
  }
  view.bar.style.width = `${(total > 0 ? Math.min(100, (100 * done) / total) : 0).toFixed(1)}%`;
  view.progress.setAttribute('aria-valuemax', String(total));
  view.progress.setAttribute('aria-valuenow', String(done));
}
