/**
 * The year's end: the group cells spread over the groups (foldCells), and the per-firm figures (finishYear): firms
 * funded, partly funded, refused and at a cap, by scheme and by group, counted once per firm.
 */
import type { RunRecord } from '../../record/RunRecord';
import type { EngineContext, YearPlan } from './EngineContext';
import {
  APPLIED, AT_CAP, CELL_GROUP_FIELD, CELL_STRIDE, GROUP_STRIDE, G_FIRMS, G_FIRMS_AT_CAP, G_FIRMS_REFUSED, SCHEME_STRIDE,
  S_APPS_FUNDED, S_APPS_PARTIAL, S_APPS_REFUSED, S_APPS_REQUESTED, S_FIRMS_AT_CAP, S_FIRMS_FUNDED, S_FIRMS_PARTIAL,
  S_FIRMS_REFUSED, S_FIRMS_REQUESTED, S_PAID, S_REFUSED, S_REQUESTED, S_SCALED,
} from './layout';

/** Adds every non-empty cell of the year to the groups of its tier, voucher, district and category. */
export function foldCells(plan: YearPlan, rec: RunRecord): void {
  const cells = plan.cells;
  const g = rec.group;
  const nD = plan.districtValues;
  for (let tier = 0, k = 0; tier < plan.tiers; tier++) {
    for (let voucher = 0; voucher < 3; voucher++) {
      for (let cat = -1; cat < 3; cat++) {
        for (let d = 0; d < nD; d++, k += CELL_STRIDE) {
          if (cells[k] === 0) continue;
          addCell(g, plan.tierOff + tier * GROUP_STRIDE, cells, k);
          addCell(g, plan.voucherOff + voucher * GROUP_STRIDE, cells, k);
          addCell(g, plan.districtOff + d * GROUP_STRIDE, cells, k);
          if (cat >= 0) addCell(g, plan.categoryOff + cat * GROUP_STRIDE, cells, k);
        }
      }
    }
  }
}

function addCell(g: Float64Array, at: number, cells: Float64Array, k: number): void {
  for (let f = 0; f < CELL_STRIDE; f++) g[at + CELL_GROUP_FIELD[f]!]! += cells[k + f]!;
}

/**
 * Per-firm figures at year end: firms funded/partial/refused and at cap, per scheme and per group. A firm's group
 * figures depend only on its tier and district, and on where it applied, requested and was paid and whether it
 * reached a cap (its bits): countFirms counts the firms by those (ctx.kindCount, plan.placeCount) and by outcome
 * per scheme (ctx.schemeFirms), and addFirms adds each count where it belongs once instead of each firm to
 * several figures.
 */
export function finishYear(ctx: EngineContext, plan: YearPlan, rec: RunRecord): void {
  const nF = ctx.pop.firmCount;
  if (rec.firmPaid.length < nF) {
    const n = Math.max(nF, Math.ceil(rec.firmPaid.length * 1.5));
    rec.firmPaid = new Float64Array(n);
    rec.firmRequested = new Float64Array(n);
    rec.firmTier = new Uint16Array(n);
  }
  const counted = countFirms(ctx, plan, rec);
  const nKinds = counted % KINDS;
  rec.firmCount = (counted - nKinds) / KINDS;
  addFirms(plan, rec, ctx.kindCount, ctx.kinds, nKinds);
  addSchemeFirms(rec.scheme, ctx.schemeFirms);
  addSchemeRefusals(rec.scheme);
}

/**
 * What each scheme refused: every request is funded in full, scaled down or refused (booking never pays more than
 * a scheme's request, `bookApplication`), so the fen refused are those requested and neither paid nor scaled down,
 * and the applications refused those that requested and were neither funded nor scaled down. Sums of whole fen,
 * exact below 2^53; worked out once rather than added per refusal, most applications once a pool is empty.
 */
function addSchemeRefusals(sch: Float64Array): void {
  for (let base = 0; base < sch.length; base += SCHEME_STRIDE) {
    sch[base + S_REFUSED] = sch[base + S_REQUESTED]! - sch[base + S_PAID]! - sch[base + S_SCALED]!;
    sch[base + S_APPS_REFUSED] = sch[base + S_APPS_REQUESTED]! - sch[base + S_APPS_FUNDED]! - sch[base + S_APPS_PARTIAL]!;
  }
}

/** More than the firm kinds countFirms can count (13 bits). */
const KINDS = 1 << 14;

/**
 * The per-firm loop of finishYear: the counts by scheme and outcome, by place and outcome and by kind, and the
 * firms paid something listed in the record. Each firm adds 1 to one count of each (the figures follow from the
 * counts in addFirms and addSchemeFirms), fewer writes than adding to each figure per firm. Returns firms listed ×
 * KINDS + kinds counted, worked out in the loop, so that nothing follows the loop (docs/performance.md, "Loops
 * entered once per run").
 */
