/**
 * Booking one application in the reference ledger: what each scheme was asked for (the request, evaluated with
 * unlimited pools) and what it paid, then the application's groups and its month.
 *
 * The rules of the record (src/record/RunRecord.ts): a scheme's request counts when positive; paid in full is
 * "funded", part is "partial" (the rest "scaled"), nothing is "refused". The pool's exhaustion day is the pay day of
 * the first request it could not pay in full for lack of money. A firm reaches a scheme's cap when a payment brings
 * what counts against the cap (compile.ts capUsed; for a cap per contract, the payment) up to it.
 */
import { allocateSplit } from '../money/allocateSplit';
import { capUsed, CAP_PER_CONTRACT } from '../policy/compile';
import { BOUND_POOL, type EvalOut } from '../policy/evaluate';
import type { GroupDim } from '../record/RunRecord';
import { monthOf } from '../time/day';
import { groupKey, groupLedger, receivedOf, type FirmLedger, type Ledger } from './referenceLedger';
import { NONE_OF_THE_DISTRICTS, type ReferenceApp, type ReferenceYear } from './referenceYear';
import { COMPUTE_CATEGORIES, VOUCHERS } from '../vocabulary';

/** The grant schemes of voucher `v`, in RuleSet order. */
export function grantsOf(year: ReferenceYear, v: number): number[] {
  const c = year.rules;
  return Array.from(c.grantList.subarray(c.grantStart[v]!, c.grantStart[v + 1]!));
}

/** The top-up schemes concerning voucher `v`. */
export function topUpsOf(year: ReferenceYear, v: number): number[] {
  const c = year.rules;
  return Array.from(c.topUpList.subarray(c.topUpStart[v]!, c.topUpStart[v + 1]!));
}

/**
 * Books application `app`: `request` is its evaluation with unlimited pools, `payment` what the schemes paid (`paid`,
 * and `bound` BOUND_POOL where a pool cut a scheme short), on day of the year `payDay`. `grantsShortOfPool`: the
 * caller decided the chosen grant's payment from its pool, so any shortfall of a grant is for lack of pool.
 *
 * With fallback a grant that was not chosen may pay part of what the chosen one could not: that part of the
 * request moves to the grant that paid it, so that a request (and unmet demand) is counted once.
 */
export function bookApplication(
  year: ReferenceYear, ledger: Ledger, app: ReferenceApp, request: EvalOut, payment: EvalOut, payDay: number, grantsShortOfPool: boolean,
): void {
  const grants = grantsOf(year, app.input.voucher);
  let movedAway = 0;
  for (const s of grants) movedAway += Math.max(0, payment.paid[s]! - request.paid[s]!);
  let requested = 0;
  let paid = 0;
  let basis = 0;
  for (const s of grants) {
    const asked = request.paid[s]!;
    const got = payment.paid[s]!;
    if (asked === 0 && got === 0) continue;
    requested += asked;
    paid += got;
    if (got > 0) basis = request.basis[s]!;
    let booked = asked;
    if (got > asked) booked = got;
    else if (got < asked && movedAway > 0) {
      const moved = Math.min(movedAway, asked - got);
      booked -= moved;
      movedAway -= moved;
    }
    bookScheme(year, ledger, app.firm, s, booked, got, payDay, grantsShortOfPool || payment.bound[s] === BOUND_POOL, request.capFen[s]!);
  }
  for (const t of topUpsOf(year, app.input.voucher)) {
    const asked = request.paid[t]!;
    const got = payment.paid[t]!;
    if (asked === 0 && got === 0) continue;
    requested += asked;
    paid += got;
    bookScheme(year, ledger, app.firm, t, Math.max(asked, got), got, payDay, payment.bound[t] === BOUND_POOL, request.capFen[t]!);
  }
  bookGroups(year, ledger, app, requested, paid, basis);
}

/**
 * Scheme s asked for `requested` and paid `paid` to firm `firm` on day `payDay`; `capFen` is the scheme's cap for
 * this application (-1: none), `shortOfPool` whether a shortfall was for lack of pool.
 */
