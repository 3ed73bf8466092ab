/**
 * The policy model after loading and resolution: what the rules *are* once a set of policy files has
 * been read, validated, and had its ambiguity options and a scenario's overrides applied.
 *
 *   policy YAML ──load/validate──▶ PolicyDocument ──resolveRules(options, overrides)──▶ RuleSet
 *   RuleSet + Application + FirmYearState ──quote()──▶ Quote          (src/policy/quote.ts)
 *   RuleSet ──compile──▶ fast tables for the engine                    (src/engine)
 *
 * Money is integer fen, ratios integer basis points, dates whole days (src/time/day.ts).
 */
import type { Bilingual } from '../i18n/Bilingual';
import type { BasisPoints, Fen } from '../money/fen';
import type { Day } from '../time/day';

export const VOUCHERS = ['compute', 'corpus', 'model'] as const;
/** 算力券 compute, 语料券 corpus (data), 模型券 model. */
export type Voucher = (typeof VOUCHERS)[number];

export const COMPUTE_CATEGORIES = ['maas', 'domestic', 'other'] as const;
/**
 * The Hangzhou 2024 compute sub-categories (000 （三）): MaaS or agent development on a registered
 * generative multimodal foundation model; domestic (国产) compute; other compute.
 */
export type ComputeCategory = (typeof COMPUTE_CATEGORIES)[number];

export const LEVELS = ['province', 'city', 'district'] as const;
/** Which level of government issues or pays. */
export type Level = (typeof LEVELS)[number];

/** Where a number comes from: the seed document's file name and the clause, optionally the words quoted. */
export interface Reference {
  doc: string;
  clause: string;
  quote?: string;
  /** The same number found in another document (e.g. the traditional-script repost 002 of 000). */
  crossCheck?: { doc: string; clause: string; quote?: string };
}

/**
 * Conditions on an application; every field present must match. An empty condition matches all.
 * `district` is a district id such as `shangcheng`.
 */
export interface Condition {
  category?: ComputeCategory;
  selfControlled?: boolean;
  foundationModel?: boolean;
  sme?: boolean;
  district?: string;
}

/** A value with the dates it is in force (inclusive), its unit, a bilingual label and its reference. */
export interface Dated<T> {
  value: T;
  from: Day;
  to: Day;
  unit: string;
  label: Bilingual;
  reference: Reference;
  /** True when a scenario or an option replaced or scaled the published value. */
  adjusted?: boolean;
  /** The published value before adjustment (when adjusted). */
  published?: T;
  /** The option (`document.key`) that gave the value, when the document publishes none or leaves a choice. */
  option?: string;
}

/** A conditional ratio: the first rule whose condition matches and whose dates contain the day applies. */
export interface RatioRule extends Dated<BasisPoints> {
  when: Condition;
}

/** A conditional per-firm yearly cap; `value: null` means no cap. First match wins, as for ratios. */
export interface CapRule extends Dated<Fen | null> {
  when: Condition;
}

/** How a scheme's payments are shared between levels of government, in basis points summing to 10,000. */
export interface FundingSplit {
  province: BasisPoints;
  city: BasisPoints;
  district: BasisPoints;
  /** Where the split comes from: a published clause, or the option that set it. */
  source: Bilingual;
}

interface SchemeBase {
  /** `${document}.${key}`, e.g. `hangzhou-2024.compute`. */
  id: string;
  /** The policy document id, e.g. `hangzhou-2024`. */
  document: string;
  level: Level;
  label: Bilingual;
  /** The clause that creates the scheme. */
  reference: Reference;
  /** The scheme is in force on these days (inclusive), from the document's validity. */
  validFrom: Day;
  validTo: Day;
  /** Who must the firm be: e.g. `{district: 'shangcheng'}` or `{sme: true}`. */
  eligibility: Condition;
  /** Yearly caps per firm, cumulative over the firm's applications in a calendar year. */
  caps: CapRule[];
  /**
   * The yearly pool. An empty list means the documents publish no pool and the scenario gave none:
   * a quote then ignores pools, and the engine refuses to run the scheme.
   */
  pool: Dated<Fen>[];
  funding: FundingSplit;
}

