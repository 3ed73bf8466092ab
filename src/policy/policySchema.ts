/**
 * The policy file format: one YAML file per source document, every number keyed by the dates it is in
 * force, with its unit, a bilingual label and a reference to the clause it comes from (OpenFisca-style).
 * The format is described for people in docs/policy-format.md; `quansim schema` turns this same schema
 * into schemas/policy.schema.json for editors.
 *
 *   document:  what the source is, its level, status, dates in force and stacking clause
 *   options:   the ambiguities and unpublished inputs (`<document id>.<key>` on the command line)
 *   schemes:   grants (算力券/语料券/模型券) and top-ups, each with ratio, cap, pool and funding lists
 *
 * Parsing happens here (amounts → fen, ratios → bp, dates → Day); option values are applied later by
 * resolveRules.
 */
import { z } from 'zod';
import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { userErrorText } from '../i18n/userErrorText';
import { parseAmount } from '../money/parseAmount';
import { parseRatio } from '../money/parseRatio';
import { formatDay, parseDay } from '../time/day';
import { strictObject } from '../yaml/strictObject';
import { addUserIssue, userValue } from '../yaml/userValue';
import { CAP_BASES } from './model';
import { checkSplitSum, optionAccepts, OPTION_TYPES, parseOptionValue, type OptionType } from './optionValue';
import { COMPUTE_CATEGORIES, LEVELS, VOUCHERS } from '../vocabulary';

/**
 * The documents a reference may name, by the readable ids defined in docs/sources.md (issuer, official title,
 * 文号, dates, status, where to find the official text). `hangzhou-2024-repost` is the traditional-script repost of
 * hangzhou-2024 used to cross-check its figures.
 */
export const SOURCE_DOCUMENTS = [
  'hangzhou-2024',
  'hangzhou-2024-repost',
  'shangcheng-draft',
  'hangzhou-2023-draft',
  'zhejiang-2025',
] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().min(1);
const id = z.string().superRefine((v, ctx) => {
  if (!ID.test(v)) addUserIssue(ctx, new UserError('policy.bad-id', messages.idInvalid(v)));
}).meta({ pattern: ID.source, description: 'lower-case letters, digits and hyphens, e.g. hangzhou-2024' });
const key = z.string().superRefine((v, ctx) => {
  if (!ID.test(v)) addUserIssue(ctx, new UserError('policy.bad-id', messages.idInvalid(v)));
}).meta({ pattern: ID.source });

/**
 * A map keyed by ids. Bad keys are reported at the key, and do not hide the problems of their values
 * (the key check runs whatever the values hold).
 */
function idRecord<V extends z.ZodType>(value: V) {
  return z.record(z.string().meta({ pattern: ID.source }), value).check(z.superRefine((r, ctx) => {
    if (r === null || typeof r !== 'object') return;
    for (const k of Object.keys(r)) {
      if (!ID.test(k)) addUserIssue(ctx, new UserError('policy.bad-id', messages.idInvalid(k)), [k], { atKey: true });
    }
  }, { when: () => true }));
}

const bilingual = strictObject({ zh: text, en: text });

const seedDoc = z.string().superRefine((v, ctx) => {
  if (!(SOURCE_DOCUMENTS as readonly string[]).includes(v)) {
    addUserIssue(ctx, new UserError('policy.unknown-source', messages.policyUnknownSeed(v, SOURCE_DOCUMENTS)));
  }
}).meta({ enum: [...SOURCE_DOCUMENTS], description: 'a source document, by its id in docs/sources.md' });

const referenceSchema = strictObject({
  doc: seedDoc,
  clause: text,
  quote: text.optional(),
  crossCheck: strictObject({ doc: seedDoc, clause: text, quote: text.optional() }).optional(),
});

const scalarInput = z.union([z.string(), z.number()]);
const amount = userValue(scalarInput, parseAmount).meta({ description: 'an amount: 800万元, 2.5亿元, 500000 (yuan)' });
const ratio = userValue(scalarInput, parseRatio).meta({ description: 'a ratio: 30% or 0.3' });
/** A cap: an amount, or `none` where the document's literal reading sets no cap. */
const capAmount = userValue(scalarInput, (v) => (v === 'none' ? null : parseAmount(v)))
  .meta({ description: 'an amount (800万元), or none where the clause sets no cap' });
