/**
 * The per-run rows of an Accumulator, packed: memory grows by a few hundred bytes a run rather than 8 bytes a
 * number, so a million runs fit in well under a gigabyte.
 *
 *   append(run) ─▶ a row of the pending block (Float64, `blockRows` rows) ─full─▶ seal: each column packed
 *     as base + an unsigned integer of 0, 1, 2, 4 or 6 bytes (the smallest that holds max − min), or as
 *     Float64 when a value is not a whole number or the spread passes 2^48
 *   column(c), rows(from, to) ─▶ unpacked in run-index order (the order is computed once, then cached)
 *
 * Every value is exact: the engine's figures are whole numbers of fen, counts and days below 2^53, and
 * base + offset reproduces each one. Sealed blocks never change, so they can be handed to another table (a
 * merge) or posted to another thread as they are (`toData`; their buffers can be transferred).
 */

/** A sealed block of rows: `count` runs, each column packed on its own (see the file comment). */
export interface PackedBlock {
  count: number;
  /** Run index of each row, in storage order. */
  runIndex: Uint32Array;
  /** Per column: the smallest value. */
  bases: Float64Array;
  /** Per column: bytes per value (0: every value is the base; 8: raw Float64, base 0). */
  widths: Uint8Array;
  /** Per column: byte offset of its values in `bytes` (a multiple of 8). */
  offsets: Uint32Array;
  bytes: Uint8Array;
}

/** A RunTable as plain data (typed arrays inside), for postMessage. */
export interface RunTableData {
  rowLength: number;
  blocks: PackedBlock[];
}

const TWO_32 = 2 ** 32;
const TWO_48 = 2 ** 48;
/** Rows per block: large enough that a block's fixed cost (its column headers) is small per row. */
export const BLOCK_ROWS = 4096;
/** Run indices and storage positions are packed into one Float64 key for sorting: both below 2^24. */
const KEY = 2 ** 24;

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** Packs `count` rows of `rowLength` numbers (row-major in `rows`) into a block. */
export function packBlock(rows: Float64Array, runIndex: Uint32Array, count: number, rowLength: number): PackedBlock {
  const bases = new Float64Array(rowLength);
  const widths = new Uint8Array(rowLength);
  const offsets = new Uint32Array(rowLength);
  let size = 0;
  for (let c = 0; c < rowLength; c++) {
    let min = Infinity;
    let max = -Infinity;
    let whole = true;
    for (let r = 0; r < count; r++) {
      const v = rows[r * rowLength + c]!;
      if (v < min) min = v;
      if (v > max) max = v;
      if (!Number.isSafeInteger(v)) whole = false;
    }
    const spread = max - min;
    let w: number;
    if (count === 0 || (whole && spread === 0)) w = 0;
    else if (!whole || !(spread < TWO_48)) w = 8;
    else if (spread < 2 ** 8) w = 1;
    else if (spread < 2 ** 16) w = 2;
    else if (spread < TWO_32) w = 4;
    else w = 6;
    widths[c] = w;
    bases[c] = w === 8 || count === 0 ? 0 : min;
    offsets[c] = size;
    size = align8(size + w * count);
  }
  const bytes = new Uint8Array(size);
  const buf = bytes.buffer;
  for (let c = 0; c < rowLength; c++) {
    const w = widths[c]!;
    const base = bases[c]!;
    const off = offsets[c]!;
    if (w === 0) continue;
    if (w === 8) {
      const out = new Float64Array(buf, off, count);
      for (let r = 0; r < count; r++) out[r] = rows[r * rowLength + c]!;
    } else if (w === 6) {
      const lo = new Uint32Array(buf, off, count);
      const hi = new Uint16Array(buf, off + 4 * count, count);
      for (let r = 0; r < count; r++) {
        const d = rows[r * rowLength + c]! - base;
        const h = Math.floor(d / TWO_32);
        hi[r] = h;
        lo[r] = d - h * TWO_32;
      }
    } else {
      const out = w === 1 ? new Uint8Array(buf, off, count) : w === 2 ? new Uint16Array(buf, off, count) : new Uint32Array(buf, off, count);
      for (let r = 0; r < count; r++) out[r] = rows[r * rowLength + c]! - base;
    }
  }
  return { count, runIndex: runIndex.slice(0, count), bases, widths, offsets, bytes };
}

