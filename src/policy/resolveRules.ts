import { UserError, UserErrors } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { policyWords } from '../i18n/policyWords';
import { userErrorText } from '../i18n/userErrorText';
import { scaleRatio } from '../money/applyRatio';
import { BP_ONE, isFen, type BasisPoints, type Fen } from '../money/fen';
import { formatDay, type Day } from '../time/day';
import { CAP_COUNTING_DEFAULT, CAP_COUNTING_KEY, CAP_COUNTING_OPTION, isCapCounting } from './capCountingOption';
import {
  CAP_BASES, CAP_COUNTINGS, type CapBasis, type CapCounting, type CapRule, type Condition, type Dated, type DocumentMeta,
  type FundingSplit, type RatioRule, type Reference, type ResolvedOption, type RuleSet, type Scheme,
} from './model';
import { optionAccepts, optionExample, parseOptionValue, type OptionValue } from './optionValue';
import type { PolicyDocument, PolicyOption, PolicyScheme } from './policySchema';

/**
 * A scenario's adjustment of one scheme (keyed by scheme id, e.g. `zhejiang-2025.compute`).
 * Ratios and caps are maxima (hangzhou-2024 closing paragraph: "均为最高标准"), so a scenario may lower them.
 */
export interface SchemeOverride {
  /** Replaces (or sets, where none is published) the yearly pool for the whole validity. */
  pool?: Fen;
  /** Replaces every numeric cap of the scheme; uncapped entries stay uncapped. */
  cap?: Fen;
  /** Scales every ratio (and a top-up's match) down, rounded down to a whole bp; at most 100%. */
  ratioScale?: BasisPoints;
}

/** Option values as typed (`--option key=value`) and per-scheme overrides. */
export interface RuleSettings {
  /** Keyed `<document id>.<option key>`, values as typed: `none`, `2000万`, `25%`, `city=50%,district=50%`... */
  options?: Record<string, string>;
  overrides?: Record<string, SchemeOverride>;
}

type DateRef = PolicyScheme['cap'][number]['from'];

/** What ratio, cap and pool entries share once parsed. */
interface Entry {
  when?: Condition & { option?: Record<string, string> };
  value?: unknown;
  option?: string;
  from: DateRef;
  to: DateRef;
  unit: string;
  label: Bilingual;
  reference?: Reference;
}

interface Resolved {
  def: PolicyOption;
  key: string;
  text: string;
  value: OptionValue;
  isDefault: boolean;
}

/**
 * Applies the ambiguity options and a scenario's overrides to loaded policy documents, giving the rules
 * in force for a run.
 *
 * Options come from `settings.options` or the file's `default`; an option without a default is required.
 * `when: {option: ...}` tests are decided here and removed, so the RuleSet's conditions test only
 * application fields. Values taken from options carry `option`; values changed by an option the user set
 * or by an override carry `adjusted: true` and the `published` value when there was one.
 *
 * @param docs validated policy documents (loadPolicy)
 * @param settings option values and overrides
 * @returns the documents' metadata, resolved schemes and the options in force
 * @throws UserErrors listing every problem at once: unknown option key (with the valid ones), bad value
 *   (with what is accepted), missing required option (with an example), override of an unknown scheme,
 *   ratio scale above 100%, dates reversed by the options, a document loaded twice
 * @example resolveRules([hangzhou2024], { options: { 'hangzhou-2024.foundation-model-cap': '2000万' } })
 */
