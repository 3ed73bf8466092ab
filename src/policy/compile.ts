/**
 * A RuleSet turned into flat typed arrays, so that one application is evaluated with a few integer
 * comparisons and no allocation (src/policy/evaluate.ts). `quote()` and the Monte Carlo engine both
 * evaluate through these tables: the rule logic exists once.
 *
 *   RuleSet ──compileRules──▶ CompiledRules ──evaluate(app)──▶ EvalOut ──quote()──▶ Quote (with reasons)
 *
 * Indexes: schemes 0..n-1 in the order of `rules.schemes` (that order also breaks 从优就高 ties);
 * vouchers 0 compute / 1 corpus / 2 model; categories 0 maas / 1 domestic / 2 other / -1 none;
 * levels 0 province / 1 city / 2 district; districts index `compiled.districts` (-1: none of them).
 * Every condition (a scheme's eligibility, each ratio, match and cap rule's `when`) is one row of the
 * condition table, tested in one step against the application's bits (`appBits`): the FLAG_* bits, one
 * bit per category from CATEGORY_SHIFT and one per named district from DISTRICT_SHIFT. A row matches when
 * `(bits & mask) === value`; mask 0 matches every application.
 */
import type { Fen } from '../money/fen';
import { yearEnd, yearStart } from '../time/day';
import {
  COMPUTE_CATEGORIES, FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME, LEVELS, VOUCHERS, type Level, type Voucher,
} from '../vocabulary';
import { CAP_BASES, CAP_COUNTINGS, type Condition, type RatioRule, type RuleSet } from './model';

// Private copies for appBits, called per application (docs/performance.md, "Module-private constants").
const CAT_SHIFT = 3;
const DIST_SHIFT = 6;
/** First bit of the category bits in `appBits` (maas, domestic, other). */
export const CATEGORY_SHIFT = CAT_SHIFT;
/** First bit of the district bits in `appBits`. */
export const DISTRICT_SHIFT = DIST_SHIFT;
/** How many districts the conditions of one RuleSet may name (the bits left in an int32). */
export const MAX_DISTRICTS = 31 - DISTRICT_SHIFT;
/** All category bits; all district bits. */
export const CATEGORY_BITS = 0b111 << CATEGORY_SHIFT;
export const DISTRICT_BITS = ((1 << MAX_DISTRICTS) - 1) << DISTRICT_SHIFT;

/**
 * The bits an application shows to conditions: its flags, its category's bit, its district's bit.
 * @param category category index or -1; @param district district index or -1
 */
export function appBits(flags: number, category: number, district: number): number {
  return flags | (category >= 0 ? 1 << (CAT_SHIFT + category) : 0) | (district >= 0 ? 1 << (DIST_SHIFT + district) : 0);
}

/** `CompiledRules.capBasis` codes, in the order of CAP_BASES. */
export const CAP_PER_FIRM_YEAR = 0;
export const CAP_PER_FIRM_VALIDITY = 1;
export const CAP_PER_CONTRACT = 2;
/** `CompiledRules.capCounting` codes, in the order of CAP_COUNTINGS. */
export const COUNT_SCHEME = 0;
export const COUNT_VOUCHER = 1;

/** Scheme kinds in `CompiledRules.kind`. */
export const KIND_GRANT = 0;
export const KIND_TOPUP = 1;

/** Voucher index of each voucher (0 compute, 1 corpus, 2 model). */
export function voucherIndex(v: Voucher): number {
  const i = VOUCHERS.indexOf(v);
  if (i < 0) throw new Error(`unknown voucher ${String(v)}`);
  return i;
}

/** Category index (0 maas, 1 domestic, 2 other), -1 when the application has none. */
export function categoryIndex(c: string | undefined | null): number {
  if (c === undefined || c === null) return -1;
  const i = (COMPUTE_CATEGORIES as readonly string[]).indexOf(c);
  if (i < 0) throw new Error(`unknown compute category ${c}`);
  return i;
}

/*
 * Layout of the packed rows `evaluate` reads (`schemeRow`, `ratioRow`, `capRow`): strides and field offsets.
 * Three packed arrays per application instead of a dozen keep an evaluation short (every typed array read costs
 * its own checks); the constants are module-private (docs/performance.md, "Module-private constants"). Code
 * elsewhere reads the rows through the functions below.
 */
