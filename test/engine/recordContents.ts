/** A run-year's RunRecord as plain arrays, for the engine tests that compare two ways of booking the same run. */
import type { EngineContext } from '../../src/fast/engine/EngineContext';
import type { RunRecord } from '../../src/record/RunRecord';
import { runYear } from '../../src/fast/engine/runYear';
import { makeStream } from '../../src/random/makeStream';

/** Everything a RunRecord holds, as plain arrays (firm arrays cut to the firms of the run). */
export function contents(r: RunRecord): Record<string, number[]> {
  return {
    scheme: [...r.scheme],
    dailyPaid: [...r.dailyPaid],
    byLevel: [...r.byLevel],
    group: [...r.group],
    monthly: [...r.monthly],
    monthlyTier: [...r.monthlyTier],
    firmPaid: [...r.firmPaid.subarray(0, r.firmCount)],
    firmRequested: [...r.firmRequested.subarray(0, r.firmCount)],
    firmTier: [...r.firmTier.subarray(0, r.firmCount)],
    unpaidFirms: [...r.unpaidFirms],
    counts: [r.firmCount, r.applications],
  };
}

/** Runs the first year of `ctx`'s scenario for run `run` of seed `seed` and returns what it booked. */
export function runOf(ctx: EngineContext, seed: number, run: number): Record<string, number[]> {
  const year = ctx.years[0]!.year;
  return contents(runYear(ctx, 0, makeStream(seed, run, year), makeStream(seed, run, year, 'alloc')));
}