const date = userValue(z.string(), parseDay).meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date YYYY-MM-DD' });
const optionRef = strictObject({ option: key });
/** A date published in the document, or `{option: key}` when the document gives none. */
const dateRef = z.union([date, optionRef]);

/** What an application must be; every field present must match (model.ts `Condition`). */
const applicationFields = {
  category: z.enum(COMPUTE_CATEGORIES).optional(),
  selfControlled: z.boolean().optional(),
  foundationModel: z.boolean().optional(),
  sme: z.boolean().optional(),
  district: id.optional(),
};
const requirement = strictObject(applicationFields);
/** A `when`: application fields, and tests of this document's choice options, folded away by resolveRules. */
const condition = strictObject({ ...applicationFields, option: idRecord(z.string()).optional() });
/** A `when` that tests options only (for lists resolved before any application is seen). */
const optionCondition = strictObject({ option: idRecord(z.string()) });

interface EntryShape {
  value?: unknown;
  option?: string;
  from: number | { option: string };
  to: number | { option: string };
  reference?: unknown;
}

/** Exactly one of value/option; a published value cites its clause; `to` is not before `from`. */
function checkEntry(e: EntryShape, ctx: z.core.$RefinementCtx): void {
  if ((e.value === undefined) === (e.option === undefined)) {
    addUserIssue(ctx, new UserError('policy.value-or-option', messages.policyValueOrOption()), ['value']);
  }
  if (e.value !== undefined && e.reference === undefined) {
    addUserIssue(ctx, new UserError('policy.no-reference', messages.policyNeedsReference()), ['value']);
  }
  if (typeof e.from === 'number' && typeof e.to === 'number' && e.to < e.from) {
    addUserIssue(ctx, new UserError('policy.dates-reversed', messages.policyDatesReversed(formatDay(e.from), formatDay(e.to))), ['to']);
  }
}

/** A dated value of a list (ratio, cap, pool): the first entry whose `when` matches and whose dates contain the day applies. */
function datedEntry<V extends z.ZodType, W extends z.ZodType>(value: V, when: W) {
  return strictObject({
    when: when.optional(),
    value: value.optional(),
    option: key.optional(),
    from: dateRef,
    to: dateRef,
    unit: text,
    label: bilingual,
    reference: referenceSchema.optional(),
  }).superRefine((e, ctx) => checkEntry(e as EntryShape, ctx));
}

const ratioEntry = datedEntry(ratio, condition);
const capEntry = datedEntry(capAmount, condition);
/** A pool belongs to the scheme, not to an application: its `when` may test options only. */
const poolEntry = datedEntry(amount, optionCondition);

/** Eligibility: a condition, or a list of `{when: {option...}, require}` read first-match. */
const eligibility = z.union([
  requirement,
  z.array(strictObject({ when: optionCondition.optional(), require: requirement })).min(1).superRefine(lastWithoutWhen),
]);

/** A first-match list ends with its catch-all, so that resolution always finds an entry. */
function lastWithoutWhen(list: readonly { when?: unknown }[], ctx: z.core.$RefinementCtx): void {
  const last = list.length - 1;
  if (list[last]?.when !== undefined) addUserIssue(ctx, new UserError('policy.last-when', messages.policyLastNeedsNoWhen()), [last, 'when']);
}

const shares = strictObject({ province: ratio.optional(), city: ratio.optional(), district: ratio.optional() });
const funding = z.union([
  optionRef,
  strictObject({ split: shares, reference: referenceSchema }).superRefine((f, ctx) => {
    const s = { province: f.split.province ?? 0, city: f.split.city ?? 0, district: f.split.district ?? 0 };
    try {
      checkSplitSum(s, Object.entries(f.split).map(([k, v]) => `${k}=${(v ?? 0) / 100}%`).join(','));
    } catch (e) {
      if (e instanceof UserError) addUserIssue(ctx, e, ['split']);
      else throw e;
    }
  }),
]);