/** A voucher paid as a ratio of a contract (or of its executed amount), capped per firm per year. */
export interface GrantScheme extends SchemeBase {
  kind: 'grant';
  voucher: Voucher;
  /** 合同费用 (the contract fee, 000 （三）) or 合同实际执行金额 (the executed amount, 004 （十五）). */
  basis: 'contract' | 'executed';
  ratios: RatioRule[];
}

/**
 * A district top-up (001 （1）): a match of the grant another level approved, paid in addition to it.
 * `of` says which grants are matched: the grant paid after 从优就高 whatever its level (`chosen`), or only
 * when that grant came from one of `ofLevels`.
 */
export interface TopUpScheme extends SchemeBase {
  kind: 'topup';
  vouchers: Voucher[];
  ofLevels: Level[];
  match: RatioRule[];
}

export type Scheme = GrantScheme | TopUpScheme;

/** An ambiguity option as resolved for a run: its key, value, and whether the user set it. */
export interface ResolvedOption {
  /** `${document}.${key}`, e.g. `zhejiang-2025.compute-cap-scope`. */
  key: string;
  value: string;
  isDefault: boolean;
  label: Bilingual;
  reference: Reference;
  /** The choices (for a choice option) or a description of the accepted values. */
  accepts: string;
}

/** Document-level facts carried for reports and citations. */
export interface DocumentMeta {
  id: string;
  source: string;
  title: Bilingual;
  level: Level;
  status: 'in-force' | 'draft';
  validFrom: Day;
  validTo: Day;
  reference: Reference;
}

/** Everything needed to evaluate applications: resolved schemes, the options in force and the documents. */
export interface RuleSet {
  documents: DocumentMeta[];
  schemes: Scheme[];
  options: ResolvedOption[];
}

/** One application for one voucher under one contract, as the rules see it. */
export interface Application {
  date: Day;
  voucher: Voucher;
  /** The contract amount (合同费用), in fen. */
  contractFen: Fen;
  /** The executed amount (合同实际执行金额), in fen; at most the contract. */
  executedFen: Fen;
  /** For compute: the Hangzhou category. Required when a scheme's ratio depends on it. */
  category?: ComputeCategory;
  selfControlled: boolean;
  foundationModel: boolean;
  sme: boolean;
  /** District id (e.g. `shangcheng`) or null when the firm is in none that the rules name. */
  district: string | null;
}

/** What a firm already holds this year, and what is left in the pools, before this application. */
export interface FirmYearState {
  /** Fen already granted to this firm this calendar year, per scheme id. */
  receivedFen?: Record<string, Fen>;
  /** Fen left in each scheme's pool this year; a scheme absent here is not limited by its pool. */
  poolRemainingFen?: Record<string, Fen>;
}

/** What decided a grant's amount. */
export type Bound = 'ratio' | 'cap' | 'remaining-cap' | 'pool' | 'not-in-force' | 'not-eligible';

/** One scheme's answer for one application. */
export interface GrantLine {
  scheme: string;
  kind: Scheme['kind'];
  level: Level;
  label: Bilingual;
  /** What this scheme would pay on its own, in fen. */
  fen: Fen;
  /** What it pays after 从优就高不重复: `fen` for the chosen grant and every top-up, 0 for the others. */
  paidFen: Fen;
  bound: Bound;
  reason: Bilingual;
  /** The amount the ratio applied to (contract, executed amount, or the matched grant for a top-up). */
  basisFen: Fen;
  ratioBp: BasisPoints | null;
  capFen: Fen | null;
  remainingCapFen: Fen | null;
  reference: Reference;
  /** `paidFen` split by paying level. */
  byLevel: Record<Level, Fen>;
}

/** The answer for one application: every scheme considered, the one 从优就高 picked, and the total paid. */
export interface Quote {
  totalFen: Fen;
  /** Id of the grant scheme chosen by 从优、就高、不重复, or null when none pays. */
  chosen: string | null;
  grants: GrantLine[];
  byLevel: Record<Level, Fen>;
  options: ResolvedOption[];
}