export function resolveRules(docs: readonly PolicyDocument[], settings: RuleSettings = {}): RuleSet {
  const errors: UserError[] = [];
  const defs = new Map<string, PolicyOption>();
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.document.id)) errors.push(new UserError('rules.document-twice', messages.documentDuplicate(doc.document.id)));
    seen.add(doc.document.id);
    for (const [k, def] of Object.entries(doc.options)) defs.set(`${doc.document.id}.${k}`, def);
  }
  const given = settings.options ?? {};
  for (const key of Object.keys(given)) {
    if (!defs.has(key) && key !== CAP_COUNTING_KEY) {
      errors.push(new UserError('option.unknown', messages.optionUnknown(key, [...defs.keys(), CAP_COUNTING_KEY]), { field: key }));
    }
  }
  const countingText = given[CAP_COUNTING_KEY]?.trim();
  if (countingText !== undefined && !isCapCounting(countingText)) {
    errors.push(new UserError('option.bad-value', messages.optionBadValue(countingText,
      optionAccepts({ type: 'choice', choices: [...CAP_COUNTINGS] }), messages.fieldNotOneOf(countingText, CAP_COUNTINGS)), { field: CAP_COUNTING_KEY }));
  }
  const resolved = new Map<string, Resolved>();
  for (const [key, def] of defs) {
    const typed = given[key];
    const text = typed ?? def.default;
    const shape = { type: def.type, choices: Object.keys(def.choices ?? {}) };
    if (text === undefined) {
      errors.push(new UserError('option.required', messages.optionRequired(key, def.label, optionExample(shape)), { field: key }));
      continue;
    }
    try {
      const value = parseOptionValue(shape, text);
      // a value written out that equals the default (e.g. 800万元 for a default of 800万) is still the default
      const isDefault = typed === undefined || (def.default !== undefined && sameValue(parseOptionValue(shape, def.default), value));
      resolved.set(key, { def, key, text: text.trim(), value, isDefault });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(new UserError('option.bad-value', messages.optionBadValue(text, optionAccepts(shape), userErrorText(e)), { field: key }));
    }
  }
  const schemeIds = docs.flatMap((d) => Object.keys(d.schemes).map((k) => `${d.document.id}.${k}`));
  errors.push(...overrideErrors(settings.overrides ?? {}, schemeIds));
  if (errors.length) throw new UserErrors(errors);

  const documents: DocumentMeta[] = [];
  const schemes: Scheme[] = [];
  for (const doc of docs) {
    const r = new DocumentResolver(doc, resolved, errors);
    const meta = r.meta();
    documents.push(meta);
    for (const [k, s] of Object.entries(doc.schemes)) schemes.push(r.scheme(k, s, meta));
  }
  if (errors.length) throw new UserErrors(errors);
  applyOverrides(schemes, settings.overrides ?? {});

  const capCounting: CapCounting = countingText !== undefined && isCapCounting(countingText) ? countingText : CAP_COUNTING_DEFAULT;
  const listed = [...resolved.values()];
  // the cap counting matters only where two grant schemes share a voucher: listed then, or when set
  if (countingText !== undefined || sharesVoucher(schemes)) {
    listed.push({
      def: CAP_COUNTING_OPTION, key: CAP_COUNTING_KEY, text: capCounting, value: { type: 'choice', value: capCounting },
      isDefault: capCounting === CAP_COUNTING_DEFAULT,
    });
  }
  const options: ResolvedOption[] = listed.map((o) => ({
    key: o.key,
    value: o.text,
    isDefault: o.isDefault,
    label: o.def.label,
    reference: o.def.reference,
    accepts: optionAccepts({ type: o.def.type, choices: Object.keys(o.def.choices ?? {}) }).en,
  }));
  return { documents, schemes, options, capCounting };
}

/** True when two grant schemes concern the same voucher (so that 从优就高 and the cap counting matter). */
function sharesVoucher(schemes: readonly Scheme[]): boolean {
  const seen = new Set<string>();
  for (const s of schemes) {
    if (s.kind !== 'grant') continue;
    if (seen.has(s.voucher)) return true;
    seen.add(s.voucher);
  }
  return false;
}

/** Resolves one document's dates, entries and funding against the options in force. */
class DocumentResolver {
  private readonly id: string;

  constructor(
    private readonly doc: PolicyDocument,
    private readonly options: ReadonlyMap<string, Resolved>,
    private readonly errors: UserError[],
  ) {
    this.id = doc.document.id;
  }