const SCHEME_ROW = 9;
const SR_VALID_FROM = 0;
const SR_VALID_TO = 1;
const SR_ELIGIBLE_MASK = 2;
const SR_ELIGIBLE_VALUE = 3;
const SR_RATIO_START = 4;
const SR_RATIO_END = 5;
const SR_CAP_START = 6;
const SR_CAP_END = 7;
const SR_BASIS_EXECUTED = 8;
const RATIO_ROW = 5;
const RR_FROM = 0;
const RR_TO = 1;
const RR_MASK = 2;
const RR_VALUE = 3;
const RR_BP = 4;
const CAP_ROW = 4;
const CR_FROM = 0;
const CR_TO = 1;
const CR_MASK = 2;
const CR_VALUE = 3;

/** The rules as flat tables; build with `compileRules`. Arrays are read-only by convention. */
export interface CompiledRules {
  /** The RuleSet compiled (kept for explanations and ids). */
  readonly rules: RuleSet;
  readonly schemeCount: number;
  readonly schemeIds: readonly string[];
  /** KIND_GRANT or KIND_TOPUP per scheme. */
  readonly kind: Uint8Array;
  /** Level index per scheme (0 province, 1 city, 2 district). */
  readonly level: Uint8Array;
  /** Voucher index of a grant scheme; -1 for top-ups (see `vouchersMask`). */
  readonly voucher: Int8Array;
  /** Bit v set when the scheme concerns voucher v (a grant's voucher, a top-up's `vouchers`). */
  readonly vouchersMask: Uint8Array;
  /** 1 when a grant pays on the executed amount (zhejiang-2025 （十五）), 0 on the contract fee (hangzhou-2024 （三）). */
  readonly basisExecuted: Uint8Array;
  readonly validFrom: Int32Array;
  readonly validTo: Int32Array;
  /** Condition row of each scheme's eligibility. */
  readonly eligibility: Int32Array;
  /** Top-ups: bit l set when grants of level l are matched (shangcheng-draft （1） 按照市级认定补贴金额). */
  readonly ofLevels: Uint8Array;
  /** Grant schemes of voucher v: `grantList[grantStart[v] .. grantStart[v+1])`, in RuleSet order. */
  readonly grantStart: Int32Array;
  readonly grantList: Int32Array;
  /** Top-up schemes concerning voucher v: `topUpList[topUpStart[v] .. topUpStart[v+1])`. */
  readonly topUpStart: Int32Array;
  readonly topUpList: Int32Array;
  /** Ratio rules (a grant's `ratios`, a top-up's `match`) of scheme s: rows `ratioStart[s] .. ratioStart[s+1]`. */
  readonly ratioStart: Int32Array;
  readonly ratioFrom: Int32Array;
  readonly ratioTo: Int32Array;
  readonly ratioCond: Int32Array;
  readonly ratioBp: Int32Array;
  /** What each scheme's cap bounds: CAP_PER_FIRM_YEAR, CAP_PER_FIRM_VALIDITY or CAP_PER_CONTRACT. */
  readonly capBasis: Uint8Array;
  /** COUNT_SCHEME or COUNT_VOUCHER: what counts against a grant's cap (RuleSet.capCounting). */
  readonly capCounting: number;
  /** Cap rules of scheme s: rows `capStart[s] .. capStart[s+1]`; `capValue` -1 means no cap. */
  readonly capStart: Int32Array;
  readonly capFrom: Int32Array;
  readonly capTo: Int32Array;
  readonly capCond: Int32Array;
  readonly capValue: Float64Array;
  /** Yearly pools of scheme s: rows `poolStart[s] .. poolStart[s+1]`. */
  readonly poolStart: Int32Array;
  readonly poolFrom: Int32Array;
  readonly poolTo: Int32Array;
  readonly poolValue: Float64Array;
  /** Condition table: an application matches row i when `(appBits & condMask[i]) === condValue[i]`. */
  readonly condMask: Int32Array;
  readonly condValue: Int32Array;
  /** The category (index) and district (index) a row requires, -1 when it requires none (for explanations). */
  readonly condCategory: Int8Array;
  readonly condDistrict: Int32Array;
  /**
   * The same facts packed for the hot path, one row per scheme, ratio (match) rule and cap rule, each
   * condition inlined as mask and value (layout private to this file; read with ratioRowOf, capRowOf,
   * ratioBpOf, paysOnExecuted); cap values stay in `capValue` (fen may exceed 32 bits).
   */
  readonly schemeRow: Int32Array;
  readonly ratioRow: Int32Array;
  readonly capRow: Int32Array;
  /**
   * Which ratio and cap rule rows apply, worked out once for every class of days and every combination of an
   * application's condition facts: `ruleMemo[(dayClassOf(c, day) * factsKeys + factsKey(...)) * schemeCount + s]`
   * is `(ratio row + 1) | (cap row + 1) << 16` (0 = none), i.e. ratioRowOf and capRowOf for that day and those
   * facts. Days of one class compare alike with every date of the rules (validity, ratio and cap windows), so
   * the memo is exact. evaluate reads one number here instead of walking the rows.
   */
  readonly ruleMemo: Int32Array;
  /** Number of condition-fact keys (factsKey) per day class. */
  readonly factsKeys: number;
  /** Day classes: days before `dayClassFrom` are class 0, then `dayClass[day - dayClassFrom]`, then `lastDayClass`. */
  readonly dayClassFrom: number;
  readonly dayClass: Uint16Array;
  readonly lastDayClass: number;
  /** Funding split per scheme in basis points, `[3s] province, [3s+1] city, [3s+2] district`. */
  readonly fundingBp: Int32Array;
  /** The district ids the rules name; an application's `district` indexes this list. */
  readonly districts: readonly string[];
  /** Index of scheme id, or -1. */
  schemeIndex(id: string): number;
  /** Index of a district id in `districts`, -1 for null or a district the rules do not name. */
  districtIndex(id: string | null | undefined): number;
  /**
   * The yearly pool of scheme `s` for calendar `year`: the pool in force on 1 January, or on the scheme's
   * first day when it starts later that year; null when the scheme is not in force that year or has no pool.
   */
  poolFor(s: number, year: number): Fen | null;
}