const schemeCommon = {
  label: bilingual,
  reference: referenceSchema,
  eligibility: eligibility.optional(),
  cap: z.array(capEntry),
  /** What the caps bound: per firm per year (the default), per firm over the validity, or per contract. */
  capBasis: z.union([z.enum(CAP_BASES), optionRef]).optional(),
  pool: z.array(poolEntry),
  funding,
};

const grantScheme = strictObject({
  kind: z.literal('grant'),
  voucher: z.enum(VOUCHERS),
  /** 合同费用 (hangzhou-2024 （三）) or 合同实际执行金额 (zhejiang-2025 （十五）). */
  basis: z.enum(['contract', 'executed']),
  ratio: z.array(ratioEntry).min(1),
  ...schemeCommon,
});

const topUpScheme = strictObject({
  kind: z.literal('topup'),
  vouchers: z.array(z.enum(VOUCHERS)).min(1),
  /** Which grants are matched, first match: `[{when: {option: {topup-of: city-only}}, levels: [city]}, ...]`. */
  of: z.array(strictObject({ when: optionCondition.optional(), levels: z.array(z.enum(LEVELS)).min(1) })).min(1).superRefine(lastWithoutWhen),
  match: z.array(ratioEntry).min(1),
  ...schemeCommon,
});

const optionSchema = strictObject({
  type: z.enum(OPTION_TYPES),
  choices: idRecord(bilingual).optional(),
  /** Omitted when the documents give no value: the option is then required. */
  default: scalarInput.transform(String).optional(),
  label: bilingual,
  explain: bilingual,
  reference: referenceSchema,
}).superRefine((o, ctx) => {
  if (o.type === 'choice' && !o.choices) addUserIssue(ctx, new UserError('policy.no-choices', messages.optionChoicesMissing()), ['type']);
  if (o.type !== 'choice' && o.choices) addUserIssue(ctx, new UserError('policy.choices', messages.optionChoicesOnlyForChoice()), ['choices']);
  if (o.default !== undefined) {
    const def = { type: o.type, choices: Object.keys(o.choices ?? {}) };
    try {
      parseOptionValue(def, o.default);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      addUserIssue(ctx, new UserError('policy.bad-default', messages.optionDefaultBad(o.default, optionAccepts(def), userErrorText(e))), ['default']);
    }
  }
});

const documentSchema = strictObject({
  id,
  source: seedDoc,
  title: bilingual,
  level: z.enum(LEVELS),
  status: z.enum(['in-force', 'draft']),
  inForce: strictObject({ from: dateRef, to: dateRef, reference: referenceSchema }).superRefine((f, ctx) => {
    if (typeof f.from === 'number' && typeof f.to === 'number' && f.to < f.from) {
      addUserIssue(ctx, new UserError('policy.dates-reversed', messages.policyDatesReversed(formatDay(f.from), formatDay(f.to))), ['to']);
    }
  }),
  /** 从优、就高、不重复: the clause that says how this document's support combines with others. */
  stacking: strictObject({ reference: referenceSchema }).optional(),
  /**
   * What a user must know that the rules do not test: eligibility text the simulation takes as met (e.g. the
   * supplier condition of hangzhou-2024 （三）), a draft's status. Shown by `quote`, the page and reports.
   */
  notes: z.array(strictObject({ text: bilingual, reference: referenceSchema })).default([]),
});

/** The zod schema of a policy file (input: the YAML as written; output: parsed fen, bp and days). */
export const policySchema = strictObject({
  document: documentSchema,
  options: idRecord(optionSchema).default({}),
  schemes: idRecord(z.discriminatedUnion('kind', [grantScheme, topUpScheme])),
}).check(z.superRefine((doc, ctx) => checkOptionUses(doc, ctx), { when: () => true }));

/** A policy file as validated and parsed: amounts in fen, ratios in bp, dates as Day. */
export type PolicyDocument = z.output<typeof policySchema>;
export type PolicyScheme = PolicyDocument['schemes'][string];
export type PolicyOption = PolicyDocument['options'][string];