/** Writes column `c` of a block into `out[to[first + r]]` for each row r (or `out[first + r]` without `to`). */
function unpackColumn(b: PackedBlock, c: number, out: Float64Array, first: number, to: Uint32Array | null): void {
  const w = b.widths[c]!;
  const base = b.bases[c]!;
  const n = b.count;
  const buf = b.bytes.buffer;
  const off = b.bytes.byteOffset + b.offsets[c]!;
  const put = (r: number, v: number): void => {
    out[to ? to[first + r]! : first + r] = v;
  };
  if (w === 0) for (let r = 0; r < n; r++) put(r, base);
  else if (w === 8) {
    const d = new Float64Array(buf, off, n);
    for (let r = 0; r < n; r++) put(r, d[r]!);
  } else if (w === 6) {
    const lo = new Uint32Array(buf, off, n);
    const hi = new Uint16Array(buf, off + 4 * n, n);
    for (let r = 0; r < n; r++) put(r, base + hi[r]! * TWO_32 + lo[r]!);
  } else {
    const d = w === 1 ? new Uint8Array(buf, off, n) : w === 2 ? new Uint16Array(buf, off, n) : new Uint32Array(buf, off, n);
    for (let r = 0; r < n; r++) put(r, base + d[r]!);
  }
}

/** Unpacks row `r` of a block into `out` at `at`. */
function unpackRow(b: PackedBlock, r: number, out: Float64Array, at: number, rowLength: number): void {
  const n = b.count;
  const buf = b.bytes.buffer;
  const dv = new DataView(buf, b.bytes.byteOffset, b.bytes.byteLength);
  for (let c = 0; c < rowLength; c++) {
    const w = b.widths[c]!;
    const base = b.bases[c]!;
    const off = b.offsets[c]!;
    let v: number;
    if (w === 0) v = base;
    else if (w === 8) v = dv.getFloat64(off + 8 * r, true);
    else if (w === 6) v = base + dv.getUint16(off + 4 * n + 2 * r, true) * TWO_32 + dv.getUint32(off + 4 * r, true);
    else if (w === 4) v = base + dv.getUint32(off + 4 * r, true);
    else if (w === 2) v = base + dv.getUint16(off + 2 * r, true);
    else v = base + dv.getUint8(off + r);
    out[at + c] = v;
  }
}

/** Per-run rows of fixed length, packed in blocks; see the file comment. */
export class RunTable {
  readonly rowLength: number;
  private readonly runs: number;
  private readonly blockRows: number;
  private blocks: PackedBlock[] = [];
  /** Storage position where each block starts; the pending rows start at `sealedRows`. */
  private starts: number[] = [];
  private sealedRows = 0;
  private pending: Float64Array;
  private pendingIdx: Uint32Array;
  private pendingCount = 0;
  /** order[k]: storage position of the k-th run in run-index order; rank is its inverse. Null when stale. */
  private orderCache: { order: Uint32Array; rank: Uint32Array } | null = null;

  /**
   * @param rowLength numbers per row
   * @param runs run indices are 0 … runs − 1 (at most 2^24)
   * @param blockRows rows per packed block
   */
  constructor(rowLength: number, runs: number, blockRows = BLOCK_ROWS) {
    if (!(runs <= KEY)) throw new Error(`at most ${KEY} runs can be kept, not ${runs}`);
    this.rowLength = rowLength;
    this.runs = runs;
    this.blockRows = Math.max(1, Math.min(blockRows, runs));
    this.pending = new Float64Array(this.blockRows * rowLength);
    this.pendingIdx = new Uint32Array(this.blockRows);
  }

  /** Rows held. */
  get count(): number {
    return this.sealedRows + this.pendingCount;
  }

  /**
   * Room for the row of run `runIndex`: fill `buffer` from `at` to `at + rowLength` before the next call.
   * @throws Error when there would be more rows than runs
   */
  append(runIndex: number): { buffer: Float64Array; at: number } {
    if (this.count >= this.runs) throw new Error(`more rows than the ${this.runs} runs`);
    const last = this.pendingCount > 0 ? this.pendingIdx[this.pendingCount - 1] : this.blocks.at(-1)?.runIndex.at(-1);
    if (runIndex === last) throw new Error(`run ${runIndex} was added twice`);
    if (this.pendingCount === this.blockRows) this.seal();
    this.orderCache = null;
    this.pendingIdx[this.pendingCount] = runIndex;
    return { buffer: this.pending, at: this.pendingCount++ * this.rowLength };
  }

  /** Packs the pending rows into a block. */
  private seal(): void {
    if (this.pendingCount === 0) return;
    this.pushBlock(packBlock(this.pending, this.pendingIdx, this.pendingCount, this.rowLength));
    this.pendingCount = 0;
  }