/**
 * Compiles a RuleSet into the flat tables `evaluate` reads. Call once per RuleSet; the result is
 * immutable and may be shared by any number of evaluations (and workers, after re-compiling there).
 * @throws Error when the RuleSet is malformed (an unknown voucher, level or category): a bug upstream,
 *   since resolveRules validates what users write.
 */
export function compileRules(rules: RuleSet): CompiledRules {
  const schemes = rules.schemes;
  const n = schemes.length;
  const ids = schemes.map((s) => s.id);
  const idIndex = new Map<string, number>();
  ids.forEach((id, i) => {
    if (idIndex.has(id)) throw new Error(`duplicate scheme id ${id}`);
    idIndex.set(id, i);
  });
  const capCounting = CAP_COUNTINGS.indexOf(rules.capCounting);
  if (capCounting < 0) throw new Error(`unknown cap counting ${String(rules.capCounting)}`);
  const districts = namedDistricts(schemes);
  const conds = new ConditionTable(districts);
  const t = schemeTables(schemes, conds);
  const { schemeRow, ratioRow, capRow } = packRows(t, conds);
  const memo = ruleMemoOf(t, schemeRow, ratioRow, capRow, districts.length);
  const { kind, validFrom, validTo, ratioRows, capRows, poolRows, poolStart } = t;
  const poolFrom = Int32Array.from(poolRows, (r) => r.from);
  const poolTo = Int32Array.from(poolRows, (r) => r.to);
  const poolValue = Float64Array.from(poolRows, (r) => r.value);
  return {
    rules,
    schemeCount: n,
    schemeIds: ids,
    kind, level: t.level, voucher: t.voucher, vouchersMask: t.vouchersMask, basisExecuted: t.basisExecuted, validFrom, validTo,
    eligibility: t.eligibility, ofLevels: t.ofLevels, capBasis: t.capBasis, capCounting,
    ...voucherLists(kind, t.vouchersMask),
    ratioStart: t.ratioStart,
    ratioFrom: Int32Array.from(ratioRows, (r) => r.from),
    ratioTo: Int32Array.from(ratioRows, (r) => r.to),
    ratioCond: Int32Array.from(ratioRows, (r) => r.cond),
    ratioBp: Int32Array.from(ratioRows, (r) => r.bp),
    capStart: t.capStart,
    capFrom: Int32Array.from(capRows, (r) => r.from),
    capTo: Int32Array.from(capRows, (r) => r.to),
    capCond: Int32Array.from(capRows, (r) => r.cond),
    capValue: Float64Array.from(capRows, (r) => r.value),
    poolStart, poolFrom, poolTo, poolValue,
    condMask: Int32Array.from(conds.mask),
    condValue: Int32Array.from(conds.value),
    condCategory: Int8Array.from(conds.category),
    condDistrict: Int32Array.from(conds.district),
    schemeRow, ratioRow, capRow,
    ...memo,
    fundingBp: t.fundingBp,
    districts,
    schemeIndex: (id) => idIndex.get(id) ?? -1,
    districtIndex: (id) => (id === null || id === undefined ? -1 : districts.indexOf(id)),
    poolFor(s, year) {
      if (!(s >= 0 && s < n)) throw new Error(`no scheme ${s}`);
      const day = Math.max(yearStart(year), validFrom[s]!);
      if (day > Math.min(yearEnd(year), validTo[s]!)) return null;
      for (let p = poolStart[s]!; p < poolStart[s + 1]!; p++) {
        if (poolFrom[p]! <= day && day <= poolTo[p]!) return poolValue[p]!;
      }
      return null;
    },
  };
}

