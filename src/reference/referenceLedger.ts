/**
 * The reference simulator's ledger of one run-year: plain objects with named fields, one entry per scheme, per firm
 * and scheme, per group value, per month. `referenceBooking.ts` writes it one application at a time;
 * `ledgerToRunRecord.ts` turns it into a RunRecord at the end.
 */
import type { GroupDim } from '../record/RunRecord';
import type { ReferenceFirmFacts, ReferenceYear } from './referenceYear';

/** One scheme's figures of the year. */
export interface SchemeLedger {
  /** What is left of the pool (Infinity: no limit). */
  poolLeft: number;
  requestedFen: number;
  paidFen: number;
  /** Unmet because nothing was paid. */
  refusedFen: number;
  /** Unmet because less than the request was paid. */
  scaledFen: number;
  appsRequested: number;
  appsFunded: number;
  appsPartial: number;
  appsRefused: number;
  /** Day of the year of the first request the pool could not pay in full; null while none. */
  exhaustionDay: number | null;
  /** Paid on each day of the year (index: day of the year). */
  paidByDay: number[];
}

/** What one firm asked of one scheme and received from it this year. */
export interface FirmSchemeLedger {
  requestedFen: number;
  receivedFen: number;
  /** A payment brought what counts against the scheme's cap up to the cap. */
  reachedCap: boolean;
}

/** One firm's year. */
export interface FirmLedger {
  facts: ReferenceFirmFacts;
  /** The firm sent at least one application. */
  applied: boolean;
  /** Per scheme (index as in the compiled rules). */
  schemes: FirmSchemeLedger[];
  /** The category and voucher groups (`groupKey`) it applied in, requested something in, was paid something in. */
  appliedIn: Set<string>;
  requestedIn: Set<string>;
  paidIn: Set<string>;
}

/** The per-application figures of one group value. */
export interface GroupLedger {
  apps: number;
  contractFen: number;
  basisFen: number;
  requestedFen: number;
  paidFen: number;
  refusedFen: number;
  scaledFen: number;
}

/** Unmet demand of the applications that arrived in one month. */
export interface MonthUnmet {
  refusedFen: number;
  scaledFen: number;
  appsRefused: number;
}

/** The whole ledger of one run-year. */
export interface Ledger {
  schemes: SchemeLedger[];
  firms: FirmLedger[];
  /** Per group dimension, per group value (the value's key, e.g. a tier id). */
  groups: Map<GroupDim, Map<string, GroupLedger>>;
  byLevel: { province: number; city: number; district: number };
  /** Per month of arrival (0 = January). */
  unmetByMonth: MonthUnmet[];
  /** Per month of arrival, per tier. */
  unmetByMonthTier: { refusedFen: number; scaledFen: number }[][];
  applications: number;
}

/** The key of a group value in `FirmLedger.appliedIn` and its kin, e.g. `voucher:compute`. */
export function groupKey(dim: GroupDim, value: string): string {
  return `${dim}:${value}`;
}

/** An empty ledger for `year`, with the firms `firms` and the pools full. */
export function makeLedger(year: ReferenceYear, firms: ReferenceFirmFacts[]): Ledger {
  const schemeCount = year.rules.schemeCount;
  return {
    schemes: year.pools.map((pool) => ({
      poolLeft: pool,
      requestedFen: 0,
      paidFen: 0,
      refusedFen: 0,
      scaledFen: 0,
      appsRequested: 0,
      appsFunded: 0,
      appsPartial: 0,
      appsRefused: 0,
      exhaustionDay: null,
      paidByDay: new Array<number>(year.days).fill(0),
    })),
    firms: firms.map((facts) => ({
      facts,
      applied: false,
      schemes: Array.from({ length: schemeCount }, () => ({ requestedFen: 0, receivedFen: 0, reachedCap: false })),
      appliedIn: new Set(),
      requestedIn: new Set(),
      paidIn: new Set(),
    })),
    groups: new Map(),
    byLevel: { province: 0, city: 0, district: 0 },
    unmetByMonth: Array.from({ length: 12 }, () => ({ refusedFen: 0, scaledFen: 0, appsRefused: 0 })),
    unmetByMonthTier: Array.from({ length: 12 }, () => Array.from({ length: year.shape.tiers }, () => ({ refusedFen: 0, scaledFen: 0 }))),
    applications: 0,
  };
}

/** The figures of group value `value` of dimension `dim`, created empty on first use. */
export function groupLedger(ledger: Ledger, dim: GroupDim, value: string): GroupLedger {
  let values = ledger.groups.get(dim);
  if (values === undefined) {
    values = new Map();
    ledger.groups.set(dim, values);
  }
  let g = values.get(value);
  if (g === undefined) {
    g = { apps: 0, contractFen: 0, basisFen: 0, requestedFen: 0, paidFen: 0, refusedFen: 0, scaledFen: 0 };
    values.set(value, g);
  }
  return g;
}

/** What firm `firm` received from each scheme so far, as `evaluate` reads it (offset 0). */
export function receivedOf(firm: FirmLedger): Float64Array {
  return Float64Array.from(firm.schemes, (s) => s.receivedFen);
}

/** What is left of each scheme's pool, as `evaluate` reads it. */
export function poolsLeft(ledger: Ledger): Float64Array {
  return Float64Array.from(ledger.schemes, (s) => s.poolLeft);
}
