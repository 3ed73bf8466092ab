/**
 * Issue 16 in the page: a scenario too large for a browser tab is refused before it runs, with the estimate, the
 * limit and what to do, and the results on screen stay (the same estimate `quansim run` checks).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateMemory } from '../../src/scenario/estimateMemory';
import { loadScenario } from '../../src/scenario/loadScenario';
import { openPage, startHarness, waitForRun, type Harness } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const stateHash = (state: object) => `#s=j${Buffer.from(JSON.stringify(state)).toString('base64url')}`;

/** The default scenario with its population inline, scaled to 1,000,000 firms of 1000 contracts of 1万 each. */
function hugeScenario(): string {
  const scenario = readFileSync('scenarios/hangzhou-2024.yaml', 'utf8');
  const population = readFileSync('scenarios/populations/hangzhou-ai-firms.yaml', 'utf8');
  const block = population.slice(population.indexOf('\npopulation:') + 1)
    .replace('firms: {law: poisson, mean: 300}', 'firms: {law: fixed, n: 1000000}')
    .replace(/count: \{law: poisson, mean: [\d.]+, min: 1\}/g, 'count: {law: fixed, n: 1000}')
    // small amounts, so that the sums stay within 2^53 fen and memory is the only limit met
    .replace(/amount: \{law: lognormal[^}]*\{[^}]*\}\}/g, 'amount: {law: constant, value: 1万}');
  return scenario.replace(/^populationFile: .*$/m, block).replace('id: hangzhou-2024', 'id: huge');
}

describe('the page and memory', () => {
  it('refuses a population too large for the tab before running, and keeps the results on screen', async () => {
    const text = hugeScenario();
    const files = new Map([['policies/hangzhou-2024.yaml', readFileSync('scenarios/policies/hangzhou-2024.yaml', 'utf8')]]);
    const expected = estimateMemory(loadScenario(text, 'huge.yaml', (p) => files.get(p)!), 1);
    expect(expected.totalBytes / 1048576).toBeGreaterThan(2048);

    const t = await openPage(h, stateHash({ lang: 'en', slots: [{ source: { kind: 'builtin', file: 'scenarios/hangzhou-2024.yaml' }, edits: [] }], runs: 200, seed: null, layout: 'side' }));
    const { page } = t;
    await waitForRun(page);
    const chartsBefore = await page.locator('[data-chart]').count();
    expect(chartsBefore).toBeGreaterThan(3);
    await page.setInputFiles('[data-testid="yaml-file"]', { name: 'huge.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    const box = page.locator('[data-testid="run-failed"]');
    await box.waitFor({ timeout: 30_000 });
    const message = await box.innerText();
    expect(message).toMatch(/^Not run: the simulation would need about [\d,]+ MB of memory, above the page's limit of 2048 MB \(about 1,000,000 firms and [\d,]+ applications a run, \d+ threads\)/);
    expect(message).toContain('--max-memory');
    // nothing ran, and the previous results are still drawn
    expect(await page.getAttribute('[data-run-state]', 'data-run-state')).not.toBe('running');
    expect(await page.locator('[data-chart]').count()).toBe(chartsBefore);
    expect(t.problems).toEqual([]);
    await t.context.close();
  });
});
