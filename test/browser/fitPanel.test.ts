/**
 * The page's "fit from applications" card, in Debian's chromium against the built page: a CSV picked in the
 * browser is fitted there, its population replaces the main scenario's and runs; the share link holds the
 * fitted population and none of the rows; a bad file gets its problems inline with line and column.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtest } from '../../src/analysis/backtest';
import { parsePayments } from '../../src/data/parsePayments';
import { runRange } from '../../src/engine/runRange';
import { backtestData } from '../../src/output/formatBacktestText';
import { loadScenario } from '../../src/scenario/loadScenario';
import { summarize } from '../../src/stats/summarize';
import { resampleFileText, resamplingPopulation } from '../../src/web/populationText';
import { decodeState } from '../../src/web/urlState';
import { finishedRuns, openPage, SHOTS, startHarness, waitForNextRun, waitForRun, type Harness } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const hash = (state: object): string => `#s=j${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
const start = hash({ lang: 'en', slots: [{ source: { kind: 'builtin', file: 'scenarios/hangzhou-2024.yaml' }, edits: [] }], runs: 200, seed: null, layout: 'side' });

describe('fit from applications on the page', () => {
  it('fits a dropped CSV in the browser, runs on the fitted firms, and shares the population, never the rows', async () => {
    const t = await openPage(h, start);
    const { page } = t;
    await waitForRun(page);
    expect(await page.locator('[data-testid="fit-privacy"]').innerText()).toMatch(/never uploaded/);
    const before = await finishedRuns(page);
    await page.setInputFiles('[data-testid="fit-file"]', {
      name: 'applications.csv', mimeType: 'text/csv', buffer: readFileSync('data/synthetic/applications.csv'),
    });
    await waitForNextRun(page, before);
    await page.locator('[data-testid="fit-result"] p').waitFor();
    expect(await page.locator('[data-testid="fit-result"] p').innerText()).toMatch(/Fitted to applications\.csv \(2766 applications/);
    await page.waitForSelector('[data-testid="fit-amounts"] svg');
    await page.waitForFunction(() => location.hash.length > 10);
    const { state } = await decodeState(await page.evaluate(() => location.hash));
    const source = state!.slots[0]!.source;
    expect(source.kind).toBe('text');
    const text = source.kind === 'text' ? source.text : '';
    expect(text).toMatch(/^population:/m);
    expect(text).not.toMatch(/populationFile:/);
    expect(text).not.toMatch(/F202\d-\d+/); // no firm id of the rows
    await page.screenshot({ path: `${SHOTS}/page-fit.png`, fullPage: true });
    await t.context.close();
    expect(t.problems).toEqual([]);
  });

  it('resamples past firm-years, runs on them, and backtests a payments file as quansim backtest does', async () => {
    const t = await openPage(h, start);
    const { page } = t;
    await waitForRun(page);
    const before = await finishedRuns(page);
    await page.check('[data-testid="fit-mode-resample"]');
    const csv = readFileSync('data/synthetic/applications.csv', 'utf8');
    await page.setInputFiles('[data-testid="fit-file"]', { name: 'applications.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await waitForNextRun(page, before);
    expect(await page.locator('[data-testid="fit-summary"]').innerText()).toMatch(/^Now resampling applications\.csv \(2766 applications.*share link does not hold them/s);
    // the share link names the resample file; it holds none of the rows
    await page.waitForFunction(() => location.hash.length > 10);
    const { state } = await decodeState(await page.evaluate(() => location.hash));
    const source = state!.slots[0]!.source;
    const text = source.kind === 'text' ? source.text : '';
    expect(text).toMatch(/^populationFile: applications\.csv\.resample\.yaml$/m);
    expect(text).not.toMatch(/F202\d-\d+/);

    const paid = readFileSync('data/synthetic/paid-2024.csv', 'utf8');
    await page.setInputFiles('[data-testid="payments-file"]', { name: 'paid-2024.csv', mimeType: 'text/csv', buffer: Buffer.from(paid) });
    await page.waitForSelector('[data-testid="backtest-chart"] svg');
    const shownTitle = await page.locator('[data-testid="backtest-title"]').innerText();
    const shownSentence = await page.locator('[data-testid="backtest-sentence"]').first().innerText();
    const shownRows = await page.locator('[data-testid="backtest-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));

    // The same scenario, runs and seed in Node, as `quansim backtest` computes it: the page shows the same text.
    const files = new Map([
      ['applications.csv', csv],
      ['applications.csv.resample.yaml', resampleFileText('applications.csv')],
      ['policies/hangzhou-2024.yaml', readFileSync('scenarios/policies/hangzhou-2024.yaml', 'utf8')],
    ]);
    const scenarioText = resamplingPopulation(readFileSync('scenarios/hangzhou-2024.yaml', 'utf8'), 'applications.csv.resample.yaml');
    expect(text).toBe(scenarioText);
    const loaded = loadScenario(scenarioText, 'applications.csv (resampled)', (p) => files.get(p)!);
    const scenario = { ...loaded, runs: 200 };
    const acc = runRange(scenario, 0, 200);
    const bt = backtest(summarize(scenario, acc.years), acc.years, parsePayments(paid, 'paid-2024.csv'), 'paid-2024.csv');
    const expected = backtestData(bt, 'en', 'paid-2024.csv');
    expect(shownTitle).toBe(expected.title);
    expect(shownSentence).toBe(`${expected.parts[0]!.label}: ${expected.parts[0]!.sentence}`);
    expect(shownRows).toEqual(expected.parts[0]!.rows);
    expect(shownSentence).toMatch(/quantile of the runs/);
    await page.screenshot({ path: `${SHOTS}/page-resample-backtest.png`, fullPage: true });
    await page.locator('[data-testid="backtest-card"]').screenshot({ path: `${SHOTS}/page-backtest-card.png` });
    await t.context.close();
    expect(t.problems).toEqual([]);
  });

  it('shows every problem of a bad file inline, with its line and column, and fits nothing', async () => {
    const t = await openPage(h, start);
    const { page } = t;
    await waitForRun(page);
    await page.setInputFiles('[data-testid="fit-file"]', {
      name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('firm,date,voucher,contract\nA,2024-02-30,gpu,1万\n'),
    });
    const errors = page.locator('[data-testid="fit-result"] ul.error li');
    await errors.first().waitFor();
    const all = await errors.allInnerTexts();
    expect(all).toHaveLength(2);
    expect(all.join('\n')).toMatch(/bad\.csv:2:2/);
    expect(all.join('\n')).toMatch(/bad\.csv:2:3/);
    await t.context.close();
    expect(t.problems).toEqual([]);
  });
});
