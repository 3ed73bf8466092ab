/**
 * First come, first served, one application at a time in the order of arrival (fcfs-partial, fcfs-strict).
 *
 * Each application is evaluated with unlimited pools: that is its request. Then:
 * - without `allocation.fallback`, only the chosen grant (从优就高不重复) may pay, what its pool allows: all of it when
 *   the pool has enough; otherwise what is left (partial) or nothing (strict); the top-ups then match what the
 *   grant actually pays, within their own pools (evaluateTopUps);
 * - with fallback, the application is evaluated again against what is left of the pools, so that when the chosen
 *   grant's pool cannot pay, the rules may choose another scheme that still has money.
 */
import { evaluate, evaluateTopUps, makeEvalOut, POOL_IGNORE, POOL_PARTIAL, POOL_STRICT, type EvalOut } from '../policy/evaluate';
import { bookApplication } from './referenceBooking';
import { poolsLeft, receivedOf, type Ledger } from './referenceLedger';
import type { ReferenceApp, ReferenceYear } from './referenceYear';

/** Books the year's applications, first come first served. */
export function runFcfs(year: ReferenceYear, ledger: Ledger, apps: readonly ReferenceApp[]): void {
  const c = year.rules;
  const strict = year.scenario.allocation.mechanism === 'fcfs-strict';
  const mode = strict ? POOL_STRICT : POOL_PARTIAL;
  for (const app of apps) {
    const firm = ledger.firms[app.firm]!;
    const request = makeEvalOut(c);
    evaluate(c, app.input, receivedOf(firm), 0, null, POOL_IGNORE, request);
    const payment = makeEvalOut(c);
    if (year.scenario.allocation.fallback) {
      evaluate(c, app.input, receivedOf(firm), 0, poolsLeft(ledger), mode, payment);
      bookApplication(year, ledger, app, request, payment, app.dayOfYear, false);
    } else {
      const chosenPaid = chosenGrantPays(ledger, request, strict);
      evaluateTopUps(c, app.input, request.chosen, chosenPaid, receivedOf(firm), 0, poolsLeft(ledger), mode, payment);
      bookApplication(year, ledger, app, request, payment, app.dayOfYear, true);
    }
  }
}

/** What the chosen grant of `request` pays from what is left of its pool (0 when no grant was chosen). */
function chosenGrantPays(ledger: Ledger, request: EvalOut, strict: boolean): number {
  if (request.chosen < 0) return 0;
  const asked = request.paid[request.chosen]!;
  const left = ledger.schemes[request.chosen]!.poolLeft;
  if (asked <= left) return asked;
  return strict ? 0 : left;
}