/** Districts named anywhere in a condition, in order of first appearance. */
function namedDistricts(schemes: RuleSet['schemes']): string[] {
  const districts: string[] = [];
  const note = (w: Condition): void => {
    if (w.district !== undefined && !districts.includes(w.district)) districts.push(w.district);
  };
  for (const s of schemes) {
    note(s.eligibility);
    for (const r of s.kind === 'grant' ? s.ratios : s.match) note(r.when);
    for (const r of s.caps) note(r.when);
  }
  if (districts.length > MAX_DISTRICTS) throw new Error(`the rules name ${districts.length} districts; at most ${MAX_DISTRICTS} are supported`);
  return districts;
}

/** The condition table: each condition added becomes one row (mask, value), tested against an application's bits. */
class ConditionTable {
  readonly mask: number[] = [];
  readonly value: number[] = [];
  readonly category: number[] = [];
  readonly district: number[] = [];
  constructor(private readonly districts: readonly string[]) {}

  /** Adds condition `w`; returns its row. */
  add(w: Condition): number {
    let mask = 0;
    let value = 0;
    const flag = (v: boolean | undefined, bit: number): void => {
      if (v === undefined) return;
      mask |= bit;
      if (v) value |= bit;
    };
    flag(w.selfControlled, FLAG_SELF_CONTROLLED);
    flag(w.foundationModel, FLAG_FOUNDATION_MODEL);
    flag(w.sme, FLAG_SME);
    const cat = categoryIndex(w.category);
    if (cat >= 0) {
      mask |= CATEGORY_BITS;
      value |= 1 << (CATEGORY_SHIFT + cat);
    }
    const dist = w.district === undefined ? -1 : this.districts.indexOf(w.district);
    if (dist >= 0) {
      mask |= DISTRICT_BITS;
      value |= 1 << (DISTRICT_SHIFT + dist);
    }
    this.mask.push(mask);
    this.value.push(value);
    this.category.push(cat);
    this.district.push(dist);
    return this.mask.length - 1;
  }
}

/** Per-scheme tables, and the scheme's ratio (or match), cap and pool rules as rows (schemeTables). */
interface SchemeTables {
  n: number;
  kind: Uint8Array;
  level: Uint8Array;
  voucher: Int8Array;
  vouchersMask: Uint8Array;
  basisExecuted: Uint8Array;
  validFrom: Int32Array;
  validTo: Int32Array;
  eligibility: Int32Array;
  capBasis: Uint8Array;
  ofLevels: Uint8Array;
  fundingBp: Int32Array;
  ratioStart: Int32Array;
  capStart: Int32Array;
  poolStart: Int32Array;
  ratioRows: { from: number; to: number; cond: number; bp: number }[];
  capRows: { from: number; to: number; cond: number; value: number }[];
  poolRows: { from: number; to: number; value: number }[];
}

