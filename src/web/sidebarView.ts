/**
 * The inputs: which scenario (built-in, or the user's own YAML), what it is compared with, runs and seed, and
 * the form of the main inputs of the scenario being edited.
 */
import { dataPanel } from './dataPanel';
import { DEFAULT_BATCH, DEFAULT_MAX_RUNS, DEFAULT_TOLERANCE } from '../analysis/Tolerance';
import type { Lang } from '../i18n/Bilingual';
import type { App } from './App';
import { el } from './dom';
import { renderForm } from './formView';
import { formatCount } from './format';
import { MAX_RUNS, MAX_SLOTS, type Slot } from './pageState';
import { scenarioColor } from './palette';
import { strings } from '../i18n/pageStrings';

/** Largest YAML file the page accepts (the same limit a link holds). */
const MAX_FILE_CHARS = 200_000;

/** Draws the sidebar of `app` into `root`. */
export function renderSidebar(app: App, root: HTMLElement): void {
  root.replaceChildren(scenarioCard(app), runCard(app), renderForm(app), dataPanel(app));
}

function slotName(app: App, slot: Slot): string {
  if (slot.source.kind === 'text') return strings.ownFile(slot.source.name)[app.lang];
  const file = slot.source.file;
  const b = app.builtins.find((x) => x.file === file);
  return b ? b.title[app.lang] : file;
}

function scenarioCard(app: App): HTMLElement {
  const lang = app.lang;
  const main = app.state.slots[0]!;
  const select = el('select', {
    id: 'scenario-pick', 'data-testid': 'scenario-pick', 'data-focus-key': 'scenario-pick',
    onchange: (ev) => {
      const v = (ev.target as HTMLSelectElement).value;
      if (v.startsWith('scenarios/')) app.pickBuiltin(v);
    },
  });
  for (const b of app.builtins) {
    select.append(el('option', { value: b.file, selected: main.source.kind === 'builtin' && main.source.file === b.file }, b.title[lang]));
  }
  if (main.source.kind === 'text') select.append(el('option', { value: '', selected: true }, strings.ownFile(main.source.name)[lang]));
  if (main.source.kind === 'builtin' && !app.builtins.some((b) => main.source.kind === 'builtin' && b.file === main.source.file)) {
    select.append(el('option', { value: '', selected: true }, main.source.file));
  }

  const fileInput = yamlFileInput('yaml-file', (name, text) => app.loadText(name, text), app);
  const compare = el('div', { class: 'compare-list', 'data-testid': 'compare-list' },
    ...app.state.slots.map((s, i) => el('div', { class: 'compare-item' },
      el('span', { class: 'swatch', style: `background:${scenarioColor(i)}` }),
      el('span', { class: 'name', title: slotName(app, s) }, slotName(app, s)),
      i > 0 ? el('button', { type: 'button', class: 'btn small', 'data-testid': `remove-${i}`, onclick: () => app.removeSlot(i) }, strings.compareRemove[lang]) : null,
    )));

  const full = app.state.slots.length >= MAX_SLOTS;
  const addSelect = el('select', {
    'data-testid': 'compare-add', 'aria-label': strings.compareWith[lang], disabled: full,
    onchange: (ev) => {
      const v = (ev.target as HTMLSelectElement).value;
      if (v) app.addCompare({ source: { kind: 'builtin', file: v }, edits: [] });
    },
  }, el('option', { value: '' }, full ? strings.maxSlots(MAX_SLOTS)[lang] : strings.compareWith[lang]),
  ...app.builtins.map((b) => el('option', { value: b.file }, b.title[lang])));
  const addFile = yamlFileInput('compare-file', (name, text) => app.addCompare({ source: { kind: 'text', name, text }, edits: [] }), app, full);

  const layout = app.state.slots.length > 1
    ? el('div', { class: 'field' }, el('span', { class: 'label' }, strings.layout[lang]),
      el('div', { class: 'tabs', role: 'group' }, ...(['side', 'overlay'] as const).map((l) => el('button', {
        type: 'button', 'aria-pressed': String(app.state.layout === l), 'data-testid': `layout-${l}`, onclick: () => app.setLayout(l),
      }, (l === 'side' ? strings.layoutSide : strings.layoutOverlay)[lang]))))
    : null;

  return el('section', { class: 'card' },
    el('h2', {}, strings.scenario[lang]),
    el('div', { class: 'field' }, el('label', { for: 'scenario-pick' }, strings.builtin[lang]), select),
    fileInput,
    el('details', { class: 'section', open: app.state.slots.length > 1 },
      el('summary', { 'data-testid': 'compare-toggle' }, strings.compareTitle[lang]),
      el('p', { class: 'small muted' }, strings.compareHint[lang]),
      compare,
      el('div', { class: 'field' }, addSelect),
      addFile,
      layout,
    ),
  );
}

