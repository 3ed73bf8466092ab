/**
 * Gathers the RunRecords of one simulated year over many runs into what the summary needs, with memory that
 * grows with what is summarised, not with runs × applications:
 *
 *   per run (one row, packed in a RunTable, for exact quantiles and the per-run CSV):
 *     every scheme field (money, counts, pool, exhaustion day), paid by level, every group field,
 *     firm totals over all schemes (requested, funded, partial, refused), applications processed
 *   integer counts (histograms, merged by addition):
 *     cumulative money paid by day, per scheme and in total  ─ runs × days would not fit
 *     grant per firm, per tier                               ─ runs × firms would not fit
 *   exact integer sums (means only): unmet money by month, and by month × tier
 *
 * A row has 15·schemes + 10·group values + 8 numbers; packed (src/stats/RunTable.ts), each takes 0–8 bytes by the
 * spread of its values over 4,096 runs: about 400 bytes a run-year for the default scenario (143 numbers)
 * rather than 1,144. A worker keeps only the rows of its own runs.
 *
 * Determinism: rows are kept with their run index and always read in run-index order (ordered on demand), the
 * histograms and sums hold integers, so the same runs give the same summary however they were split over
 * workers and merged.
 */
import {
  GROUP_DIMS,
  GROUP_FIELDS,
  SCHEME_FIELDS,
  type GroupDim,
  type GroupField,
  type RunRecord,
  type RunShape,
  type SchemeField,
} from '../record/RunRecord';
import type { AccumulatorMeta } from './AccumulatorMeta';
import { ExactSums, type ExactSumsData } from './ExactSums';
import { LogHistogram, type LogHistogramData } from './LogHistogram';
import { RunTable, type RunTableData } from './RunTable';
import type { YearSummary } from './Summary';
import { summarizeYear } from './summarizeYear';

const NSF = SCHEME_FIELDS.length;
const NGF = GROUP_FIELDS.length;

/** Firm totals over all schemes kept per run, after the group block. */
export const FIRM_TOTAL_FIELDS = ['firmsRequested', 'firmsFunded', 'firmsPartial', 'firmsRefused'] as const;
export type FirmTotalField = (typeof FIRM_TOTAL_FIELDS)[number];

/** An Accumulator as plain data (typed arrays inside), for postMessage between threads and for files. */
export interface AccumulatorData {
  kind: 'quansim.accumulator';
  version: 2;
  shape: RunShape;
  runs: number;
  meta: AccumulatorMeta;
  /** The per-run rows, packed. */
  table: RunTableData;
  monthly: ExactSumsData;
  monthlyTier: ExactSumsData;
  firmPaid: LogHistogramData[];
  cumulative: LogHistogramData[];
}

/** Where each block of a row starts. */
export interface RowLayout {
  rowLength: number;
  scheme: number;
  level: number;
  group: number;
  firms: number;
  applications: number;
  groupLength: number;
}

/** The layout of a row for `shape`. */
export function rowLayout(shape: RunShape): RowLayout {
  const groupLength = GROUP_DIMS.reduce((n, d) => n + shape.groups[d].length * NGF, 0);
  const level = shape.schemeIds.length * NSF;
  const group = level + 3;
  const firms = group + groupLength;
  const applications = firms + FIRM_TOTAL_FIELDS.length;
  return { rowLength: applications + 1, scheme: 0, level, group, firms, applications, groupLength };
}

/** Accumulates the RunRecords of one simulated year; see the file comment. */
export class Accumulator {
  readonly shape: RunShape;
  readonly runs: number;
  readonly meta: AccumulatorMeta;
  readonly layout: RowLayout;
  private readonly table: RunTable;
  readonly monthly: ExactSums;
  readonly monthlyTier: ExactSums;
  /** Grant per firm (all schemes), one histogram per tier. */
  readonly firmPaid: LogHistogram[];
  /**
   * Cumulative paid at the end of each day: [s * days + day], s = schemes.length for the total. With a single
   * scheme the total is that scheme's amount every day, and its histograms are the scheme's (the same objects).
   */
  readonly cumulative: LogHistogram[];
  private readonly scratch: Float64Array;