function schemeTables(schemes: RuleSet['schemes'], conds: ConditionTable): SchemeTables {
  const n = schemes.length;
  const t: SchemeTables = {
    n, kind: new Uint8Array(n), level: new Uint8Array(n), voucher: new Int8Array(n), vouchersMask: new Uint8Array(n),
    basisExecuted: new Uint8Array(n), validFrom: new Int32Array(n), validTo: new Int32Array(n), eligibility: new Int32Array(n),
    capBasis: Uint8Array.from(schemes, (s) => CAP_BASES.indexOf(s.capBasis)), ofLevels: new Uint8Array(n),
    fundingBp: new Int32Array(3 * n), ratioStart: new Int32Array(n + 1), capStart: new Int32Array(n + 1),
    poolStart: new Int32Array(n + 1), ratioRows: [], capRows: [], poolRows: [],
  };
  if (t.capBasis.includes(255)) throw new Error('unknown cap basis');
  schemes.forEach((s, i) => {
    t.level[i] = levelIndex(s.level);
    t.validFrom[i] = s.validFrom;
    t.validTo[i] = s.validTo;
    t.eligibility[i] = conds.add(s.eligibility);
    t.fundingBp[3 * i] = s.funding.province;
    t.fundingBp[3 * i + 1] = s.funding.city;
    t.fundingBp[3 * i + 2] = s.funding.district;
    let ratioRules: RatioRule[];
    if (s.kind === 'grant') {
      t.kind[i] = KIND_GRANT;
      const v = voucherIndex(s.voucher);
      t.voucher[i] = v;
      t.vouchersMask[i] = 1 << v;
      t.basisExecuted[i] = s.basis === 'executed' ? 1 : 0;
      ratioRules = s.ratios;
    } else {
      t.kind[i] = KIND_TOPUP;
      t.voucher[i] = -1;
      for (const v of s.vouchers) t.vouchersMask[i]! |= 1 << voucherIndex(v);
      for (const l of s.ofLevels) t.ofLevels[i]! |= 1 << levelIndex(l);
      ratioRules = s.match;
    }
    t.ratioStart[i] = t.ratioRows.length;
    for (const r of ratioRules) t.ratioRows.push({ from: r.from, to: r.to, cond: conds.add(r.when), bp: r.value });
    t.capStart[i] = t.capRows.length;
    for (const r of s.caps) t.capRows.push({ from: r.from, to: r.to, cond: conds.add(r.when), value: r.value ?? -1 });
    t.poolStart[i] = t.poolRows.length;
    for (const p of s.pool) t.poolRows.push({ from: p.from, to: p.to, value: p.value });
  });
  t.ratioStart[n] = t.ratioRows.length;
  t.capStart[n] = t.capRows.length;
  t.poolStart[n] = t.poolRows.length;
  return t;
}

/** Per voucher, its grant schemes and its top-ups (CompiledRules.grantStart … topUpList). */
function voucherLists(kind: Uint8Array, vouchersMask: Uint8Array): Pick<CompiledRules, 'grantStart' | 'grantList' | 'topUpStart' | 'topUpList'> {
  const grantStart = new Int32Array(VOUCHERS.length + 1);
  const topUpStart = new Int32Array(VOUCHERS.length + 1);
  const grantList: number[] = [];
  const topUpList: number[] = [];
  for (let v = 0; v < VOUCHERS.length; v++) {
    grantStart[v] = grantList.length;
    topUpStart[v] = topUpList.length;
    for (let i = 0; i < kind.length; i++) {
      if ((vouchersMask[i]! & (1 << v)) === 0) continue;
      (kind[i] === KIND_GRANT ? grantList : topUpList).push(i);
    }
  }
  grantStart[VOUCHERS.length] = grantList.length;
  topUpStart[VOUCHERS.length] = topUpList.length;
  return { grantStart, grantList: Int32Array.from(grantList), topUpStart, topUpList: Int32Array.from(topUpList) };
}

