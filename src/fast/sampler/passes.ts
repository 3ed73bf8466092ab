/**
 * The passes of a sample after the firms: the amounts, the counts of draws, the days, and the last pass that
 * writes each application at its place in the order by day (drawAndSort, or writeAlike when every plan draws
 * alike and some applications may stay as draws).
 */
import { UniformBlock } from '../draws/UniformBlock';
import { zigguratFill, zigguratNormalFrom } from '../draws/zigguratBlock';
import type { Day } from '../../time/day';
import { lognormalAmountFen } from '../../population/amountSampler';
import type { PopulationBuffers, PopulationScratch } from './PopulationBuffers';
import {
  AMOUNT_CONSTANT, AMOUNT_LOGNORMAL, contractFenOf, executedBpOf, executedFenOf, kindMetaOf, type SamplerPlan,
} from './samplerPlan';

// Imported functions called in hot loops, read once into module constants (docs/performance.md, "Imported
// functions in hot loops").
const normalFrom = zigguratNormalFrom;
const amountFen = lognormalAmountFen;

/**
 * How many applications of this run draw a lognormal amount, an executed share and a contract kind, into
 * `work.draws` (LOGNORMAL_DRAWS, EXECUTED_DRAWS, KIND_DRAWS), from the applications per voucher plan.
 */
export function countDraws(p: SamplerPlan, work: SampleWork): void {
  const draws = work.draws;
  draws.fill(0);
  for (let id = 0; id < p.vouchers.length; id++) {
    const voucherPlan = p.vouchers[id]!;
    const k = voucherPlan.apps;
    if (voucherPlan.amountMode === AMOUNT_LOGNORMAL) draws[LOGNORMAL_DRAWS]! += k;
    if (voucherPlan.executedBp < 0) draws[EXECUTED_DRAWS]! += k;
    if (voucherPlan.kindDraws) draws[KIND_DRAWS]! += k;
  }
}

/**
 * Per-sampler work space: the normal draws of the lognormal amounts; `draws`, how many applications of the run
 * draw a lognormal amount, an executed share and a contract kind; `tail`, the draws of the executed shares,
 * contract kinds and days.
 */
export interface SampleWork {
  normals: Float64Array;
  draws: Int32Array;
  tail: Float64Array;
}

/** Indexes of `SampleWork.draws`. */
const LOGNORMAL_DRAWS = 0;
export const EXECUTED_DRAWS = 1;
export const KIND_DRAWS = 2;

/**
 * The amounts' draws, after the firms': the first normals of the lognormal amounts in one loop, then, next in the
 * stream, the normals drawn again (a lognormal outside its bounds) or the amounts of other laws. Returns whether
 * the amounts are written (`contractFen`); when not, each follows from its normal alone and the last pass
 * computes it.
 */
export function drawAmountDraws(p: SamplerPlan, b: UniformBlock, s: PopulationScratch, n: number, work: SampleWork): boolean {
  const m = work.draws[LOGNORMAL_DRAWS]!;
  if (work.normals.length < m) work.normals = new Float64Array(Math.max(m, 2 * work.normals.length));
  b.pos = zigguratFill(b, work.normals, m);
  const amountsDone = !p.amountsFromNormals;
  if (amountsDone) drawAmounts(p, b, s, n, work.normals);
  else if (!allWithin(work.normals, m, p.zLo, p.zHi)) redrawOutside(p, b, s, n, work.normals);
  return amountsDone;
}

/** Whether every one of the first `m` normals lies within [lo, hi]. */
function allWithin(normals: Float64Array, m: number, lo: number, hi: number): boolean {
  for (let j = 0; j < m; j++) {
    const z = normals[j]!;
    if (z < lo || z > hi) return false;
  }
  return true;
}

/**
 * Replaces each lognormal amount's normal that falls outside its plan's bounds by fresh draws until one falls
 * inside, in application order: the draws `drawAmounts` would make when every amount is constant or lognormal.
 */
