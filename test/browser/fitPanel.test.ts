/**
 * The page's "fit from applications" card, in Debian's chromium against the built page: a CSV picked in the
 * browser is fitted there, its population replaces the main scenario's and runs; the share link holds the
 * fitted population and none of the rows; a bad file gets its problems inline with line and column.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