/** The scheme, ratio and cap rows packed in the layouts ratioRowIn and capRowIn read (SR_*, RR_*, CR_*). */
function packRows(t: SchemeTables, conds: ConditionTable): Pick<CompiledRules, 'schemeRow' | 'ratioRow' | 'capRow'> {
  const schemeRow = new Int32Array(t.n * SCHEME_ROW);
  for (let i = 0; i < t.n; i++) {
    const o = i * SCHEME_ROW;
    schemeRow[o + SR_VALID_FROM] = t.validFrom[i]!;
    schemeRow[o + SR_VALID_TO] = t.validTo[i]!;
    schemeRow[o + SR_ELIGIBLE_MASK] = conds.mask[t.eligibility[i]!]!;
    schemeRow[o + SR_ELIGIBLE_VALUE] = conds.value[t.eligibility[i]!]!;
    schemeRow[o + SR_RATIO_START] = t.ratioStart[i]!;
    schemeRow[o + SR_RATIO_END] = t.ratioStart[i + 1]!;
    schemeRow[o + SR_CAP_START] = t.capStart[i]!;
    schemeRow[o + SR_CAP_END] = t.capStart[i + 1]!;
    schemeRow[o + SR_BASIS_EXECUTED] = t.basisExecuted[i]!;
  }
  const ratioRow = new Int32Array(t.ratioRows.length * RATIO_ROW);
  t.ratioRows.forEach((r, i) => {
    const o = i * RATIO_ROW;
    ratioRow[o + RR_FROM] = r.from;
    ratioRow[o + RR_TO] = r.to;
    ratioRow[o + RR_MASK] = conds.mask[r.cond]!;
    ratioRow[o + RR_VALUE] = conds.value[r.cond]!;
    ratioRow[o + RR_BP] = r.bp;
  });
  const capRow = new Int32Array(t.capRows.length * CAP_ROW);
  t.capRows.forEach((r, i) => {
    const o = i * CAP_ROW;
    capRow[o + CR_FROM] = r.from;
    capRow[o + CR_TO] = r.to;
    capRow[o + CR_MASK] = conds.mask[r.cond]!;
    capRow[o + CR_VALUE] = conds.value[r.cond]!;
  });
  return { schemeRow, ratioRow, capRow };
}

/**
 * The rule memo (CompiledRules.ruleMemo): the ratio and cap rows of every scheme for every day class and every
 * application's facts. Day classes: the days on which some comparison of ratioRowOf or capRowOf changes its answer.
 */
function ruleMemoOf(
  t: SchemeTables, schemeRow: Int32Array, ratioRow: Int32Array, capRow: Int32Array, nDistricts: number,
): Pick<CompiledRules, 'ruleMemo' | 'factsKeys' | 'dayClassFrom' | 'dayClass' | 'lastDayClass'> {
  const n = t.n;
  const breakSet = new Set<number>();
  for (let i = 0; i < n; i++) breakSet.add(t.validFrom[i]!).add(t.validTo[i]! + 1);
  for (const r of t.ratioRows) breakSet.add(r.from).add(r.to + 1);
  for (const r of t.capRows) breakSet.add(r.from).add(r.to + 1);
  const breaks = [...breakSet].sort((x, y) => x - y);
  if (breaks.length >= 0xffff || t.ratioRows.length >= 0xffff || t.capRows.length >= 0xffff) throw new Error('too many rules to memoise');
  const dayClassFrom = breaks[0] ?? 0;
  const dayClass = new Uint16Array(breaks.length > 0 ? breaks[breaks.length - 1]! - dayClassFrom : 0);
  for (let k = 1; k < breaks.length; k++) dayClass.fill(k, breaks[k - 1]! - dayClassFrom, breaks[k]! - dayClassFrom);
  const factsKeys = FACTS_PER_DISTRICT * (nDistricts + 1);
  const ruleMemo = new Int32Array((breaks.length + 1) * factsKeys * n);
  for (let cls = 0; cls <= breaks.length; cls++) {
    const day = cls === 0 ? dayClassFrom - 1 : breaks[cls - 1]!; // a day of the class
    for (let flags = 0; flags < 8; flags++) {
      for (let category = -1; category < COMPUTE_CATEGORIES.length; category++) {
        for (let district = -1; district < nDistricts; district++) {
          const bits = appBits(flags, category, district);
          const at = (cls * factsKeys + factsKey(flags, category, district)) * n;
          for (let i = 0; i < n; i++) {
            const r = ratioRowIn(schemeRow, ratioRow, i, day, bits);
            const q = capRowIn(schemeRow, capRow, i, day, bits);
            ruleMemo[at + i] = (r + 1) | ((q + 1) << 16);
          }
        }
      }
    }
  }
  return { ruleMemo, factsKeys, dayClassFrom, dayClass, lastDayClass: breaks.length };
}

