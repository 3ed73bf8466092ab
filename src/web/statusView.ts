/** The run status: progress bar, runs done, time left and the cancel button; or how the last run ended. */
import { formatUserError } from '../errors/formatUserError';
import type { App } from './App';
import { el } from './dom';
import { formatCount, formatSeconds } from './format';
import { strings } from './strings';

/** Draws the status card of `app` into `card` (called on every progress tick, so it stays small). */
export function renderStatus(app: App, card: HTMLElement): void {
  const lang = app.lang;
  const rs = app.runState;
  const stale = app.result !== null && app.result.key !== app.inputsKey();
  card.dataset.runState = rs.kind === 'running' ? 'running' : rs.kind;
  const parts: (HTMLElement | null)[] = [];
  if (app.notice) parts.push(el('div', { class: 'notice warn', role: 'status' }, app.notice[lang]));

  if (rs.kind === 'running') {
    const p = rs.progress;
    const total = p?.total ?? (app.effectiveRuns() ?? 0) * app.state.slots.length;
    const done = p?.done ?? 0;
    const pct = total > 0 ? Math.min(100, (100 * done) / total) : 0;
    const bar = el('div', {});
    bar.style.width = `${pct.toFixed(1)}%`;
    const left = p?.etaMs === null || p === null ? strings.timeLeftUnknown[lang] : strings.timeLeft(strings.seconds(formatSeconds(p.etaMs, lang))[lang])[lang];
    parts.push(
      el('div', { class: 'line' },
        el('strong', {}, strings.running[lang]),
        el('span', { 'data-testid': 'runs-done' }, strings.runsDone(formatCount(done, lang), formatCount(total, lang))[lang]),
        el('span', { 'data-testid': 'time-left' }, left),
        el('span', { class: 'spacer', style: 'flex:1' }),
        el('button', { type: 'button', class: 'btn danger small', 'data-testid': 'cancel', onclick: () => app.cancel() }, strings.cancel[lang]),
      ),
      el('div', {
        class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': total, 'aria-valuenow': done,
        'aria-label': strings.running[lang],
      }, bar),
    );
  } else if (rs.kind === 'cancelled') {
    parts.push(el('div', { class: 'notice warn', role: 'status', 'data-testid': 'cancelled' }, strings.cancelled[lang]));
  } else if (rs.kind === 'failed') {
    parts.push(el('div', { class: 'notice bad', role: 'alert' }, strings.runFailed[lang],
      rs.errors ? el('ul', { class: 'errors' }, ...rs.errors.map((e) => el('li', {}, formatUserError(e, lang)))) : rs.message));
  } else if (rs.kind === 'done' && app.result) {
    const r = app.result;
    parts.push(el('div', { class: 'line', 'data-testid': 'finished' },
      el('span', {}, strings.finished(formatCount(r.runs * r.scenarios.length, lang), formatSeconds(r.elapsedMs, lang), r.workers)[lang])));
  }
  if (!app.canRun()) parts.push(el('div', { class: 'notice bad', role: 'alert', 'data-testid': 'not-run' }, strings.notRunInvalid[lang]));
  else if (stale && rs.kind !== 'running') {
    parts.push(el('div', { class: 'notice warn', role: 'status' }, strings.stale[lang], ' ',
      el('button', { type: 'button', class: 'btn small primary', onclick: () => app.runNow() }, strings.run[lang])));
  }
  card.hidden = parts.length === 0;
  card.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
}
