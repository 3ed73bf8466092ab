/**
 * The firms and applications of one run-year, as struct-of-arrays buffers that are reused from run to run:
 * `makePopulationSampler(...).sample(rng, buffers)` overwrites them, growing an array (geometrically, doubling)
 * only when a run needs more room, so that nothing is allocated per firm or per application.
 *
 * Firms are 0…firmCount−1; applications 0…appCount−1 are sorted by day (generation order within a day).
 * Arrays are longer than the counts: read only up to the counts.
 */
export interface PopulationBuffers {
  firmCount: number;
  /** Index of the firm's tier in `PopulationModel.tiers`. */
  firmTier: Uint16Array;
  /** FLAG_FOUNDATION_MODEL | FLAG_SME (src/policy/compile.ts). */
  firmFlags: Uint8Array;
  /** Index in the sampler's `districts` (the districts the rules name); −1 = in none of them. */
  firmDistrict: Int16Array;

  appCount: number;
  /**
   * How many applications are written in these arrays, in day order: all `appCount`, unless the sampler left the
   * days after a given day as draws (`PopulationSampler.sample`'s `lastDay`, `DeferredDraws`).
   */
  appWritten: number;
  appFirm: Uint32Array;
  /** 0 compute, 1 corpus, 2 model (the order of VOUCHERS). */
  appVoucher: Uint8Array;
  /** Absolute Day (src/time/day.ts), non-decreasing. */
  appDay: Int32Array;
  /** 合同费用 in fen. */
  appContractFen: Float64Array;
  /** 合同实际执行金额 in fen, at most the contract. */
  appExecutedFen: Float64Array;
  /** 0 maas, 1 domestic, 2 other (COMPUTE_CATEGORIES); −1 for corpus and model. */
  appCategory: Int8Array;
  /** The firm's flags | FLAG_SELF_CONTROLLED when this contract buys self-controlled compute. */
  appFlags: Uint8Array;

  /** Scratch space of the sampler (applications in generation order, before the sort by day). */
  scratch: PopulationScratch;
}

/**
 * Applications in generation order, in as few arrays as the sort can read: `doy` is the day of the year
 * (0 = 1 January), `executedBp` the executed share; `planMeta` packs the sampler's voucher plan of the application
 * (its tier and voucher, low 16 bits) and its meta << 16, meta being voucher | (category + 1) << 2 | flags << 4
 * (one array rather than two: one typed-array access less per application; docs/performance.md, PopulationBuffers.ts).
 */
export interface PopulationScratch {
  firm: Uint32Array;
  planMeta: Uint32Array;
  doy: Uint16Array;
  contractFen: Float64Array;
  executedBp: Uint16Array;
  /** Applications per day of the year, then the next free slot of each day during the sort. */
  dayCount: Int32Array;
  /**
   * The applications split by day for the sampler's deferred writing: those up to its last day written from the
   * front, in generation order, the others from the back (the first of them at the end).
   */
  order: Uint32Array;
}

/**
 * Empty buffers with room for `firms` firms and `apps` applications; the sampler grows them as needed.
 *
 * @param firms initial firm capacity (default 1,024)
 * @param apps initial application capacity (default 4,096)
 * @example const pop = makePopulationBuffers(); sampler.sample(rng, pop); pop.appCount
 */
export function makePopulationBuffers(firms = 1024, apps = 4096): PopulationBuffers {
  const f = Math.max(1, Math.ceil(firms));
  const a = Math.max(1, Math.ceil(apps));
  return {
    firmCount: 0,
    firmTier: new Uint16Array(f),
    firmFlags: new Uint8Array(f),
    firmDistrict: new Int16Array(f),
    appCount: 0,
    appWritten: 0,
    appFirm: new Uint32Array(a),
    appVoucher: new Uint8Array(a),
    appDay: new Int32Array(a),
    appContractFen: new Float64Array(a),
    appExecutedFen: new Float64Array(a),
    appCategory: new Int8Array(a),
    appFlags: new Uint8Array(a),
    scratch: {
      firm: new Uint32Array(a),
      planMeta: new Uint32Array(a),
      doy: new Uint16Array(a),
      contractFen: new Float64Array(a),
      executedBp: new Uint16Array(a),
      dayCount: new Int32Array(367),
      order: new Uint32Array(a),
    },
  };
}

/** Makes room for `n` firms (contents are not kept: firms are written after this call). */
export function ensureFirmCapacity(b: PopulationBuffers, n: number): void {
  if (n <= b.firmTier.length) return;
  const cap = grow(b.firmTier.length, n);
  b.firmTier = new Uint16Array(cap);
  b.firmFlags = new Uint8Array(cap);
  b.firmDistrict = new Int16Array(cap);
}

/** Makes room for `n` applications in the scratch arrays, keeping the first `used` (generation is under way). */
export function ensureScratchCapacity(b: PopulationBuffers, n: number, used: number): void {
  const s = b.scratch;
  if (n <= s.firm.length) return;
  const cap = grow(s.firm.length, n);
  s.firm = copyInto(new Uint32Array(cap), s.firm, used);
  s.planMeta = copyInto(new Uint32Array(cap), s.planMeta, used);
  s.doy = copyInto(new Uint16Array(cap), s.doy, used);
  s.contractFen = copyInto(new Float64Array(cap), s.contractFen, used);
  s.executedBp = copyInto(new Uint16Array(cap), s.executedBp, used);
  s.order = new Uint32Array(cap); // written after the applications are drawn
}

/** Makes room for `n` sorted applications (contents are not kept: the sort writes them afterwards). */
export function ensureAppCapacity(b: PopulationBuffers, n: number): void {
  if (n <= b.appFirm.length) return;
  const cap = grow(b.appFirm.length, n);
  b.appFirm = new Uint32Array(cap);
  b.appVoucher = new Uint8Array(cap);
  b.appDay = new Int32Array(cap);
  b.appContractFen = new Float64Array(cap);
  b.appExecutedFen = new Float64Array(cap);
  b.appCategory = new Int8Array(cap);
  b.appFlags = new Uint8Array(cap);
}

function grow(current: number, needed: number): number {
  let cap = Math.max(1, current);
  while (cap < needed) cap *= 2;
  return cap;
}

function copyInto<T extends Uint32Array | Uint16Array | Uint8Array | Float64Array>(to: T, from: T, used: number): T {
  to.set(from.subarray(0, used) as never);
  return to;
}