/**
 * The row of the first ratio (or match) rule of scheme `s` in force on `day` whose condition `bits` meet, when
 * the scheme is in force that day and the application eligible; -1 otherwise (evaluate then works out why).
 */
export function ratioRowOf(c: CompiledRules, s: number, day: number, bits: number): number {
  return ratioRowIn(c.schemeRow, c.ratioRow, s, day, bits);
}

/** The row of the first cap rule of scheme `s` in force on `day` whose condition `bits` meet, or -1. */
export function capRowOf(c: CompiledRules, s: number, day: number, bits: number): number {
  return capRowIn(c.schemeRow, c.capRow, s, day, bits);
}

function ratioRowIn(sr: Int32Array, rr: Int32Array, s: number, day: number, bits: number): number {
  const o = s * SCHEME_ROW;
  if (day < sr[o + SR_VALID_FROM]! || day > sr[o + SR_VALID_TO]! || ((bits ^ sr[o + SR_ELIGIBLE_VALUE]!) & sr[o + SR_ELIGIBLE_MASK]!) !== 0) return -1;
  for (let r = sr[o + SR_RATIO_START]!, end = sr[o + SR_RATIO_END]!; r < end; r++) {
    const q = r * RATIO_ROW;
    if (rr[q + RR_FROM]! <= day && day <= rr[q + RR_TO]! && ((bits ^ rr[q + RR_VALUE]!) & rr[q + RR_MASK]!) === 0) return r;
  }
  return -1;
}

function capRowIn(sr: Int32Array, cr: Int32Array, s: number, day: number, bits: number): number {
  const o = s * SCHEME_ROW;
  for (let r = sr[o + SR_CAP_START]!, end = sr[o + SR_CAP_END]!; r < end; r++) {
    const q = r * CAP_ROW;
    if (cr[q + CR_FROM]! <= day && day <= cr[q + CR_TO]! && ((bits ^ cr[q + CR_VALUE]!) & cr[q + CR_MASK]!) === 0) return r;
  }
  return -1;
}

/** factsKey values per district value (flags 0–7 × category none/0/1/2). */
const FACTS_PER_DISTRICT = 32;

/**
 * The key of an application's condition facts in `ruleMemo`: its flags, category and district (the facts
 * appBits turns into bits). @param category category index or -1; @param district district index or -1
 */
export function factsKey(flags: number, category: number, district: number): number {
  return flags | ((category + 1) << 3) | ((district + 1) << 5);
}

/** The day class of `day` (see CompiledRules.ruleMemo). */
export function dayClassOf(c: CompiledRules, day: number): number {
  const d = day - c.dayClassFrom;
  return d < 0 ? 0 : d < c.dayClass.length ? c.dayClass[d]! : c.lastDayClass;
}

/** The ratio in basis points of ratio (match) rule row `r` (a row ratioRowOf returned). */
export function ratioBpOf(c: CompiledRules, r: number): number {
  return c.ratioRow[r * RATIO_ROW + RR_BP]!;
}

/** True when grant scheme `s` pays on the executed amount (zhejiang-2025 （十五）) rather than the contract fee. */
export function paysOnExecuted(c: CompiledRules, s: number): boolean {
  return c.schemeRow[s * SCHEME_ROW + SR_BASIS_EXECUTED] === 1;
}

function levelIndex(l: Level): number {
  const i = LEVELS.indexOf(l);
  if (i < 0) throw new Error(`unknown level ${String(l)}`);
  return i;
}

/**
 * What counts against scheme `s`'s cap for the firm whose grants are `received[off …]`: nothing for a cap per
 * contract; the firm's grants from every grant scheme of the voucher when caps count by voucher (a grant scheme);
 * otherwise the firm's grants from `s` (this year, or over the validity for `firm-validity`, as the caller keeps them).
 */
export function capUsed(c: CompiledRules, s: number, received: Float64Array, off: number): number {
  if (c.capBasis[s] === CAP_PER_CONTRACT) return 0;
  if (c.capCounting === COUNT_SCHEME || c.kind[s] !== KIND_GRANT) return received[off + s]!;
  const v = c.voucher[s]!;
  let sum = 0;
  for (let k = c.grantStart[v]!, end = c.grantStart[v + 1]!; k < end; k++) sum += received[off + c.grantList[k]!]!;
  return sum;
}
