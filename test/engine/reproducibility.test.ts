/**
 * Same seed → identical output; another seed → different; 1 worker vs 2 → byte-identical summary.json.
 */
import { describe, expect, it } from 'vitest';
import { simulateAcc as simulate } from '../helpers/simulateAcc';
import { summarize } from '../../src/stats/summarize';
import { summaryJson } from '../../src/output/summaryJson';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import type { Scenario } from '../../src/scenario/model';

async function json(scenario: Scenario, workers: number, threads = false): Promise<string> {
  const acc = await simulate(scenario, { workers, threads });
  return summaryJson(summarize(scenario, acc.years));
}

describe('reproducibility of the default scenario', () => {
  const base = loadScenarioFile('scenarios/hangzhou-2024.yaml');
  const scenario: Scenario = { ...base, runs: 60 };

  it('gives the same summary.json for the same seed, and a different one for another seed', async () => {
    const a = await json(scenario, 1);
    const b = await json(scenario, 1);
    const c = await json({ ...scenario, seed: `${scenario.seed}-other` }, 1);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(JSON.parse(a).runs).toBe(60);
  });

  it('gives a byte-identical summary.json on 1 and on 2 workers', async () => {
    const one = await json(scenario, 1);
    const two = await json(scenario, 2);
    expect(two).toBe(one);
  });

  it('gives the same summary.json in this thread, on one worker thread and on three (results merged from their data)', async () => {
    const here = await json(scenario, 1);
    expect(await json(scenario, 1, true)).toBe(here);
    expect(await json(scenario, 3)).toBe(here);
  });

  it('gives a byte-identical summary.json on 1 and 2 workers for a lottery (allocation draws)', async () => {
    const lottery: Scenario = { ...scenario, allocation: { mechanism: 'lottery', period: 'month', priority: [], fallback: false } };
    expect(await json(lottery, 2)).toBe(await json(lottery, 1));
  });
});