export function redrawOutside(p: SamplerPlan, b: UniformBlock, s: PopulationScratch, n: number, normals: Float64Array): void {
  const planMeta = s.planMeta;
  const { planLognormal, planZLo, planZHi } = p;
  let j = 0;
  for (let a = 0; a < n; a++) {
    const id = planMeta[a]! & 0xffff;
    if (planLognormal[id] === 0) continue;
    const lo = planZLo[id]!;
    const hi = planZHi[id]!;
    let z = normals[j]!;
    while (z < lo || z > hi) z = normalFrom(b);
    normals[j++] = z;
  }
}

/**
 * Each application's amount (fen) into `contractFen`, when some are drawn by other laws after the normals. The lognormal
 * amounts' first normal draws came first, one per such application in order (`normals`); a draw outside its
 * application's bounds is replaced by fresh draws until one falls inside (rejection: exact whatever the order,
 * since the draws are independent); then the other laws draw in application order.
 */
export function drawAmounts(p: SamplerPlan, b: UniformBlock, s: PopulationScratch, n: number, normals: Float64Array): void {
  const { planMeta, contractFen } = s;
  const plans = p.vouchers;
  let j = 0;
  for (let a = 0; a < n; a++) {
    const voucherPlan = plans[planMeta[a]! & 0xffff]!;
    const mode = voucherPlan.amountMode;
    if (mode === AMOUNT_LOGNORMAL) {
      const ln = voucherPlan.lognormal;
      let z = normals[j++]!;
      while (z < ln.zLo || z > ln.zHi) z = normalFrom(b);
      contractFen[a] = amountFen(ln, z);
    } else contractFen[a] = mode === AMOUNT_CONSTANT ? voucherPlan.constantFen : voucherPlan.amount(b.rng);
  }
}

// Each pass below is one loop and nothing after it (docs/performance.md, "Loops entered once per run"). Their
// alias draws decide the coin by arithmetic (`aliasDrawBranchless`): exact for the multiples of 2^-32 that Alea
// draws, and no branch on a coin toss.

/**
 * Each application's day of the year into `doy` from the day draws `tail[from…from+n−1]`, the number of
 * applications per day into `dayCount[d + 1]`, and the applications split into `order` (see PopulationScratch):
 * those of days up to `last` from the front, the others from the back. Returns how many are up to `last`. The
 * split takes no branch: each application is written at both ends and the end it belongs to moves on (where
 * they meet, the last application is written twice in the same slot). A branch on its day would be mispredicted
 * for most applications of the part it rarely takes; the deferred writing and refusals then read the list instead of
 * testing every application's day (docs/performance.md, "Sampler: the day split").
 * Two loops, flat days or alias table, so that the flat one tests no flag per draw (docs/performance.md,
 * makePopulationSampler.ts).
 */
export function drawDays(p: SamplerPlan, s: PopulationScratch, n: number, tail: Float64Array, from: number, days: number, last: number): number {
  const { doy, dayCount, order } = s;
  const { n: dN, threshold, alias } = p.dayTable;
  dayCount.fill(0, 0, days + 1);
  let front = 0;
  let back = n - 1;
  if (p.dayFlat) {
    for (let a = 0; a < n; a++) {
      const d = (tail[from + a]! * dN) | 0;
      doy[a] = d;
      dayCount[d + 1]!++;
      const after = (last - d) >>> 31; // 1 when d > last (both below 2^31)
      order[front] = a;
      order[back] = a;
      front += 1 - after;
      back -= after;
    }
  } else {
    for (let a = 0; a < n; a++) {
      const x = tail[from + a]! * dN;
      const i = x | 0;
      const al = alias[i]!;
      const d = i + (al - i) * Math.floor(x - i - threshold[i]! + 1); // aliasDrawBranchless
      doy[a] = d;
      dayCount[d + 1]!++;
      const after = (last - d) >>> 31;
      order[front] = a;
      order[back] = a;
      front += 1 - after;
      back -= after;
    }
  }
  return front;
}