  private pushBlock(b: PackedBlock): void {
    if (b.count === 0) return;
    this.starts.push(this.sealedRows);
    this.blocks.push(b);
    this.sealedRows += b.count;
  }

  /**
   * Takes the blocks of another table's data (sealed blocks are shared, not copied).
   * @throws Error when the row lengths differ or there would be more rows than runs
   */
  adopt(data: RunTableData): void {
    if (data.rowLength !== this.rowLength) throw new Error('merging run tables of different row lengths');
    const rows = data.blocks.reduce((n, b) => n + b.count, 0);
    if (this.count + rows > this.runs) throw new Error(`more rows than the ${this.runs} runs`);
    // pending rows are sealed first so that storage positions stay blocks-then-pending
    this.seal();
    for (const b of data.blocks) this.pushBlock(b);
    this.orderCache = null;
  }

  /** The table as plain data: the pending rows are sealed; the blocks are this table's own (not copies). */
  toData(): RunTableData {
    this.seal();
    return { rowLength: this.rowLength, blocks: [...this.blocks] };
  }

  /** Bytes held by the rows (packed blocks and the pending buffer), for estimates and tests. */
  byteSize(): number {
    let n = this.pending.byteLength + this.pendingIdx.byteLength;
    for (const b of this.blocks) n += b.bytes.byteLength + b.runIndex.byteLength + b.bases.byteLength + b.widths.byteLength + b.offsets.byteLength;
    return n;
  }

  /**
   * The storage order by run index, computed once after each change.
   * @throws Error when a run index appears twice
   */
  private ordered(): { order: Uint32Array; rank: Uint32Array } {
    if (this.orderCache) return this.orderCache;
    const n = this.count;
    const keys = new Float64Array(n);
    let p = 0;
    for (const b of this.blocks) for (let r = 0; r < b.count; r++, p++) keys[p] = b.runIndex[r]! * KEY + p;
    for (let r = 0; r < this.pendingCount; r++, p++) keys[p] = this.pendingIdx[r]! * KEY + p;
    keys.sort();
    const order = new Uint32Array(n);
    const rank = new Uint32Array(n);
    let last = -1;
    for (let k = 0; k < n; k++) {
      const key = keys[k]!;
      const run = Math.floor(key / KEY);
      if (run === last) throw new Error(`run ${run} was added twice`);
      last = run;
      const pos = key - run * KEY;
      order[k] = pos;
      rank[pos] = k;
    }
    this.orderCache = { order, rank };
    return this.orderCache;
  }

  /** Fails when a run index appears twice (merges call it to fail early). */
  check(): void {
    this.ordered();
  }

  /** Run indices in ascending order. */
  runIndices(): Float64Array {
    const { order } = this.ordered();
    const out = new Float64Array(order.length);
    for (let k = 0; k < order.length; k++) out[k] = this.runAt(order[k]!);
    return out;
  }

  private runAt(pos: number): number {
    if (pos >= this.sealedRows) return this.pendingIdx[pos - this.sealedRows]!;
    const b = this.blockAt(pos);
    return this.blocks[b]!.runIndex[pos - this.starts[b]!]!;
  }

  /** The block holding storage position `pos` (< sealedRows), by binary search. */
  private blockAt(pos: number): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Column `c` of every row, in run-index order. */
  column(c: number): Float64Array {
    if (!(c >= 0 && c < this.rowLength)) throw new Error(`column ${c} outside 0 … ${this.rowLength - 1}`);
    const { rank } = this.ordered();
    const out = new Float64Array(this.count);
    this.blocks.forEach((b, i) => unpackColumn(b, c, out, this.starts[i]!, rank));
    const L = this.rowLength;
    for (let r = 0; r < this.pendingCount; r++) out[rank[this.sealedRows + r]!] = this.pending[r * L + c]!;
    return out;
  }

  /** Rows `from` … `to` − 1 in run-index order, row-major (`rowLength` numbers each). */
  rows(from: number, to: number): Float64Array {
    const { order } = this.ordered();
    const L = this.rowLength;
    const out = new Float64Array(Math.max(0, to - from) * L);
    for (let k = from; k < to; k++) {
      const pos = order[k]!;
      if (pos >= this.sealedRows) out.set(this.pending.subarray((pos - this.sealedRows) * L, (pos - this.sealedRows + 1) * L), (k - from) * L);
      else {
        const b = this.blockAt(pos);
        unpackRow(this.blocks[b]!, pos - this.starts[b]!, out, (k - from) * L, L);
      }
    }
    return out;
  }
}
