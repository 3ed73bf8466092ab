/**
 * What one simulated year of one run leaves behind for the statistics: small, fixed-size typed arrays
 * (no per-application data), filled by the engine and read by the accumulator in src/stats.
 *
 *   scenario ─▶ population sample ─▶ applications (sorted by day) ─▶ allocation + rules (evaluate)
 *            ─▶ RunRecord (this file) ─▶ Accumulator.add(run, record) ─▶ Summary (summary.json, CSV, charts)
 *
 * Money is integer fen in Float64Arrays (exact below 2^53). "Scheme" index s follows RuleSet.schemes.
 * A "request" is what an application would receive under the rules with unlimited pools (after
 * 从优就高, caps and top-ups); "paid" is what it received; unmet = request − paid, split into refused
 * (paid 0) and scaled-down (0 < paid < request).
 */

/** The grouping dimensions reported per group value. */
export const GROUP_DIMS = ['tier', 'category', 'voucher', 'district'] as const;
export type GroupDim = (typeof GROUP_DIMS)[number];

/** Per-scheme figures of one run-year. */
export const SCHEME_FIELDS = [
  'poolFen', // the pool of the year (after pro-rating); -1 when the scheme has no pool limit
  'requestedFen',
  'paidFen',
  'refusedFen', // unmet because nothing was paid
  'scaledFen', // unmet because less than the request was paid
  'appsRequested', // applications with a request > 0 from this scheme
  'appsFunded', // paid in full
  'appsPartial',
  'appsRefused',
  'firmsRequested',
  'firmsFunded', // every request of the firm paid in full
  'firmsPartial', // something paid, not everything
  'firmsRefused', // requested, nothing paid
  'firmsAtCap', // firms whose cumulative grant reached the scheme's yearly cap
  'exhaustionDay', // day of year (0 = 1 Jan) of the first request the pool could not pay in full; -1 = never
] as const;
export type SchemeField = (typeof SCHEME_FIELDS)[number];

/** Per-group figures (for each value of each GroupDim). */
export const GROUP_FIELDS = [
  'firms', // firms in the group that applied (for tier and district); applications' firms counted once per group
  'apps',
  'contractFen', // contract fees of the group's applications
  'basisFen', // what the ratios applied to (contract or executed), of the paid scheme
  'requestedFen',
  'paidFen',
  'refusedFen',
  'scaledFen',
  'firmsRefused', // firms with a request and nothing paid
  'firmsAtCap', // firms that reached a yearly cap of any scheme
] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

export const LEVEL_INDEX = { province: 0, city: 1, district: 2 } as const;

/** The shape of a RunRecord: fixed by the scenario, shared by engine and accumulator. */
export interface RunShape {
  year: number;
  /** Days in the year (365 or 366). */
  days: number;
  schemeIds: string[];
  /** Group value keys per dimension, e.g. tier: ['micro', 'small', ...]; district: ['shangcheng', '(none)']. */
  groups: Record<GroupDim, string[]>;
  tiers: number;
}

/** The figures of one run-year. */
export interface RunRecord {
  shape: RunShape;
  /** [s * SCHEME_FIELDS.length + field] */
  scheme: Float64Array;
  /** Paid per scheme per day: [s * days + dayOfYear] (not cumulative). */
  dailyPaid: Float64Array;
  /** Paid by level: [province, city, district]. */
  byLevel: Float64Array;
  /** [dimOffset(dim) + value * GROUP_FIELDS.length + field] — see groupOffset(). */
  group: Float64Array;
  /** Unmet money and refused applications per month: [month * 3 + (0 refusedFen | 1 scaledFen | 2 appsRefused)]. */
  monthly: Float64Array;
  /** Unmet per month per tier: [(month * tiers + tier) * 2 + (0 refusedFen | 1 scaledFen)]. */
  monthlyTier: Float64Array;
  /**
   * Per firm paid something this run-year: total paid (fen), total requested (fen), and the tier; length firmCount.
   * The engine lists only those (most firms go unpaid once a pool is empty, and each listed firm costs the
   * accumulator a histogram entry); a firm paid nothing may be listed here too, with the same effect as counted in
   * `unpaidFirms`.
   */
  firmCount: number;
  firmPaid: Float64Array;
  firmRequested: Float64Array;
  firmTier: Uint16Array;
  /** The firms that applied and were paid nothing, per tier: [tier * 2] firms, [tier * 2 + 1] those of them that requested something. */
  unpaidFirms: Float64Array;
  /** Applications processed (for the benchmark's rate). */
  applications: number;
}

/** Offset of a group dimension's block in RunRecord.group. */
export function groupOffset(shape: RunShape, dim: GroupDim): number {
  let off = 0;
  for (const d of GROUP_DIMS) {
    if (d === dim) return off;
    off += shape.groups[d].length * GROUP_FIELDS.length;
  }
  throw new Error(`unknown group dimension ${dim}`);
}

/** A zeroed record for `shape`, with room for `firmCapacity` firms (grown by the engine when needed). */
export function makeRunRecord(shape: RunShape, firmCapacity = 1024): RunRecord {
  const groupLen = GROUP_DIMS.reduce((n, d) => n + shape.groups[d].length * GROUP_FIELDS.length, 0);
  return {
    shape,
    scheme: new Float64Array(shape.schemeIds.length * SCHEME_FIELDS.length),
    dailyPaid: new Float64Array(shape.schemeIds.length * shape.days),
    byLevel: new Float64Array(3),
    group: new Float64Array(groupLen),
    monthly: new Float64Array(12 * 3),
    monthlyTier: new Float64Array(12 * shape.tiers * 2),
    firmCount: 0,
    firmPaid: new Float64Array(firmCapacity),
    firmRequested: new Float64Array(firmCapacity),
    firmTier: new Uint16Array(firmCapacity),
    unpaidFirms: new Float64Array(shape.tiers * 2),
    applications: 0,
  };
}

/** Clears a record for the next run, keeping its buffers. */
export function resetRunRecord(r: RunRecord): void {
  r.scheme.fill(0);
  r.dailyPaid.fill(0);
  r.byLevel.fill(0);
  r.group.fill(0);
  r.monthly.fill(0);
  r.monthlyTier.fill(0);
  r.firmCount = 0;
  r.unpaidFirms.fill(0);
  r.applications = 0;
}

/** Index of a scheme field in RunRecord.scheme. */
export function schemeIndex(s: number, field: SchemeField): number {
  return s * SCHEME_FIELDS.length + SCHEME_FIELDS.indexOf(field);
}