function countFirms(ctx: EngineContext, plan: YearPlan, rec: RunRecord): number {
  const nF = ctx.pop.firmCount;
  const nS = ctx.nS;
  const { districtValues, noDistrict, placeCount } = plan;
  const { firmBits, firmReq, received, atCap, kindCount, kinds, schemeFirms } = ctx;
  const { firmTier: popTier, firmDistrict } = ctx.pop;
  const { firmPaid, firmRequested, firmTier } = rec;
  let nKinds = 0;
  let k = 0;
  let counted = 0;
  for (let f = 0; f < nF; f++) {
    const bits = firmBits[f]!;
    if ((bits & APPLIED) === 0) continue;
    let paid = 0;
    let req = 0;
    for (let s = 0, i = f * nS; s < nS; s++, i++) {
      const r = firmReq[i]!;
      const pd = received[i]!;
      paid += pd;
      req += r;
      // a firm reaches a cap only where it requested something (and was paid)
      if (r > 0) schemeFirms[(s << 3) | ((pd >= r ? 1 : pd > 0 ? 2 : 3) << 1) | atCap[i]!]!++;
    }
    const cap = (bits & AT_CAP) !== 0 ? 1 : 0;
    const unpaid = paid > 0 ? 0 : 1;
    const refused = req > 0 ? unpaid : 0;
    const tier = popTier[f]!;
    const d = firmDistrict[f]!;
    placeCount[((tier * districtValues + (d >= 0 ? d : noDistrict)) << 3) | (unpaid << 2) | (refused << 1) | cap]!++;
    // refused in a category or voucher group: requested something there (amounts are ≥ 0), paid nothing there
    const kind = (bits & 63) | ((((bits >> 8) & ~(bits >> 16)) & 63) << 6) | (cap << 12);
    const seen = kindCount[kind]!;
    kindCount[kind] = seen + 1;
    if (seen === 0) kinds[nKinds++] = kind;
    // the firms paid something are listed; the others, most firms once a pool is empty, are only counted by tier
    // (addFirms) instead of listed for the accumulator's histograms
    if (unpaid === 0) {
      firmPaid[k] = paid;
      firmRequested[k] = req;
      firmTier[k] = tier;
      k++;
    }
    counted = k * KINDS + nKinds;
  }
  return counted;
}

/**
 * Adds the firms counted by finishYear to the record: by tier and district, the firms paid nothing by tier
 * (rec.unpaidFirms), and by category and voucher (from the firm kinds `kinds[0 … nKinds)`); clears the counts.
 */
function addFirms(plan: YearPlan, rec: RunRecord, kindCount: Int32Array, kinds: Int32Array, nKinds: number): void {
  const { placeCount, districtValues, tierOff, districtOff, categoryOff, voucherOff } = plan;
  const { group: g, unpaidFirms } = rec;
  for (let p = 0, place = 0; p < placeCount.length; p += 8, place++) {
    let n = 0;
    let refused = 0;
    let atCap = 0;
    const tier = Math.floor(place / districtValues);
    for (let outcome = 0; outcome < 8; outcome++) {
      const count = placeCount[p + outcome]!;
      if (count === 0) continue;
      n += count;
      if (outcome & 2) refused += count;
      if (outcome & 1) atCap += count;
      if (outcome & 4) {
        unpaidFirms[tier * 2]! += count;
        if (outcome & 2) unpaidFirms[tier * 2 + 1]! += count;
      }
    }
    if (n === 0) continue;
    placeCount.fill(0, p, p + 8);
    addFirm(g, tierOff + tier * GROUP_STRIDE, n, refused, atCap);
    addFirm(g, districtOff + (place - tier * districtValues) * GROUP_STRIDE, n, refused, atCap);
  }
  for (let q = 0; q < nKinds; q++) {
    const kind = kinds[q]!;
    const n = kindCount[kind]!;
    kindCount[kind] = 0;
    const cap = kind >> 12;
    for (let j = 0; j < 6; j++) {
      if ((kind & (1 << j)) === 0) continue;
      const at = j < 3 ? categoryOff + j * GROUP_STRIDE : voucherOff + (j - 3) * GROUP_STRIDE;
      addFirm(g, at, n, n * ((kind >> (6 + j)) & 1), n * cap);
    }
  }
}

/** Adds the firms counted by scheme and outcome (EngineContext.schemeFirms) to each scheme's figures; clears the counts. */
function addSchemeFirms(sch: Float64Array, schemeFirms: Int32Array): void {
  for (let s = 0; s < schemeFirms.length >> 3; s++) {
    const base = s * SCHEME_STRIDE;
    for (let q = 0; q < 8; q++) {
      const n = schemeFirms[(s << 3) | q]!;
      if (n === 0) continue;
      const outcome = q >> 1;
      sch[base + S_FIRMS_REQUESTED]! += n;
      if (outcome === 1) sch[base + S_FIRMS_FUNDED]! += n;
      else if (outcome === 2) sch[base + S_FIRMS_PARTIAL]! += n;
      else if (outcome === 3) sch[base + S_FIRMS_REFUSED]! += n;
      if (q & 1) sch[base + S_FIRMS_AT_CAP]! += n;
    }
  }
  schemeFirms.fill(0);
}

/** `n` firms to the group at `at`, of which `refused` were refused and `atCap` reached a cap. */
function addFirm(g: Float64Array, at: number, n: number, refused: number, atCap: number): void {
  g[at + G_FIRMS]! += n;
  g[at + G_FIRMS_REFUSED]! += refused;
  g[at + G_FIRMS_AT_CAP]! += atCap;
}