  meta(): DocumentMeta {
    const d = this.doc.document;
    const [validFrom, validTo] = this.dates(d.inForce.from, d.inForce.to, this.id);
    return {
      id: this.id, source: d.source, title: d.title, level: d.level, status: d.status, validFrom, validTo, reference: d.inForce.reference,
      notes: d.notes.map((n) => ({ text: n.text, reference: n.reference })),
    };
  }

  scheme(key: string, s: PolicyScheme, meta: DocumentMeta): Scheme {
    const id = `${this.id}.${key}`;
    const base = {
      id,
      document: this.id,
      level: meta.level,
      label: s.label,
      reference: s.reference,
      validFrom: meta.validFrom,
      validTo: meta.validTo,
      eligibility: this.eligibility(s.eligibility),
      caps: this.entries(s.cap, id, (v) => (v.type === 'money' || v.type === 'money-or-none' ? v.value : bug(v))) as CapRule[],
      pool: this.entries(s.pool, id, (v) => (v.type === 'money' ? v.value : bug(v))).map(({ when: _when, ...d }) => d) as Dated<Fen>[],
      funding: this.funding(s.funding),
      capBasis: this.capBasis(s.capBasis),
    };
    const ratio = (v: OptionValue): BasisPoints => (v.type === 'ratio' ? v.value : bug(v));
    if (s.kind === 'grant') {
      return { ...base, kind: 'grant', voucher: s.voucher, basis: s.basis, ratios: this.entries(s.ratio, id, ratio) as RatioRule[] };
    }
    const of = s.of.find((o) => this.matches(o.when?.option));
    return { ...base, kind: 'topup', vouchers: s.vouchers, ofLevels: of ? [...of.levels] : [], match: this.entries(s.match, id, ratio) as RatioRule[] };
  }

  /** True when every option test holds for the values in force. */
  private matches(tests: Record<string, string> | undefined): boolean {
    return Object.entries(tests ?? {}).every(([k, v]) => this.options.get(`${this.id}.${k}`)?.text === v);
  }

  private option(k: string): Resolved {
    const o = this.options.get(`${this.id}.${k}`);
    if (!o) throw new Error(`option ${this.id}.${k} was validated but not resolved`);
    return o;
  }

  private date(ref: DateRef): Day {
    if (typeof ref === 'number') return ref;
    const v = this.option(ref.option).value;
    return v.type === 'date' ? v.value : bug(v);
  }

  private dates(from: DateRef, to: DateRef, what: string): [Day, Day] {
    const f = this.date(from);
    const t = this.date(to);
    if (t < f) this.errors.push(new UserError('rules.dates-reversed', messages.optionDatesReversed(what, formatDay(f), formatDay(t))));
    return [f, t];
  }

  /** The entries that apply with the options in force, their option tests removed and values filled in. */
  private entries<T>(list: readonly Entry[], schemeId: string, read: (v: OptionValue) => T): (Dated<T> & { when: Condition })[] {
    const out: (Dated<T> & { when: Condition })[] = [];
    for (const e of list) {
      const { option: tests, ...when } = e.when ?? {};
      if (!this.matches(tests)) continue;
      const [from, to] = this.dates(e.from, e.to, schemeId);
      const label = e.label;
      if (e.option !== undefined) {
        const o = this.option(e.option);
        const value = read(o.value);
        out.push({ when, value, from, to, unit: e.unit, label, reference: e.reference ?? o.def.reference, option: o.key, ...(o.isDefault ? {} : { adjusted: true }) });
      } else {
        if (e.reference === undefined || e.value === undefined) throw new Error(`entry of ${schemeId} passed validation without value or reference`);
        out.push({ when, value: e.value as T, from, to, unit: e.unit, label, reference: e.reference });
      }
    }
    return out;
  }

  private capBasis(b: PolicyScheme['capBasis']): CapBasis {
    if (b === undefined) return 'firm-year';
    if (typeof b === 'string') return b;
    const v = this.option(b.option).value;
    if (v.type !== 'choice' || !(CAP_BASES as readonly string[]).includes(v.value)) return bug(v);
    return v.value as CapBasis;
  }