/** A button that opens a local YAML file and hands its text on (read in the browser; nothing is uploaded). */
function yamlFileInput(id: string, onText: (name: string, text: string) => void, app: App, disabled = false): HTMLElement {
  const lang = app.lang;
  const input = el('input', {
    type: 'file', id, accept: '.yaml,.yml,text/yaml,application/yaml', class: 'visually-hidden', 'data-testid': id, disabled,
    onchange: (ev) => {
      const f = (ev.target as HTMLInputElement).files?.[0];
      if (!f) return;
      void f.text().then((text) => {
        if (text.length > MAX_FILE_CHARS) {
          app.notice = strings.fileTooLarge;
          app.renderStatus();
          return;
        }
        onText(f.name, text);
      });
    },
  });
  return el('div', { class: 'btns' }, input, el('label', { for: id, class: `btn${disabled ? ' disabled' : ''}`, role: 'button', tabindex: 0,
    onkeydown: (ev) => { if ((ev as KeyboardEvent).key === 'Enter' || (ev as KeyboardEvent).key === ' ') input.click(); } },
  id === 'yaml-file' ? strings.loadYaml[lang] : `${strings.compareAdd[lang]}: ${strings.loadYaml[lang]}`));
}

/** What runs: auto does, with the CLI's defaults (src/analysis Tolerance). */
function autoHelp(lang: Lang): string {
  const t = DEFAULT_TOLERANCE;
  const n = (x: number) => String(Number(x.toFixed(4)));
  return strings.runsAutoHelp(formatCount(DEFAULT_BATCH, lang), n(t.probability * 100), n(t.days), n(t.paidShare * 100), formatCount(DEFAULT_MAX_RUNS, lang))[lang];
}

function runCard(app: App): HTMLElement {
  const lang = app.lang;
  const auto = app.state.runsAuto === true;
  const runsValue = app.runsInput ?? (auto ? 'auto' : String(app.effectiveRuns() ?? ''));
  const seedValue = app.seedInput ?? (app.effectiveSeed() ?? '');
  return el('section', { class: 'card' },
    el('h2', {}, strings.runSection[lang]),
    el('div', { class: 'row', style: 'display:grid;grid-template-columns:1fr 1fr;gap:10px' },
      el('div', { class: `field${app.runsInput !== null ? ' invalid' : ''}` },
        el('label', { for: 'runs' }, strings.runs[lang]),
        el('input', {
          id: 'runs', type: 'text', inputmode: 'numeric', value: runsValue, 'data-testid': 'runs', 'data-focus-key': 'runs', disabled: auto,
          'aria-invalid': app.runsInput !== null, onchange: (ev) => app.setRuns((ev.target as HTMLInputElement).value),
        }),
        app.runsInput !== null ? el('div', { class: 'error', role: 'alert' }, strings.runsInvalid(formatCount(MAX_RUNS, lang))[lang]) : null),
      el('div', { class: `field${app.seedInput !== null ? ' invalid' : ''}` },
        el('label', { for: 'seed' }, strings.seed[lang]),
        el('input', {
          id: 'seed', type: 'text', value: seedValue, 'data-testid': 'seed', 'data-focus-key': 'seed',
          'aria-invalid': app.seedInput !== null, onchange: (ev) => app.setSeed((ev.target as HTMLInputElement).value),
        }),
        app.seedInput !== null ? el('div', { class: 'error', role: 'alert' }, strings.seedInvalid[lang]) : null),
    ),
    el('label', { class: 'check' },
      el('input', {
        type: 'checkbox', checked: auto, 'data-testid': 'runs-auto', 'data-focus-key': 'runs-auto',
        onchange: (ev) => app.setRunsAuto((ev.target as HTMLInputElement).checked),
      }),
      ` ${strings.runsAuto[lang]}`),
    auto ? el('p', { class: 'small muted', 'data-testid': 'runs-auto-help' }, autoHelp(lang)) : null,
    el('div', { class: 'btns' },
      el('button', { type: 'button', class: 'btn primary', 'data-testid': 'run', disabled: !app.canRun(), onclick: () => app.runNow() }, strings.run[lang]),
      el('span', { class: 'small muted' }, strings.workersNote(app.workers)[lang]),
    ),
  );
}