function bookScheme(
  year: ReferenceYear, ledger: Ledger, firm: number, s: number, requested: number, paid: number, payDay: number,
  shortOfPool: boolean, capFen: number,
): void {
  const scheme = ledger.schemes[s]!;
  const firmLedger = ledger.firms[firm]!;
  const own = firmLedger.schemes[s]!;
  scheme.requestedFen += requested;
  scheme.paidFen += paid;
  if (requested > 0) {
    scheme.appsRequested += 1;
    if (paid >= requested) scheme.appsFunded += 1;
    else {
      if (paid > 0) {
        scheme.appsPartial += 1;
        scheme.scaledFen += requested - paid;
      } else {
        scheme.appsRefused += 1;
        scheme.refusedFen += requested;
      }
      if (shortOfPool && scheme.exhaustionDay === null) scheme.exhaustionDay = payDay;
    }
  }
  own.requestedFen += requested;
  if (paid > 0) {
    own.receivedFen += paid;
    scheme.poolLeft -= paid;
    scheme.paidByDay[payDay]! += paid;
    bookLevels(year, ledger, s, paid);
    if (capFen >= 0 && countedAgainstCap(year, firmLedger, s, paid) >= capFen) own.reachedCap = true;
  }
}

/** What counts against scheme s's cap once `paid` is booked: the payment for a cap per contract, else capUsed. */
function countedAgainstCap(year: ReferenceYear, firm: FirmLedger, s: number, paid: number): number {
  const c = year.rules;
  return c.capBasis[s] === CAP_PER_CONTRACT ? paid : capUsed(c, s, receivedOf(firm), 0);
}

/** Splits one payment of scheme s between the levels that fund it (its funding shares; allocateSplit's remainders). */
function bookLevels(year: ReferenceYear, ledger: Ledger, s: number, paid: number): void {
  const bp = year.rules.fundingBp;
  const [province, city, district] = allocateSplit(paid, [bp[3 * s]!, bp[3 * s + 1]!, bp[3 * s + 2]!]);
  ledger.byLevel.province += province!;
  ledger.byLevel.city += city!;
  ledger.byLevel.district += district!;
}

/** The group values application `app` of a firm of tier `tier` belongs to: tier, voucher, district, category. */
function groupsOf(year: ReferenceYear, app: ReferenceApp, tier: number): [GroupDim, string][] {
  const { input } = app;
  const groups: [GroupDim, string][] = [
    ['tier', year.shape.groups.tier[tier]!],
    ['voucher', VOUCHERS[input.voucher]!],
    ['district', input.district >= 0 ? year.rules.districts[input.district]! : NONE_OF_THE_DISTRICTS],
  ];
  if (input.category >= 0) groups.push(['category', COMPUTE_CATEGORIES[input.category]!]);
  return groups;
}

/**
 * The application's totals (`requested`, `paid`, the `basis` of the grant that paid) go to each of its groups; the
 * firm notes where it applied, requested and was paid; unmet demand goes to the month (and tier) of arrival.
 */
function bookGroups(year: ReferenceYear, ledger: Ledger, app: ReferenceApp, requested: number, paid: number, basis: number): void {
  const firm = ledger.firms[app.firm]!;
  const tier = firm.facts.tier;
  const refused = paid < requested && paid === 0 ? requested : 0;
  const scaled = paid < requested && paid > 0 ? requested - paid : 0;
  for (const [dim, value] of groupsOf(year, app, tier)) {
    const g = groupLedger(ledger, dim, value);
    g.apps += 1;
    g.contractFen += app.input.contractFen;
    g.basisFen += basis;
    g.requestedFen += requested;
    g.paidFen += paid;
    g.refusedFen += refused;
    g.scaledFen += scaled;
    if (dim === 'voucher' || dim === 'category') {
      const key = groupKey(dim, value);
      firm.appliedIn.add(key);
      if (requested > 0) firm.requestedIn.add(key);
      if (paid > 0) firm.paidIn.add(key);
    }
  }
  firm.applied = true;
  if (paid >= requested) return;
  const month = monthOf(year.start + app.dayOfYear) - 1;
  const unmet = ledger.unmetByMonth[month]!;
  const unmetOfTier = ledger.unmetByMonthTier[month]![tier]!;
  unmet.refusedFen += refused;
  unmet.scaledFen += scaled;
  unmetOfTier.refusedFen += refused;
  unmetOfTier.scaledFen += scaled;
  if (paid === 0) unmet.appsRefused += 1;
}
