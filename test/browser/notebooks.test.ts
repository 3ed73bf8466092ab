/**
 * The research notebooks (notebooks/*.html) as CI runs them: built with their Vite config, served on 127.0.0.1
 * and executed in Debian's chromium, each to the end. A notebook fails on any cell error, any name defined by two
 * cells, any console error, uncaught exception, failed or off-site request, or when it does not reach its answer.
 * Also: the notebooks and their helpers import quansim through its public API only and nothing from a CDN.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, SHOTS, startHarness, type Harness } from './harness';

const CONFIG = 'notebooks/vite.config.ts';
const NOTEBOOKS = readdirSync('notebooks').filter((f) => f.endsWith('.html') && f !== 'template.html').sort();
/** The notebooks that answer a question (the index only lists them). */
const ANALYSES = NOTEBOOKS.filter((f) => f !== 'index.html');

let h: Harness;
beforeAll(async () => {
  const started = Date.now();
  await build({ configFile: CONFIG, logLevel: 'warn' });
  console.log(`notebooks built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  h = await startHarness(CONFIG);
});
afterAll(async () => { await h?.close(); });

interface NotebookApi {
  idle(): Promise<boolean>;
  duplicates(): string[];
}

/** Waits until every cell has settled (the template's quansimNotebook.idle(), polled). */
async function waitForNotebook(page: Page, timeout = 110_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const idle = await page.evaluate(async () => {
      const nb = (window as unknown as { quansimNotebook?: NotebookApi }).quansimNotebook;
      return nb ? nb.idle() : false;
    });
    if (idle) return Date.now() - started;
    if (Date.now() - started > timeout) throw new Error(`the notebook did not finish in ${timeout / 1000} s`);
    await page.waitForTimeout(250);
  }
}

/** Cell errors (the inspector's error displays) and names defined by more than one cell. */
async function cellProblems(page: Page): Promise<string[]> {
  const errors = await page.locator('.observablehq--error').allInnerTexts();
  const duplicates = await page.evaluate(() => (window as unknown as { quansimNotebook: NotebookApi }).quansimNotebook.duplicates());
  return [...errors.map((e) => `cell error: ${e}`), ...duplicates.map((d) => `defined by more than one cell: ${d}`)];
}

/** Each drawn chart: its marks and the text of its title. */
async function charts(page: Page): Promise<Array<{ marks: number; title: string }>> {
  return page.$$eval('.qs-chart', (divs) => divs.map((d) => ({
    marks: d.querySelectorAll('svg .role-mark > *').length,
    title: d.querySelector('svg .role-title-text')?.textContent ?? '',
  })));
}

describe('the notebooks', () => {
  it('import quansim through its public API only, and nothing from a CDN', () => {
    const lib = readdirSync('notebooks/lib').map((f) => `notebooks/lib/${f}`);
    const files = [...NOTEBOOKS.map((f) => `notebooks/${f}`), 'notebooks/template.html', ...lib];
    expect(ANALYSES.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
      for (const s of specifiers) {
        expect(s, `${file} imports ${s}`).not.toMatch(/^(npm:|jsr:|https?:)/);
        if (s.includes('src/')) expect(s, `${file} imports ${s}`).toMatch(/^(\.\.\/)+src\/index$/);
      }
    }
  });

  for (const file of NOTEBOOKS) {
    it(`${file} runs every cell to the end, offline, without an error`, async () => {
      const t = await openPage(h, file);
      const { page } = t;
      const ms = await waitForNotebook(page);
      console.log(`${file}: finished in ${(ms / 1000).toFixed(1)} s`);
      const name = file.replace(/\.html$/, '');
      await page.screenshot({ path: `${SHOTS}/notebook-${name}-1440x900.png` });
      await page.screenshot({ path: `${SHOTS}/notebook-${name}-full.png`, fullPage: true });
      expect(await cellProblems(page)).toEqual([]);
      expect(await page.locator('[data-progress="running"]').count()).toBe(0);
      if (ANALYSES.includes(file)) {
        // It ends with its answer, computed, in both languages.
        const answer = page.locator('[data-answer]');
        await expect(answer.count()).resolves.toBe(1);
        const zh = await answer.locator('[lang="zh"]').innerText();
        const en = await answer.locator('[lang="en"]').innerText();
        expect(zh).toMatch(/[\u4e00-\u9fff].*\d/);
        expect(en).toMatch(/[a-z].*\d/);
        // Every chart is drawn, with marks and a title.
        const drawn = await charts(page);
        expect(drawn.length).toBeGreaterThanOrEqual(2);
        for (const c of drawn) {
          expect(c.marks, `chart "${c.title}" has marks`).toBeGreaterThan(0);
          expect(c.title).not.toBe('');
        }
      }
      await t.context.close();
      expect(t.problems).toEqual([]);
    });
  }

  it('city-vs-province redraws its charts and tables in English without simulating again', async () => {
    const t = await openPage(h, 'city-vs-province.html');
    const { page } = t;
    await waitForNotebook(page);
    const progress = await page.locator('[data-progress]').first().innerText();
    const answer = await page.locator('[data-answer]').innerText();
    expect((await charts(page)).map((c) => c.title).join(' ')).toContain('实际补助率');
    await page.selectOption('[data-testid="lang"]', 'en');
    await waitForNotebook(page);
    const titles = (await charts(page)).map((c) => c.title).join(' ');
    expect(titles).toContain('Effective subsidy rate');
    expect(titles).not.toContain('实际补助率');
    expect(await page.locator('table.qs th').first().innerText()).toBe('Tier');
    // The simulation cell did not run again (its note keeps its time), and the answer is the same.
    expect(await page.locator('[data-progress]').first().innerText()).toBe(progress);
    expect(await page.locator('[data-answer]').innerText()).toBe(answer);
    expect(await cellProblems(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/notebook-city-vs-province-en-full.png`, fullPage: true });
    await t.context.close();
    expect(t.problems).toEqual([]);
  });
});
