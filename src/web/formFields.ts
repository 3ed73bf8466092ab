/**
 * The form's fields for one scenario: each is a place in the scenario file (a YAML path) with its current value
 * there, what the documents publish when the file sets nothing, and how to edit it. The fields follow the
 * scenario: one pool / ratio scale / cap per scheme, one field per ambiguity option of its policy documents,
 * the population's size and tier mix, and the allocation mechanism.
 */
import { CAP_COUNTING_KEY, CAP_COUNTING_OPTION } from '../policy/capCountingOption';
import { isScalar, parseDocument, type Document } from 'yaml';
import type { Bilingual } from '../i18n/Bilingual';
import { BATCH_PERIODS, MECHANISMS } from '../allocation/model';
import { formatMoney } from '../i18n/formatMoney';
import { optionAccepts } from '../policy/optionValue';
import type { PolicyDocument } from '../policy/policySchema';
import { resolveRelative } from '../scenario/loadScenario';
import type { Scenario } from '../scenario/model';
import { fieldPath } from '../yaml/parseYaml';
import type { Edit } from './pageState';
import { strings } from '../i18n/pageStrings';

export type Section = 'rules' | 'options' | 'population' | 'allocation';

export interface Choice {
  value: string;
  label: Bilingual;
}

export interface FormField {
  /** The YAML path in the scenario file. */
  path: Edit['path'];
  /** `fieldPath(path)`: how loadScenario's messages name the field. */
  key: string;
  section: Section;
  /** A heading the field sits under (e.g. the scheme's name). */
  group: Bilingual | null;
  label: Bilingual;
  kind: 'text' | 'select' | 'number';
  choices: Choice[];
  /** The value in the (edited) file as text; '' when the file does not set it. */
  value: string;
  /** Shown when the file sets nothing: what applies then. */
  placeholder: Bilingual | null;
  hint: Bilingual | null;
  /** Why the field exists (an ambiguity option's explanation from its policy document). */
  explain: Bilingual | null;
  /** A number field's type for the edit: YAML numbers, not strings. */
  numeric: boolean;
}

/** An amount in both languages, for placeholders. */
function money(fen: number): Bilingual {
  return { zh: formatMoney(fen, 'zh'), en: formatMoney(fen, 'en', { compact: true }) };
}

/** Where the population's values are: the scenario itself, or the population file it names. */
function populationDoc(doc: Document, file: string, readFile: (path: string) => string): Document {
  const rel = doc.get('populationFile');
  if (typeof rel !== 'string' || doc.has('population')) return doc;
  try {
    return parseDocument(readFile(resolveRelative(file, rel)), { uniqueKeys: false });
  } catch {
    return doc;
  }
}

/** The value at `path` in a YAML document as text ('' when absent or not a scalar). */
export function valueAt(doc: Document, path: Edit['path']): string {
  const node = doc.getIn(path, true);
  if (isScalar(node) && node.value !== null && node.value !== undefined) return String(node.value);
  return '';
}

/**
 * The fields of a scenario.
 * @param text the scenario file after the edits (the values shown)
 * @param skeleton the scenario last loaded from this file (its schemes and options give the fields)
 * @param policies the policy documents it loaded, by path (their options' choices and labels)
 */
export function formFields(
  text: string, file: string, skeleton: Scenario, policies: ReadonlyMap<string, PolicyDocument>, readFile: (path: string) => string,
): FormField[] {
  const doc = parseDocument(text, { uniqueKeys: false });
  const popDoc = populationDoc(doc, file, readFile);
  const out: FormField[] = [];
  const add = (f: Omit<FormField, 'key' | 'value' | 'choices' | 'group' | 'placeholder' | 'hint' | 'explain' | 'numeric'> & Partial<FormField>): void => {
    const from = f.path[0] === 'population' ? popDoc : doc;
    out.push({ group: null, choices: [], placeholder: null, hint: null, explain: null, numeric: false, ...f, key: fieldPath(f.path), value: valueAt(from, f.path) });
  };

  for (const s of skeleton.rules.schemes) {
    const group = s.label;
    const unlimited = skeleton.unlimitedPools.includes(s.id);
    const published = s.pool.find((p) => !p.adjusted) ?? s.pool[0];
    const poolShown = published ? money(published.published ?? published.value) : null;
    add({
      path: ['schemes', s.id, 'pool'], section: 'rules', group, label: strings.pool, kind: 'text',
      placeholder: unlimited ? strings.unlimited : poolShown ? strings.poolPlaceholder(poolShown) : strings.poolNonePublished,
      hint: strings.poolHint,
    });
    add({ path: ['schemes', s.id, 'ratioScale'], section: 'rules', group, label: strings.ratioScale, kind: 'text', placeholder: { zh: '100%', en: '100%' }, hint: strings.ratioScaleHelp });
    const cap = s.caps.find((c) => c.value !== null);
    if (cap) {
      const shown = money(cap.published ?? cap.value ?? 0);
      add({ path: ['schemes', s.id, 'cap'], section: 'rules', group, label: strings.cap, kind: 'text', placeholder: strings.capPlaceholder(shown), hint: strings.amountHint });
    }
  }

  for (const o of skeleton.rules.options) {
    const [docId, ...rest] = o.key.split('.');
    const key = rest.join('.');
    // stacking.cap-counting belongs to no document (src/policy/capCountingOption.ts)
    const def = o.key === CAP_COUNTING_KEY ? CAP_COUNTING_OPTION : [...policies.values()].find((d) => d.document.id === docId)?.options[key];
    const choices = def?.type === 'choice' && def.choices
      ? Object.entries(def.choices).map(([value, label]) => ({ value, label }))
      : [];
    add({
      path: ['options', o.key], section: 'options', group: null, label: o.label, kind: choices.length > 0 ? 'select' : 'text', choices,
      placeholder: strings.optionCurrent(o.value, o.isDefault),
      hint: def ? strings.optionHint(optionAccepts({ type: def.type, choices: Object.keys(def.choices ?? {}) })) : null,
      explain: def ? def.explain : null,
    });
  }

  const pop = skeleton.population;
  add({
    path: ['population', 'firms', pop.firms.law === 'fixed' ? 'n' : 'mean'], section: 'population', label: strings.firms, kind: 'number', numeric: true,
  });
  pop.tiers.forEach((tier, i) => {
    add({
      path: ['population', 'tiers', i, 'share'], section: 'population', label: strings.tierShare(tier.label), kind: 'text',
      hint: i === pop.tiers.length - 1 ? strings.tierMixHelp : null,
    });
  });

  add({
    path: ['allocation', 'mechanism'], section: 'allocation', label: strings.mechanism, kind: 'select',
    choices: MECHANISMS.map((m) => ({ value: m, label: strings.mechanisms[m] ?? { zh: m, en: m } })),
  });
  add({
    path: ['allocation', 'period'], section: 'allocation', label: strings.period, kind: 'select',
    choices: BATCH_PERIODS.map((p) => ({ value: p, label: strings.periods[p] ?? { zh: p, en: p } })),
  });
  add({
    path: ['firstYearPool'], section: 'allocation', label: strings.firstYearPool, kind: 'select',
    choices: (['full', 'prorated'] as const).map((p) => ({ value: p, label: strings.firstYearPools[p] ?? { zh: p, en: p } })),
  });
  return out;
}
