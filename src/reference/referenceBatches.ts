/**
 * The batch mechanisms (batch-prorata, batch-ranked, lottery): the applications that arrive in a period (a month or
 * a quarter) are gathered and settled together on the period's last day.
 *
 * 1. Gather: each application of the batch, in the order of arrival, is evaluated with unlimited pools against what
 *    its firm received before the batch plus what the firm requested earlier in the batch (so that yearly caps
 *    hold across the batch): that is its request.
 * 2. Order: arrival order (batch-prorata); the scenario's priority, arrival order breaking ties (batch-ranked); or a
 *    random order, a Fisher–Yates shuffle from the run-year's allocation stream (lottery).
 * 3. Pay, in that order: the chosen grant pays its request, scaled by the batch's pro-rata rate for its scheme
 *    (batch-prorata: what is left ÷ what the batch's chosen grants of the scheme request, rounded down to a basis
 *    point; 100% for the others), within what is left of its pool; the top-ups match what the grant pays, within
 *    their own pools (evaluateTopUps, partial).
 */
import { batchEnds } from '../allocation/batchPeriods';
import { compilePriority, type PriorityFacts } from '../allocation/priority';
import { proRataRate } from '../allocation/proRataRate';
import { BP_ONE } from '../money/fen';
import { applyRatio } from '../money/applyRatio';
import { KIND_GRANT } from '../policy/compile';
import { evaluate, evaluateTopUps, makeEvalOut, POOL_IGNORE, POOL_PARTIAL, type EvalOut } from '../policy/evaluate';
import type { Rng } from '../random/Rng';
import { bookApplication } from './referenceBooking';
import { poolsLeft, receivedOf, type Ledger } from './referenceLedger';
import type { ReferenceApp, ReferenceYear } from './referenceYear';

/** An application of a batch with its request. */
interface Gathered {
  app: ReferenceApp;
  request: EvalOut;
  /** Position in the batch's order of arrival. */
  order: number;
}

/** Books the year's applications batch by batch; `allocRng` is the run-year's allocation stream (lottery). */
export function runBatches(year: ReferenceYear, ledger: Ledger, apps: readonly ReferenceApp[], allocRng: Rng): void {
  let next = 0;
  for (const lastDay of batchEnds(year.scenario.allocation.period, year.days === 366)) {
    const batch: ReferenceApp[] = [];
    while (next < apps.length && apps[next]!.dayOfYear <= lastDay) batch.push(apps[next++]!);
    if (batch.length === 0) continue;
    const gathered = gather(year, ledger, batch);
    const rates = proRataRates(year, ledger, gathered);
    for (const g of payOrder(year, ledger, gathered, allocRng)) settle(year, ledger, g, rates, lastDay);
  }
}

/** Step 1: each application's request, against what its firm received plus what it requested earlier in the batch. */
function gather(year: ReferenceYear, ledger: Ledger, batch: readonly ReferenceApp[]): Gathered[] {
  const c = year.rules;
  const pending = new Map<number, Float64Array>();
  return batch.map((app, order) => {
    let firmPending = pending.get(app.firm);
    if (firmPending === undefined) {
      firmPending = receivedOf(ledger.firms[app.firm]!);
      pending.set(app.firm, firmPending);
    }
    const request = makeEvalOut(c);
    evaluate(c, app.input, firmPending, 0, null, POOL_IGNORE, request);
    for (let s = 0; s < c.schemeCount; s++) firmPending[s]! += request.paid[s]!;
    return { app, request, order };
  });
}

/** Step 2: the order in which the batch is paid. */
function payOrder(year: ReferenceYear, ledger: Ledger, gathered: Gathered[], allocRng: Rng): Gathered[] {
  const mechanism = year.scenario.allocation.mechanism;
  const order = [...gathered];
  if (mechanism === 'lottery') {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(allocRng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  } else if (mechanism === 'batch-ranked') {
    const scores = compilePriority(year.scenario.allocation.priority, year.shape.groups.tier);
    const facts = (g: Gathered): PriorityFacts => ({
      category: g.app.input.category,
      flags: g.app.input.flags,
      tier: ledger.firms[g.app.firm]!.facts.tier,
      requestFen: g.request.chosen >= 0 ? g.request.paid[g.request.chosen]! : 0,
      order: g.order,
    });
    order.sort((x, y) => {
      for (const score of scores) {
        const d = score(facts(x)) - score(facts(y));
        if (d !== 0) return d;
      }
      return 0;
    });
  }
  return order;
}

/** The pro-rata rate of each grant scheme for the batch (batch-prorata); 100% for every scheme otherwise. */
function proRataRates(year: ReferenceYear, ledger: Ledger, gathered: readonly Gathered[]): number[] {
  const c = year.rules;
  const rates = new Array<number>(c.schemeCount).fill(BP_ONE);
  if (year.scenario.allocation.mechanism !== 'batch-prorata') return rates;
  for (let s = 0; s < c.schemeCount; s++) {
    if (c.kind[s] !== KIND_GRANT) continue;
    let requested = 0;
    for (const g of gathered) if (g.request.chosen === s) requested += g.request.paid[s]!;
    rates[s] = proRataRate(ledger.schemes[s]!.poolLeft, requested);
  }
  return rates;
}

/** Step 3 for one application: its chosen grant and the top-ups that match it, paid on the batch's last day. */
function settle(year: ReferenceYear, ledger: Ledger, g: Gathered, rates: readonly number[], lastDay: number): void {
  const c = year.rules;
  const chosen = g.request.chosen;
  const chosenPaid = chosen < 0 ? 0 : Math.min(applyRatio(g.request.paid[chosen]!, rates[chosen]!), ledger.schemes[chosen]!.poolLeft);
  const payment = makeEvalOut(c);
  evaluateTopUps(c, g.app.input, chosen, chosenPaid, receivedOf(ledger.firms[g.app.firm]!), 0, poolsLeft(ledger), POOL_PARTIAL, payment);
  bookApplication(year, ledger, g.app, g.request, payment, lastDay, true);
}
