/**
 * The form of the main inputs of one scenario (the one chosen when several are compared). Each field edits one
 * place of the scenario file; the edited file is validated by loadScenario, and each message is shown beside the
 * field it names, in words. Messages that name no field of the form are listed above it with their file and line.
 */
import { formatUserError } from '../i18n/formatUserError';
import type { UserError } from '../errors/UserError';
import type { App } from './App';
import { el } from './dom';
import { readBundled } from './bundledFiles';
import { formFields, type FormField, type Section } from './formFields';
import { scenarioColor } from './palette';
import { strings } from '../i18n/pageStrings';
import { userErrorText } from '../i18n/userErrorText';

const SECTIONS: { id: Section; title: keyof typeof strings }[] = [
  { id: 'rules', title: 'rulesSection' },
  { id: 'options', title: 'optionsSection' },
  { id: 'population', title: 'populationSection' },
  { id: 'allocation', title: 'allocationSection' },
];

/** Does error `e` belong to the field `key` (the field itself or something inside it)? */
export function errorBelongsTo(e: UserError, key: string, file: string): boolean {
  const f = e.where.field;
  if (!f) return false;
  if (e.where.file !== undefined && e.where.file !== file) return false;
  return f === key || f.startsWith(`${key}.`) || f.startsWith(`${key}[`);
}

/** Draws the form card. */
export function renderForm(app: App): HTMLElement {
  const lang = app.lang;
  const i = Math.min(app.formSlot, app.state.slots.length - 1);
  const loaded = app.loaded[i];
  const slot = app.state.slots[i];
  const card = el('section', { class: 'card', 'data-testid': 'form' }, el('h2', {}, strings.inputs[lang]));
  if (!loaded || !slot) return card;

  if (app.state.slots.length > 1) {
    card.append(el('div', { class: 'tabs', role: 'group', 'aria-label': strings.editing[lang] },
      ...app.state.slots.map((_, j) => el('button', {
        type: 'button', 'aria-pressed': String(j === i), 'data-testid': `form-slot-${j}`, onclick: () => app.setFormSlot(j),
      }, el('span', { class: 'swatch', style: `background:${scenarioColor(j)};margin-right:6px` }), app.loaded[j]?.scenario?.title[lang] ?? app.loaded[j]?.file ?? ''))));
  }

  const skeleton = app.skeletonOf(i);
  const fields = skeleton ? formFields(loaded.text, loaded.file, skeleton.scenario, skeleton.policies, (p) => readBundled(p)) : [];
  const placed = new Set<UserError>();
  for (const e of loaded.errors) if (fields.some((f) => errorBelongsTo(e, f.key, loaded.file))) placed.add(e);
  const unplaced = loaded.errors.filter((e) => !placed.has(e));
  if (unplaced.length > 0) {
    card.append(el('div', { class: 'notice bad', role: 'alert', 'data-testid': 'yaml-errors' },
      strings.yamlErrors(loaded.file)[lang],
      el('ul', { class: 'errors' }, ...unplaced.map((e) => el('li', {}, formatUserError(e, lang))))));
  }

  const editedKeys = new Set(slot.edits.map((e) => JSON.stringify(e.path)));
  for (const sec of SECTIONS) {
    const inSection = fields.filter((f) => f.section === sec.id);
    if (inSection.length === 0) continue;
    const body = el('details', { class: 'section', open: sec.id === 'rules' || inSection.some((f) => editedKeys.has(JSON.stringify(f.path))) },
      el('summary', {}, (strings[sec.title] as { zh: string; en: string })[lang]));
    let group: string | null = null;
    for (const f of inSection) {
      const g = f.group ? f.group[lang] : null;
      if (g && g !== group) body.append(el('div', { class: 'group-title' }, g));
      group = g;
      const errs = loaded.errors.filter((e) => errorBelongsTo(e, f.key, loaded.file));
      body.append(fieldView(app, i, f, errs, editedKeys.has(JSON.stringify(f.path))));
    }
    card.append(body);
  }
  return card;
}

function fieldView(app: App, slotIndex: number, f: FormField, errs: UserError[], edited: boolean): HTMLElement {
  const lang = app.lang;
  const id = `f-${slotIndex}-${f.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const errId = `${id}-err`;
  const commit = (raw: string): void => {
    const v = raw.trim();
    if (v === '' && f.kind !== 'select') app.edit(slotIndex, f.path, undefined);
    else app.edit(slotIndex, f.path, f.numeric && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
  };
  const common = {
    id, 'data-field': f.key, 'data-focus-key': id, 'aria-invalid': errs.length > 0,
    'aria-describedby': errs.length > 0 ? errId : undefined,
  };
  let control: HTMLElement;
  if (f.kind === 'select') {
    const current = f.value;
    const sel = el('select', { ...common, onchange: (ev) => commit((ev.target as HTMLSelectElement).value) });
    if (current === '') sel.append(el('option', { value: '', selected: true }, f.placeholder ? f.placeholder[lang] : '—'));
    for (const c of f.choices) sel.append(el('option', { value: c.value, selected: c.value === current, title: c.value }, c.label[lang]));
    if (current !== '' && !f.choices.some((c) => c.value === current)) sel.append(el('option', { value: current, selected: true }, current));
    control = sel;
  } else {
    control = el('input', {
      ...common, type: 'text', value: f.value, placeholder: f.placeholder ? f.placeholder[lang] : undefined,
      inputmode: f.numeric ? 'numeric' : undefined, autocomplete: 'off', spellcheck: 'false',
      onchange: (ev) => commit((ev.target as HTMLInputElement).value),
    });
  }
  const reset = edited
    ? el('button', { type: 'button', class: 'reset', title: strings.resetField[lang], onclick: () => app.edit(slotIndex, f.path, undefined) }, '↺')
    : null;
  return el('div', { class: `field${errs.length > 0 ? ' invalid' : ''}${edited ? ' edited' : ''}` },
    el('label', { for: id }, f.label[lang]),
    el('div', { class: 'row' }, control, reset),
    errs.length > 0
      ? el('div', { class: 'error', id: errId, role: 'alert' }, ...errs.map((e) => el('div', {}, userErrorText(e)[lang])))
      : f.hint ? el('div', { class: 'hint' }, f.hint[lang]) : null,
    f.explain ? el('details', { class: 'explain' }, el('summary', { class: 'hint' }, strings.explain[lang]), el('p', { class: 'hint' }, f.explain[lang])) : null,
  );
}
