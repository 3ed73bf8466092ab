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
import type { ComputeCategory, Level, Voucher } from '../vocabulary';

/** Where a number comes from: the document's id (docs/sources.md) and the clause, optionally the words quoted. */
export interface Reference {
  doc: string;
  clause: string;
  quote?: string;
  /** The same number found in another document (e.g. the traditional-script repost hangzhou-2024-repost of hangzhou-2024). */
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

export const CAP_BASES = ['firm-year', 'firm-validity', 'contract'] as const;
/**
 * What a scheme's per-firm cap bounds: a firm's grants in a calendar year (每年, as hangzhou-2024 （三） and shangcheng-draft （1） say),
 * a firm's grants over the whole validity, or each contract on its own. zhejiang-2025 says only "给予最高…补助": an option.
 */
export type CapBasis = (typeof CAP_BASES)[number];

export const CAP_COUNTINGS = ['scheme', 'voucher'] as const;
/**
 * What counts against a grant's yearly cap: the firm's grants from that scheme only (`scheme`), or its grants from
 * every grant scheme of the same voucher (`voucher`). Top-ups (shangcheng-draft （1） "额外补助") count only their own grants.
 */
export type CapCounting = (typeof CAP_COUNTINGS)[number];

/** A condition a document sets that the simulation takes as met, told to the user (e.g. the supplier of hangzhou-2024 （三））. */
export interface DocumentNote {
  text: Bilingual;
  reference: Reference;
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
  /** Per-firm caps, cumulative over the firm's applications in a calendar year unless `capBasis` says otherwise. */
  caps: CapRule[];
  /** What the caps bound (default `firm-year`). */
  capBasis: CapBasis;
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
  /** 合同费用 (the contract fee, hangzhou-2024 （三）) or 合同实际执行金额 (the executed amount, zhejiang-2025 （十五）). */
  basis: 'contract' | 'executed';
  ratios: RatioRule[];
}

/**
 * A district top-up (shangcheng-draft （1）): a match of the grant another level approved, paid in addition to it.
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
  /** Conditions and facts the user must know (eligibility text the simulation takes as met, a draft's status). */
  notes: DocumentNote[];
}

/** Everything needed to evaluate applications: resolved schemes, the options in force and the documents. */
export interface RuleSet {
  documents: DocumentMeta[];
  schemes: Scheme[];
  options: ResolvedOption[];
  /** What counts against a grant's yearly cap (option `stacking.cap-counting`, default `scheme`). */
  capCounting: CapCounting;
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
  /**
   * Fen already granted to this firm, per scheme id: this calendar year, or over the scheme's validity for a cap
   * basis `firm-validity` (ignored for `contract`).
   */
  receivedFen?: Record<string, Fen>;
  /**
   * Fen already granted for this voucher by schemes not named, counted against every grant's cap when caps count
   * by voucher (`stacking.cap-counting=voucher`); not accepted otherwise.
   */
  receivedAnyFen?: Fen;
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

/**
 * One candidate of 从优、就高、不重复: a grant that pays something and the top-ups that grant triggers (shangcheng-draft （1）
 * matches only the grants its `topup-of` option names). The firm receives the package with the largest total.
 */
export interface PackageLine {
  /** The grant scheme leading the package. */
  grant: string;
  grantFen: Fen;
  /** Every top-up of the voucher with what it adds to this grant (0 when it does not match this grant). */
  topUps: { scheme: string; fen: Fen }[];
  totalFen: Fen;
  chosen: boolean;
  /** Why this package was or was not chosen. */
  reason: Bilingual;
}

/** The answer for one application: every scheme considered, the one 从优就高 picked, and the total paid. */
export interface Quote {
  totalFen: Fen;
  /** Id of the grant scheme whose package 从优、就高、不重复 chose, or null when none pays. */
  chosen: string | null;
  grants: GrantLine[];
  /** The packages compared by 从优、就高、不重复, in RuleSet order of their grants. */
  packages: PackageLine[];
  /** The notes (conditions taken as met, a draft's status) of the documents whose schemes were considered. */
  notes: (DocumentNote & { document: string })[];
  byLevel: Record<Level, Fen>;
  options: ResolvedOption[];
}
