/**
 * A deterministic histogram of non-negative values with log-linear bins (the HDR-histogram layout): an exact
 * zero bin, then for each power of two 2^e ≤ v < 2^(e+1) sixty-four equal sub-bins, so a bin is at most 1/64
 * (≈ 1.6%) of its lower edge wide. Counts are integers, so merging two histograms (workers) is an addition
 * and gives the same counts in any order. Bin indices are read exactly from the bits of the number (its binary
 * exponent and the top six bits of its mantissa), never from a rounded logarithm.
 *
 * Used for the distributions that would otherwise be runs × days or runs × firms: the cumulative money
 * paid by day, and the grant per firm by tier.
 */

/** Sub-bins per power of two. */
export const SUB_BINS = 64;
/** log2(SUB_BINS): the mantissa bits that pick the sub-bin. */
const SUB_BITS = 6;
/** The widest bin relative to its lower edge. */
export const RELATIVE_RESOLUTION = 1 / SUB_BINS;

/**
 * A histogram as plain data (for postMessage and toJSON): counts[i] belongs to bin `lo + i`; `n` observations
 * in all, whose exact smallest and largest values are `min` and `max` (both 0 when n = 0).
 */
export interface LogHistogramData {
  n: number;
  min: number;
  max: number;
  zero: number;
  lo: number;
  counts: Float64Array;
}

const EMPTY = new Float64Array(0);

// The bin is read from the bits of the double: its exponent e, and the top 6 bits of its mantissa, which are
// exactly ⌊(v / 2^e − 1)·64⌋. A shared scratch buffer avoids allocation on the hot path.
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
const HI = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0; // index of the high word (little-endian: 1)

/**
 * The bin of v > 0: e·64 + j with 2^e ≤ v < 2^(e+1) and j = ⌊(v / 2^e − 1)·64⌋, read exactly from the bits of v.
 * @throws Error when v is not a positive finite number
 * @example logBin(1) // 0; logBin(3) // 96 (e = 1, j = 32)
 */
export function logBin(v: number): number {
  if (!(v > 0 && v < Infinity)) throw new Error(`log histogram value must be positive and finite: ${v}`);
  scratch[0] = v;
  const hi = words[HI]!;
  const biased = (hi >>> 20) & 0x7ff;
  if (biased === 0) return logBinSlow(v); // subnormal: no implicit leading 1
  return (biased - 1023) * SUB_BINS + ((hi >>> (20 - SUB_BITS)) & (SUB_BINS - 1));
}

function logBinSlow(v: number): number {
  let e = Math.floor(Math.log2(v));
  if (2 ** e > v) e -= 1;
  else if (2 ** (e + 1) <= v) e += 1;
  return e * SUB_BINS + Math.floor((v / 2 ** e - 1) * SUB_BINS);
}

/** The midpoint of bin `b`, the value a quantile falling in it reports. */
export function logBinMid(b: number): number {
  const e = Math.floor(b / SUB_BINS);
  const j = b - e * SUB_BINS;
  return 2 ** e * (1 + (j + 0.5) / SUB_BINS);
}

/**
 * A growable log-linear histogram; see the file comment. It also keeps the exact smallest and largest values,
 * so that quantiles never leave the observed range (a band never rises above a pool that capped every run).
 */
export class LogHistogram {
  zero = 0;
  private n = 0;
  private min = 0;
  private max = 0;
  private lo = 0;
  private counts: Float64Array = EMPTY;

  /**
   * Adds `count` observations of `v`.
   * @throws Error when v is negative or not finite
   */
  add(v: number, count = 1): void {
    if (!(v >= 0 && v < Infinity)) throw new Error(`log histogram value must be non-negative and finite: ${v}`);
    if (count <= 0) return;
    if (this.n === 0) {
      this.min = v;
      this.max = v;
    } else if (v < this.min) this.min = v;
    else if (v > this.max) this.max = v;
    this.n += count;
    if (v === 0) {
      this.zero += count;
      return;
    }
    // logBin without its check (v is positive and finite here)
    scratch[0] = v;
    const hi = words[HI]!;
    const biased = (hi >>> 20) & 0x7ff;
    const b = biased === 0 ? logBinSlow(v) : (biased - 1023) * SUB_BINS + ((hi >>> (20 - SUB_BITS)) & (SUB_BINS - 1));
    const i = b - this.lo;
    const counts = this.counts;
    if (i >= 0 && i < counts.length) counts[i]! += count;
    else this.addOutside(b, count);
  }