  private eligibility(e: PolicyScheme['eligibility']): Condition {
    if (e === undefined) return {};
    if (!Array.isArray(e)) return { ...e };
    const hit = e.find((x) => this.matches(x.when?.option));
    return hit ? { ...hit.require } : {};
  }

  private funding(f: PolicyScheme['funding']): FundingSplit {
    if ('option' in f) {
      const o = this.option(f.option);
      const v = o.value.type === 'split' ? o.value.value : bug(o.value);
      return { ...v, source: policyWords.optionSource(o.key, o.text) };
    }
    const s = f.split;
    return {
      province: s.province ?? 0,
      city: s.city ?? 0,
      district: s.district ?? 0,
      source: citation(f.reference),
    };
  }
}

/** "hangzhou-2023-draft 三（一）" in both languages: where a published split comes from. */
function citation(r: Reference): Bilingual {
  return { zh: `${r.doc} ${r.clause}`, en: `${r.doc} ${r.clause}` };
}

function bug(v: OptionValue): never {
  throw new Error(`option of type ${v.type} used where another type was validated`);
}

/** What is wrong with the overrides: unknown scheme, ratio scale outside 0–100%, amounts that are not fen. */
function overrideErrors(overrides: Record<string, SchemeOverride>, schemeIds: readonly string[]): UserError[] {
  const errors: UserError[] = [];
  for (const [id, o] of Object.entries(overrides)) {
    if (!schemeIds.includes(id)) errors.push(new UserError('override.unknown-scheme', messages.overrideUnknownScheme(id, schemeIds), { field: id }));
    if (o.ratioScale !== undefined && !(Number.isInteger(o.ratioScale) && o.ratioScale >= 0 && o.ratioScale <= BP_ONE)) {
      errors.push(new UserError('override.ratio-scale', messages.overrideRatioScale(o.ratioScale), { field: `${id}.ratioScale` }));
    }
    for (const what of ['pool', 'cap'] as const) {
      const v = o[what];
      if (v !== undefined && !isFen(v)) errors.push(new UserError('override.amount', messages.overrideAmount(what, v), { field: `${id}.${what}` }));
    }
  }
  return errors;
}

/** Applies validated overrides to the resolved schemes, in place. */
function applyOverrides(schemes: Scheme[], overrides: Record<string, SchemeOverride>): void {
  const byId = new Map(schemes.map((s) => [s.id, s]));
  for (const [id, o] of Object.entries(overrides)) {
    const s = byId.get(id);
    if (!s) throw new Error(`override of ${id} was validated but the scheme is missing`);
    if (o.pool !== undefined) {
      const only = s.pool.length === 1 ? s.pool[0]! : undefined;
      const published = only && !only.option ? (only.published ?? only.value) : undefined;
      s.pool = [{
        value: o.pool,
        from: s.validFrom,
        to: s.validTo,
        unit: 'CNY per year',
        label: policyWords.scenarioPool,
        reference: s.pool[0]?.reference ?? s.reference,
        adjusted: true,
        ...(published === undefined ? {} : { published }),
      }];
    }
    if (o.cap !== undefined) {
      const cap = o.cap;
      s.caps = s.caps.map((c) => (c.value === null ? c : { ...c, value: cap, adjusted: true, ...publishedOf(c) }));
    }
    if (o.ratioScale !== undefined) {
      const scale = o.ratioScale;
      const scaled = (r: RatioRule): RatioRule => ({ ...r, value: scaleRatio(r.value, scale), adjusted: true, ...publishedOf(r) });
      if (s.kind === 'grant') s.ratios = s.ratios.map(scaled);
      else s.match = s.match.map(scaled);
    }
  }
}

/** The document's own value of an entry about to be adjusted; nothing when an option gave it. */
function publishedOf<T>(d: Dated<T>): { published?: T } {
  if (d.published !== undefined) return { published: d.published };
  return d.option === undefined ? { published: d.value } : {};
}

/** Whether two parsed option values are the same value (same type and same content). */
function sameValue(a: ReturnType<typeof parseOptionValue>, b: ReturnType<typeof parseOptionValue>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
