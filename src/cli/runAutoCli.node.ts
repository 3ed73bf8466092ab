import type { Io } from './io';
import type { AccumulatorSet } from '../engine/accumulators';
import type { Lang } from '../i18n/Bilingual';
import { cliWords } from '../i18n/cliWords';
import type { Scenario } from '../scenario/model';
import { summarize } from '../stats/summarize';
import type { Convergence, Summary } from '../stats/Summary';
import { withCliSimulator } from './cliSimulator.node.js';
import { runUntilStable } from '../analysis/runUntilStable';
import type { Tolerance } from '../analysis/Tolerance';

/**
 * `quansim run --runs auto`: runUntilStable on worker threads with a line on stderr after each batch, then the
 * summary of the runs kept with its `convergence` record.
 * @returns null when cancelled with Ctrl-C (the exit code is then 130)
 */
export async function runAutoCli(
  scenario: Scenario,
  io: Io,
  opts: { workers?: number; tolerance: Tolerance; batch: number; maxRuns: number; lang: Lang },
): Promise<{ summary: Summary; acc: AccumulatorSet } | null> {
  let out: { summary: Summary; acc: AccumulatorSet } | null = null;
  await withCliSimulator(io, opts.workers, opts.lang, async (sim) => {
    sim.label(scenario.id);
    const r = await runUntilStable(scenario, sim.simulate, {
      tolerance: opts.tolerance,
      batch: opts.batch,
      maxRuns: opts.maxRuns,
      onBatch: (c) => io.err(batchLine(c, opts.lang)),
    });
    out = { summary: { ...summarize(r.scenario, r.acc.years), convergence: r.convergence }, acc: r.acc };
  });
  return out;
}

/** "runs 1,500: 2 of 4 figures outside tolerance". */
function batchLine(c: Convergence, lang: Lang): string {
  const outside = c.checks.filter((k) => k.status === 'outside').length;
  const counted = c.checks.filter((k) => k.status !== 'not-applicable').length;
  const runs = c.runs.toLocaleString('en-US');
  return `${cliWords.autoBatch(runs, String(outside), String(counted))[lang]}\n`;
}