  /**
   * @param shape the year's run shape (from the engine)
   * @param runs how many runs the whole simulation has (run indices are 0 … runs − 1)
   * @param meta labels of schemes and group values (see accumulatorMeta)
   */
  constructor(shape: RunShape, runs: number, meta: AccumulatorMeta) {
    if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`runs must be a positive whole number: ${runs}`);
    if (meta.schemes.length !== shape.schemeIds.length) throw new Error('accumulator meta and shape disagree on schemes');
    for (const d of GROUP_DIMS) {
      if (meta.groups[d].length !== shape.groups[d].length) throw new Error(`accumulator meta and shape disagree on ${d}`);
    }
    if (shape.groups.tier.length !== shape.tiers) throw new Error('run shape: tiers and tier groups disagree');
    this.shape = shape;
    this.runs = runs;
    this.meta = meta;
    this.layout = rowLayout(shape);
    this.table = new RunTable(this.layout.rowLength, runs);
    this.monthly = new ExactSums(12 * 3);
    this.monthlyTier = new ExactSums(12 * shape.tiers * 2);
    this.firmPaid = Array.from({ length: shape.tiers }, () => new LogHistogram());
    const nS = shape.schemeIds.length;
    const own = Array.from({ length: (nS === 1 ? 1 : nS + 1) * shape.days }, () => new LogHistogram());
    this.cumulative = nS === 1 ? [...own, ...own] : own;
    this.scratch = new Float64Array(shape.days);
  }

  /** Runs added so far (here and through merges). */
  get count(): number {
    return this.table.count;
  }

  /**
   * Adds the record of run `runIndex` (the record is read, not kept: the engine may reuse it).
   * @throws Error when the run index is out of range or the record has another shape
   */
  add(runIndex: number, record: RunRecord): void {
    const shape = this.shape;
    if (!(Number.isInteger(runIndex) && runIndex >= 0 && runIndex < this.runs)) {
      throw new Error(`run index ${runIndex} outside 0 … ${this.runs - 1}`);
    }
    const L = this.layout;
    const nS = shape.schemeIds.length;
    if (
      record.scheme.length !== nS * NSF ||
      record.group.length !== L.groupLength ||
      record.dailyPaid.length !== nS * shape.days ||
      record.monthlyTier.length !== 12 * shape.tiers * 2 ||
      record.unpaidFirms.length !== shape.tiers * 2
    ) {
      throw new Error('run record does not have the accumulator\'s shape');
    }
    const { buffer: out, at: row } = this.table.append(runIndex);
    out.set(record.scheme, row + L.scheme);
    out.set(record.byLevel, row + L.level);
    out.set(record.group, row + L.group);
    let req = 0;
    let funded = 0;
    let partial = 0;
    let refused = 0;
    for (let k = 0; k < record.firmCount; k++) {
      const paid = record.firmPaid[k]!;
      const r = record.firmRequested[k]!;
      const tier = record.firmTier[k]!;
      const h = this.firmPaid[tier];
      if (!h) throw new Error(`firm tier ${tier} outside the shape's ${shape.tiers} tiers`);
      h.add(paid);
      if (r > 0) {
        req++;
        if (paid >= r) funded++;
        else if (paid > 0) partial++;
        else refused++;
      }
    }
    // the firms paid nothing that the record counts rather than lists
    for (let t = 0; t < shape.tiers; t++) {
      const n = record.unpaidFirms[2 * t]!;
      const r = record.unpaidFirms[2 * t + 1]!;
      this.firmPaid[t]!.add(0, n);
      req += r;
      refused += r;
    }
    out[row + L.firms] = req;
    out[row + L.firms + 1] = funded;
    out[row + L.firms + 2] = partial;
    out[row + L.firms + 3] = refused;
    out[row + L.applications] = record.applications;
    for (let i = 0; i < record.monthly.length; i++) this.monthly.add(i, record.monthly[i]!);
    for (let i = 0; i < record.monthlyTier.length; i++) this.monthlyTier.add(i, record.monthlyTier[i]!);
    const days = shape.days;
    const total = this.scratch;
    total.fill(0);
    for (let s = 0; s < nS; s++) {
      let cum = 0;
      for (let d = 0; d < days; d++) {
        cum += record.dailyPaid[s * days + d]!;
        this.cumulative[s * days + d]!.add(cum);
        total[d]! += cum;
      }
    }
    // with one scheme the total's histograms are the scheme's, which hold the same amounts already
    if (nS > 1) for (let d = 0; d < days; d++) this.cumulative[nS * days + d]!.add(total[d]!);
  }

  /**
   * Adds another accumulator of the same year and shape (another worker's runs).
   * @throws Error when shapes differ or both hold the same run
   */
  merge(other: Accumulator | AccumulatorData): void {
    const data = other instanceof Accumulator ? other.toJSON() : other;
    if (data.shape.year !== this.shape.year || data.runs !== this.runs || !sameShape(data.shape, this.shape)) {
      throw new Error('merging accumulators of different shapes, years or run counts');
    }
    this.table.adopt(data.table);
    this.monthly.merge(data.monthly);
    this.monthlyTier.merge(data.monthlyTier);
    data.firmPaid.forEach((h, t) => this.firmPaid[t]!.merge(h));
    const shared = this.shape.schemeIds.length === 1 ? this.shape.days : this.cumulative.length; // see cumulative
    data.cumulative.forEach((h, i) => {
      if (i < shared) this.cumulative[i]!.merge(h);
    });
    this.table.check(); // fails early on a run present in both
  }

  /**
   * Run indices in ascending order.
   * @throws Error when a run index was added twice
   */
  runIndices(): Float64Array {
    return this.table.runIndices();
  }

  /** Rows `from` … `to` − 1 in run-index order, row-major (`layout.rowLength` numbers each): read in slices to stream. */
  rows(from: number, to: number): Float64Array {
    return this.table.rows(from, to);
  }

  /** Bytes held by the per-run rows (they grow with the runs; the histograms and sums do not). */
  rowBytes(): number {
    return this.table.byteSize();
  }

  /** One number per run, in run-index order, at `offset` within the row. */
  column(offset: number): Float64Array {
    return this.table.column(offset);
  }

  /** Offset of a scheme field in a row. */
  schemeOffset(s: number, field: SchemeField): number {
    return this.layout.scheme + s * NSF + SCHEME_FIELDS.indexOf(field);
  }

  /** Offset of a group field in a row. */
  groupOffset(dim: GroupDim, value: number, field: GroupField): number {
    let off = this.layout.group;
    for (const d of GROUP_DIMS) {
      if (d === dim) return off + value * NGF + GROUP_FIELDS.indexOf(field);
      off += this.shape.groups[d].length * NGF;
    }
    throw new Error(`unknown group dimension ${dim}`);
  }

  /** A scheme's field per run, in run-index order (e.g. for paired differences between scenarios). */
  schemeColumn(s: number, field: SchemeField): Float64Array {
    return this.column(this.schemeOffset(s, field));
  }

  /** A field summed over schemes per run, in run-index order (exact: whole numbers below 2^53). */
  totalColumn(field: Exclude<SchemeField, 'poolFen' | 'exhaustionDay'>): Float64Array {
    const n = this.count;
    const out = new Float64Array(n);
    for (let s = 0; s < this.shape.schemeIds.length; s++) {
      const c = this.schemeColumn(s, field);
      for (let i = 0; i < n; i++) out[i]! += c[i]!;
    }
    return out;
  }

  /** The year's summary over the runs added (see summarizeYear). */
  toYearSummary(): YearSummary {
    return summarizeYear(this);
  }

  /**
   * Plain data. The packed rows are this accumulator's own blocks, not copies (they never change once packed):
   * transferring their buffers to another thread leaves this accumulator unusable.
   */
  toJSON(): AccumulatorData {
    return {
      kind: 'quansim.accumulator',
      version: 2,
      shape: this.shape,
      runs: this.runs,
      meta: this.meta,
      table: this.table.toData(),
      monthly: this.monthly.toData(),
      monthlyTier: this.monthlyTier.toData(),
      firmPaid: this.firmPaid.map((h) => h.toData()),
      cumulative: this.cumulative.map((h) => h.toData()),
    };
  }

  /** An accumulator from plain data (as posted by a worker). */
  static fromJSON(data: AccumulatorData): Accumulator {
    if (data.kind !== 'quansim.accumulator' || data.version !== 2) throw new Error('not quansim accumulator data of version 2');
    const acc = new Accumulator(data.shape, data.runs, data.meta);
    acc.merge(data);
    return acc;
  }
}

function sameShape(a: RunShape, b: RunShape): boolean {
  return (
    a.days === b.days &&
    a.tiers === b.tiers &&
    a.schemeIds.join('\n') === b.schemeIds.join('\n') &&
    GROUP_DIMS.every((d) => a.groups[d].join('\n') === b.groups[d].join('\n'))
  );
}