  /** Adds `count` to bin `b`, outside the bins held so far. */
  private addOutside(b: number, count: number): void {
    this.ensure(b, b);
    this.counts[b - this.lo]! += count;
  }

  /** Adds every count of `other` (bin by bin: exact, order-free). */
  merge(other: LogHistogram | LogHistogramData): void {
    const data = other instanceof LogHistogram ? other.toData() : other;
    if (data.n === 0) return;
    this.min = this.n === 0 ? data.min : Math.min(this.min, data.min);
    this.max = this.n === 0 ? data.max : Math.max(this.max, data.max);
    this.n += data.n;
    this.zero += data.zero;
    if (data.counts.length === 0) return;
    this.ensure(data.lo, data.lo + data.counts.length - 1);
    const off = data.lo - this.lo;
    for (let i = 0; i < data.counts.length; i++) this.counts[off + i]! += data.counts[i]!;
  }

  /** Observations held. */
  total(): number {
    return this.n;
  }

  /**
   * The p-quantile of the binned values by R type 7 (h = (N − 1)p, linear interpolation between the values of
   * ranks ⌊h⌋ and ⌈h⌉), each value standing at its bin's midpoint clamped to the exact [min, max] (zeros
   * exactly 0; the largest observation exactly max).
   * @throws Error when the histogram is empty
   */
  quantile(p: number): number {
    const n = this.total();
    if (n === 0) throw new Error('quantile of an empty histogram');
    if (!(p >= 0 && p <= 1)) throw new Error(`quantile probability outside [0, 1]: ${p}`);
    const h = (n - 1) * p;
    const k = Math.floor(h);
    const a = this.valueAtRank(k);
    const b = k + 1 <= n - 1 ? this.valueAtRank(k + 1) : a;
    return a + (h - k) * (b - a);
  }

  /** The binned value of the observation of 0-based rank `k` in ascending order. */
  private valueAtRank(k: number): number {
    if (k < this.zero) return 0;
    if (k === this.n - 1) return this.max;
    let seen = this.zero;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]!;
      if (k < seen) return Math.min(this.max, Math.max(this.min, logBinMid(this.lo + i)));
    }
    throw new Error(`rank ${k} beyond the histogram's ${seen} observations`);
  }

  /** Plain data with empty bins trimmed from both ends, so equal histograms give equal data. */
  toData(): LogHistogramData {
    let a = 0;
    let b = this.counts.length;
    while (a < b && this.counts[a] === 0) a++;
    while (b > a && this.counts[b - 1] === 0) b--;
    return { n: this.n, min: this.min, max: this.max, zero: this.zero, lo: a < b ? this.lo + a : 0, counts: this.counts.slice(a, b) };
  }

  /** A histogram from plain data (copied). */
  static fromData(data: LogHistogramData): LogHistogram {
    const h = new LogHistogram();
    h.merge(data);
    return h;
  }

  private ensure(from: number, to: number): void {
    const n = this.counts.length;
    if (n === 0) {
      // Start with some room around the first bin: neighbouring values are the common case.
      this.lo = from - 32;
      this.counts = new Float64Array(to - from + 65);
      return;
    }
    if (from >= this.lo && to < this.lo + n) return;
    const newLo = Math.min(this.lo, from - (from < this.lo ? 64 : 0));
    const newHi = Math.max(this.lo + n - 1, to + (to >= this.lo + n ? 64 : 0));
    const grown = new Float64Array(newHi - newLo + 1);
    grown.set(this.counts, this.lo - newLo);
    this.counts = grown;
    this.lo = newLo;
  }
}