/**
 * Every `option:` the file uses must be one of its own options, of a type that fits the place.
 * Runs even when other parts of the file failed (so every problem is reported at once): it therefore
 * reads the value defensively.
 */
function checkOptionUses(doc: unknown, ctx: z.core.$RefinementCtx): void {
  if (!isObject(doc)) return;
  const options = isObject(doc.options) ? doc.options : {};
  const defined = Object.keys(options);
  const typeOf = (k: string): OptionType | undefined => {
    const o = options[k];
    return isObject(o) && typeof o.type === 'string' ? (o.type as OptionType) : undefined;
  };
  const use = (k: unknown, wanted: readonly OptionType[], path: PropertyKey[]): void => {
    if (typeof k !== 'string') return;
    if (!(k in options)) {
      addUserIssue(ctx, new UserError('policy.option-undefined', messages.policyOptionUndefined(k, defined)), path);
      return;
    }
    const t = typeOf(k);
    if (t && !wanted.includes(t)) addUserIssue(ctx, new UserError('policy.option-type', messages.policyOptionWrongType(k, t, wanted)), path);
  };
  const useDate = (d: unknown, path: PropertyKey[]): void => {
    if (isObject(d)) use(d.option, ['date'], [...path, 'option']);
  };
  const useWhen = (w: unknown, path: PropertyKey[]): void => {
    if (!isObject(w) || !isObject(w.option)) return;
    for (const [k, v] of Object.entries(w.option)) {
      use(k, ['choice'], [...path, 'option', k]);
      const o = options[k];
      if (typeOf(k) === 'choice' && isObject(o) && isObject(o.choices) && typeof v === 'string' && !(v in o.choices)) {
        addUserIssue(ctx, new UserError('policy.not-a-choice', messages.fieldNotOneOf(v, Object.keys(o.choices))), [...path, 'option', k]);
      }
    }
  };
  const useEntries = (list: unknown, wanted: readonly OptionType[], path: PropertyKey[]): void => {
    if (!Array.isArray(list)) return;
    list.forEach((e: unknown, i) => {
      if (!isObject(e)) return;
      use(e.option, wanted, [...path, i, 'option']);
      useDate(e.from, [...path, i, 'from']);
      useDate(e.to, [...path, i, 'to']);
      useWhen(e.when, [...path, i, 'when']);
    });
  };
  if (isObject(doc.document) && isObject(doc.document.inForce)) {
    useDate(doc.document.inForce.from, ['document', 'inForce', 'from']);
    useDate(doc.document.inForce.to, ['document', 'inForce', 'to']);
  }
  const schemes = isObject(doc.schemes) ? doc.schemes : {};
  for (const [sid, s] of Object.entries(schemes)) {
    if (!isObject(s)) continue;
    const at = ['schemes', sid];
    useEntries(s.ratio, ['ratio'], [...at, 'ratio']);
    useEntries(s.match, ['ratio'], [...at, 'match']);
    useEntries(s.cap, ['money', 'money-or-none'], [...at, 'cap']);
    useEntries(s.pool, ['money'], [...at, 'pool']);
    if (isObject(s.funding)) use(s.funding.option, ['split'], [...at, 'funding', 'option']);
    if (isObject(s.capBasis)) {
      const k = s.capBasis.option;
      use(k, ['choice'], [...at, 'capBasis', 'option']);
      const o = typeof k === 'string' ? options[k] : undefined;
      if (typeOf(k as string) === 'choice' && isObject(o) && isObject(o.choices)) {
        const bad = Object.keys(o.choices).filter((c) => !(CAP_BASES as readonly string[]).includes(c));
        if (bad.length) addUserIssue(ctx, new UserError('policy.not-a-choice', messages.fieldNotOneOf(bad[0]!, CAP_BASES)), [...at, 'capBasis', 'option']);
      }
    }
    if (Array.isArray(s.eligibility)) s.eligibility.forEach((e: unknown, i) => isObject(e) && useWhen(e.when, [...at, 'eligibility', i, 'when']));
    if (Array.isArray(s.of)) s.of.forEach((e: unknown, i) => isObject(e) && useWhen(e.when, [...at, 'of', i, 'when']));
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