/** Turns the counts per day (`dayCount[d + 1]`) into each day's first slot in the sorted order (`dayCount[d]`). */
export function dayStarts(dayCount: Int32Array, days: number): void {
  for (let d = 1; d <= days; d++) dayCount[d]! += dayCount[d - 1]!;
}

/**
 * The last pass: each application's amount (from its normal, unless `amountsDone`), executed share and compute
 * (category, self-controlled) pair, written with the rest at its place in the order by day (a counting sort:
 * stable, so generation order within a day, which is already random because firms are exchangeable).
 *
 * The executed shares' draws are `tail[0…nExecuted−1]` (one per application with a beta share, in application
 * order) and the contract kinds' draws follow (one per compute application with more than one kind); each part is
 * read with its own cursor.
 */
export function drawAndSort(p: SamplerPlan, out: PopulationBuffers, s: PopulationScratch, n: number, work: SampleWork, amountsDone: boolean, start: Day): void {
  const { firm, planMeta, doy, contractFen, dayCount: next } = s;
  const { appFirm, appVoucher, appDay, appContractFen, appExecutedFen, appCategory, appFlags } = out;
  const { tail, normals } = work;
  const plans = p.vouchers;
  let e = 0;
  let k = work.draws[EXECUTED_DRAWS]!;
  let j = 0;
  for (let a = 0; a < n; a++) {
    const packed = planMeta[a]!;
    const voucherPlan = plans[packed & 0xffff]!;
    let contract: number;
    if (amountsDone) contract = contractFen[a]!;
    else if (voucherPlan.amountMode === AMOUNT_LOGNORMAL) contract = amountFen(voucherPlan.lognormal, normals[j++]!);
    else contract = voucherPlan.constantFen;
    const bp = executedBpOf(voucherPlan, tail, e);
    if (voucherPlan.executedBp < 0) e++;
    const meta = (packed >>> 16) | kindMetaOf(voucherPlan, tail, k);
    if (voucherPlan.kindDraws) k++;
    const d = doy[a]!;
    const pos = next[d]!++;
    appFirm[pos] = firm[a]!;
    appVoucher[pos] = meta & 3;
    appDay[pos] = start + d;
    appContractFen[pos] = contract;
    appExecutedFen[pos] = executedFenOf(contract, bp);
    appCategory[pos] = ((meta >> 2) & 3) - 1;
    appFlags[pos] = meta >> 4;
  }
}

/**
 * drawAndSort when every voucher plan draws alike (`canDefer`), for the applications `order[from…to−1]` (see
 * drawDays: those up to the last day, front to back, or the others, back to front when `backward`; either way in
 * generation order, which the sort keeps within a day). An application's draws are at its own index (its normal
 * at `a`, its executed share at `tail[a]`, its kind at `tail[kindFrom + a]`), so the others are not read.
 */
export function writeAlike(
  p: SamplerPlan, out: PopulationBuffers, s: PopulationScratch, work: SampleWork, start: Day, from: number, to: number, backward: boolean,
): void {
  const { firm, planMeta, doy, dayCount: next, order } = s;
  const { appFirm, appVoucher, appDay, appContractFen, appExecutedFen, appCategory, appFlags } = out;
  const { tail, normals } = work;
  const plans = p.vouchers;
  const kindFrom = work.draws[EXECUTED_DRAWS]!;
  for (let i = from; i < to; i++) {
    const a = order[backward ? to - 1 - (i - from) : i]!;
    const d = doy[a]!;
    const packed = planMeta[a]!;
    const voucherPlan = plans[packed & 0xffff]!;
    const contract = contractFenOf(voucherPlan, normals, a);
    const meta = (packed >>> 16) | kindMetaOf(voucherPlan, tail, kindFrom + a);
    const pos = next[d]!++;
    appFirm[pos] = firm[a]!;
    appVoucher[pos] = meta & 3;
    appDay[pos] = start + d;
    appContractFen[pos] = contract;
    appExecutedFen[pos] = executedFenOf(contract, executedBpOf(voucherPlan, tail, a));
    appCategory[pos] = ((meta >> 2) & 3) - 1;
    appFlags[pos] = meta >> 4;
  }
}

