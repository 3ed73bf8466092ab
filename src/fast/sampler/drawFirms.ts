/**
 * The first pass of a sample: the firms (kind, copula, vouchers sought, number of contracts) and their
 * applications' firm and voucher plan, in generation order.
 */
import { makeNormalCdfGrid, uniformBelowNormalCdf } from '../draws/normalCdfGrid';
import { UniformBlock } from '../draws/UniformBlock';
import { zigguratNormalFrom } from '../draws/zigguratBlock';
import { ensureScratchCapacity, type PopulationBuffers } from './PopulationBuffers';
import { COUNT_FIXED, COUNT_TABLE, type SamplerPlan } from './samplerPlan';

// Imported functions called in hot loops, read once into module constants (docs/performance.md, "Imported
// functions in hot loops").
const normalFrom = zigguratNormalFrom;
const belowPhi = uniformBelowNormalCdf;

/** Φ on a grid, shared by every sampler (read-only). */
const PHI = makeNormalCdfGrid();

/**
 * Applications drawFirms writes for a firm's voucher whatever its count (room for them is kept past the last):
 * four, written one by one there (change both together).
 */
const UNROLLED = 4;

/**
 * Draws the firms (written in place) and their applications' firm and voucher plan | meta << 16 (voucher | flags << 4)
 * into the scratch arrays, in generation order, and counts the applications of each voucher plan into
 * each plan's `apps`; returns the number of applications. The passes are module-level functions, each optimised on
 * its own (docs/performance.md, makePopulationSampler.ts). The block is read with a local position (see
 * `UniformBlock.refill`), stored back in `b.pos` after each firm (not after the loop: passes.ts, "Each pass below is one loop")
 * and around the calls that read the block themselves.
 *
 * Longer than 80 lines on purpose: the firm's kind, its copula factor, the vouchers it seeks and their counts are
 * drawn in the order the stream fixes, and each step reads and moves the block's position held in a local; split
 * into functions, each would have to take the position and give it back.
 */
// eslint-disable-next-line max-lines-per-function -- one loop over the firms, with the block's position in a local
export function drawFirms(p: SamplerPlan, b: UniformBlock, out: PopulationBuffers, nF: number): number {
  const firmTier = out.firmTier;
  const firmFlags = out.firmFlags;
  const firmDistrict = out.firmDistrict;
  let s = out.scratch;
  let cap = s.firm.length;
  let n = 0;
  for (const voucherPlan of p.vouchers) voucherPlan.apps = 0;
  const { firmKinds, kindTier, kindFlags, kindDistrict } = p;
  const manyKinds = firmKinds.cdf.length > 1;
  const u = b.u;
  let q = b.pos;
  let len = b.len;
  // With one kind of firm, its attributes are read and written once, not per firm.
  let t = kindTier[0]!;
  let flags = kindFlags[0]!;
  let district = kindDistrict[0]!;
  if (!manyKinds) {
    firmTier.fill(t, 0, nF);
    firmFlags.fill(flags, 0, nF);
    firmDistrict.fill(district, 0, nF);
  }
  for (let f = 0; f < nF; f++) {
    if (manyKinds) {
      if (q === len) {
        b.refill();
        q = 0;
        len = b.len;
      }
      const x = u[q++]!;
      let kind = firmKinds.guide[(x * firmKinds.cells) | 0]!;
      if (kind < 0) {
        kind = ~kind;
        while (x >= firmKinds.cdf[kind]!) kind++;
      }
      t = kindTier[kind]!;
      flags = kindFlags[kind]!;
      district = kindDistrict[kind]!;
      firmTier[f] = t;
      firmFlags[f] = flags;
      firmDistrict[f] = district;
    }

    const plan = p.tiers[t]!;
    const copula = plan.copula;
    let common = 0;
    if (copula) {
      b.pos = q;
      common = plan.loadCommon * normalFrom(b);
      q = b.pos;
      len = b.len;
    }
    const vouchers = plan.vouchers;
    for (let v = 0; v < vouchers.length; v++) {
      const voucherPlan = vouchers[v]!;
      if (voucherPlan.p < 1) {
        if (copula && !(plan.loadOwn > 0)) {
          if (!(common < voucherPlan.threshold)) continue;
        } else {
          if (q === len) {
            b.refill();
            q = 0;
            len = b.len;
          }
          const x = u[q++]!;
          // copula: z = √ρ·c + √(1−ρ)·Φ⁻¹(u) < t  ⇔  u < Φ((t − √ρ·c)/√(1−ρ)), decided on a table of Φ
          if (copula ? !belowPhi(PHI, x, (voucherPlan.threshold - common) / plan.loadOwn) : !(x < voucherPlan.p)) continue;
        }
      }
      let k: number;
      if (voucherPlan.countMode === COUNT_TABLE) {
        if (q === len) {
          b.refill();
          q = 0;
          len = b.len;
        }
        const x = u[q++]!;
        const ct = voucherPlan.countTable;
        k = ct.guide[(x * ct.cells) | 0]!;
        if (k < 0) {
          k = ~k;
          while (x >= ct.cdf[k]!) k++;
        }
        k += ct.offset;
      } else if (voucherPlan.countMode === COUNT_FIXED) k = voucherPlan.fixedCount;
      else {
        b.pos = q;
        k = voucherPlan.count(b.rng);
        q = b.pos;
        len = b.len;
      }
      if (k === 0) continue;
      if (n + k + UNROLLED > cap) {
        ensureScratchCapacity(out, n + k + UNROLLED, n);
        s = out.scratch;
        cap = s.firm.length;
      }
      const { firm, planMeta } = s;
      const id = voucherPlan.id;
      const packed = id | ((voucherPlan.voucher | (flags << 4)) << 16);
      voucherPlan.apps += k;
      // The first UNROLLED slots are written whatever k (those past k are overwritten by the next applications or
      // lie past the last): a loop of k turns would end at a random count, a mispredicted branch for many firms
      // (docs/performance.md, "Sampler: unrolled writes").
      firm[n] = f;
      firm[n + 1] = f;
      firm[n + 2] = f;
      firm[n + 3] = f;
      planMeta[n] = packed;
      planMeta[n + 1] = packed;
      planMeta[n + 2] = packed;
      planMeta[n + 3] = packed;
      for (let j = n + UNROLLED, end = n + k; j < end; j++) {
        firm[j] = f;
        planMeta[j] = packed;
      }
      n += k;
    }
    b.pos = q;
  }
  return n;
}
