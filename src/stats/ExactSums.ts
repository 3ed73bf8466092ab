/**
 * Sums of whole, non-negative numbers (fen, counts) that stay exact however many runs are added and in
 * whatever order: each value is split into a high and a low part (v = hi·2^24 + lo) kept in two float sums,
 * each of which stays an exact integer below 2^53 for up to 2^29 additions of values below 2^53. Used where
 * only the mean over runs is reported (unmet demand by month, and by month × tier), so that the per-run
 * values need not be kept.
 */
import Decimal from 'decimal.js';

const SPLIT = 2 ** 24;

/** Plain data of ExactSums (for postMessage). */
export interface ExactSumsData {
  hi: Float64Array;
  lo: Float64Array;
}

/** `length` exact sums; see the file comment. */
export class ExactSums {
  readonly hi: Float64Array;
  readonly lo: Float64Array;

  constructor(length: number) {
    this.hi = new Float64Array(length);
    this.lo = new Float64Array(length);
  }

  /**
   * Adds a whole non-negative v to sum i.
   * @throws Error when v is negative or not a whole number (the engine books whole fen)
   */
  add(i: number, v: number): void {
    if (v === 0) return;
    if (!(Number.isInteger(v) && v > 0)) throw new Error(`exact sum of a value that is not a whole non-negative number: ${v}`);
    const h = Math.floor(v / SPLIT);
    this.hi[i]! += h;
    this.lo[i]! += v - h * SPLIT;
  }

  /** Adds every sum of `other` (same length). */
  merge(other: ExactSumsData): void {
    if (other.hi.length !== this.hi.length) throw new Error('merging exact sums of different lengths');
    for (let i = 0; i < this.hi.length; i++) {
      this.hi[i]! += other.hi[i]!;
      this.lo[i]! += other.lo[i]!;
    }
  }

  /** Sum i as an exact decimal. */
  sum(i: number): Decimal {
    return new Decimal(this.hi[i]!).mul(SPLIT).plus(this.lo[i]!);
  }

  /** Sum i divided by n, as a float (for money, round the result with toMoney). */
  mean(i: number, n: number): number {
    return n === 0 ? 0 : this.sum(i).div(n).toNumber();
  }

  /** Sum i divided by n, rounded half up (toward +∞) to a whole number: the exact mean in whole fen. */
  meanWhole(i: number, n: number): number {
    return n === 0 ? 0 : this.sum(i).div(n).toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL).toNumber();
  }

  /** Plain data (copies). */
  toData(): ExactSumsData {
    return { hi: this.hi.slice(), lo: this.lo.slice() };
  }

  /** From plain data (copied). */
  static fromData(data: ExactSumsData): ExactSums {
    const s = new ExactSums(data.hi.length);
    s.merge(data);
    return s;
  }
}
