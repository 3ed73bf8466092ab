/**
 * The page as a person uses it, in Debian's chromium against the built page: open, run, charts, export,
 * edit, errors, share, language, cancel, and the numbers against the engine run in Node.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/stats/Summary';
import { nodeSummary } from './engine';
import { finishedRuns, openPage, SHOTS, startHarness, waitForNextRun, waitForRun, type Harness, type TestPage } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** A URL fragment holding a page state, as the page writes it (see src/web/urlState.ts). */
function stateHash(state: object): string {
  return `#s=j${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
}
const defaultState = (over: object = {}) => ({
  lang: 'zh', slots: [{ source: { kind: 'builtin', file: 'scenarios/hangzhou-2024.yaml' }, edits: [] }], runs: null, seed: null, layout: 'side', ...over,
});

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; d: Download }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8'), d };
}

async function pageSummary(page: Page, slot = 0): Promise<Summary> {
  const { text } = await downloaded(page, () => page.click(`[data-testid="summary-${slot}"]`));
  return JSON.parse(text) as Summary;
}

/** A full-page screenshot from the top (sticky parts are drawn where the page is scrolled to). */
async function fullShot(page: Page, path: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
}

async function done(t: TestPage): Promise<void> {
  await t.context.close();
  expect(t.problems).toEqual([]);
}

describe('the page', () => {
  it('opens on the default scenario, runs it at once, and draws every chart with marks', async () => {
    const t = await openPage(h);
    const { page } = t;
    await waitForRun(page);
    expect(await page.locator('[data-testid="head-0"] h2').innerText()).toContain('杭州');
    expect(await page.locator('[data-testid="scenario-pick"]').inputValue()).toBe('scenarios/hangzhou-2024.yaml');
    // with the assumptions: the conditions the document sets (hangzhou-2024 （三） supplier condition)
    expect(await page.locator('[data-testid="head-0"] [data-testid="document-notes"]').textContent()).toContain('符合杭州市规划布局的智算中心以及纳入算力撮合的合作伙伴');
    await page.waitForSelector('[data-chart-state="drawn"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-chart-state="pending"]').length === 0);
    const charts = await page.$$eval('[data-chart]', (cards) => cards.map((c) => ({
      id: c.getAttribute('data-chart'),
      marks: c.querySelectorAll('svg .role-mark > *').length,
      title: c.querySelector('svg .role-title-text')?.textContent ?? '',
      sentence: c.querySelector('svg .role-title-subtitle')?.textContent ?? '',
    })));
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const c of charts) {
      expect(c.marks, `${c.id} has marks`).toBeGreaterThan(0);
      expect(c.title, `${c.id} has a title`).not.toBe('');
      expect(c.sentence, `${c.id} has its sentence`).not.toBe('');
    }
    await page.screenshot({ path: `${SHOTS}/default-1440x900.png` });
    await fullShot(page, `${SHOTS}/default-1440-full.png`);
    await done(t);
  });

  it('exports a chart as SVG and PNG, a table as escaped CSV, and summary.json', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 300 })));
    const { page } = t;
    await waitForRun(page);
    await page.waitForSelector('[data-chart-state="drawn"]');
    const first = page.locator('[data-chart]').first();
    const svg = await downloaded(page, () => first.locator('[data-export="svg"]').click());
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.text).toMatch(/^<svg/);
    expect(svg.text).toContain('role-mark');
    const png = await downloaded(page, () => first.locator('[data-export="png"]').click());
    expect(png.name).toMatch(/\.png$/);
    expect(readFileSync(await png.d.path()).subarray(1, 4).toString()).toBe('PNG');
    const csv = await downloaded(page, () => page.click('[data-testid="csv-schemes"]'));
    expect(csv.text.split('\n')[0]).toMatch(/^# 情景：/);
    expect(csv.text.split('\n')[1]).toContain('项目');
    expect(csv.text.split('\n').length).toBeGreaterThan(1);
    const summary = await pageSummary(page);
    expect(summary.runs).toBe(300);
    expect(summary.scenario.id).toBe('hangzhou-2024');
    await done(t);
  });

  it('gives the same numbers as the engine run in Node for the same scenario, runs and seed', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 400, seed: 'cli-check' })));
    await waitForRun(t.page);
    const fromPage = await pageSummary(t.page);
    const fromNode = nodeSummary('scenarios/hangzhou-2024.yaml', 400, 'cli-check');
    expect(fromPage).toEqual(fromNode);
    await done(t);
  });

  it('moves the numbers when a ratio changes, and shows the edit in the CLI panel', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 300 })));
    const { page } = t;
    await waitForRun(page);
    const before = await pageSummary(page);
    const runs = await finishedRuns(page);
    const field = page.locator('[data-field="schemes.hangzhou-2024.compute.ratioScale"]');
    await field.fill('50%');
    await field.press('Enter');
    await waitForNextRun(page, runs);
    const after = await pageSummary(page);
    const paid = (s: Summary) => s.years[0]!.total.money.requested.mean.fen;
    expect(paid(after)).toBeLessThan(paid(before));
    expect(await page.locator('[data-testid="cli-0"]').innerText()).toContain('scenarios/hangzhou-2024-edited.yaml');
    const yaml = await downloaded(page, () => page.click('[data-testid="yaml-0"]'));
    expect(yaml.text).toMatch(/ratioScale: 50%/);
    await done(t);
  });

  it('shows an invalid field\'s message beside it and runs nothing', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 200 })));
    const { page } = t;
    await waitForRun(page);
    const field = page.locator('[data-field="schemes.hangzhou-2024.compute.pool"]');
    await field.fill('很多钱');
    await field.press('Enter');
    const msg = page.locator('.field.invalid .error');
    await msg.waitFor();
    expect(await msg.innerText()).toContain('很多钱');
    expect(await page.locator('[data-testid="run"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="not-run"]').count()).toBe(1);
    await done(t);
  });

  it('reads a broken YAML file and says what is wrong, with the line', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 200 })));
    const { page } = t;
    await waitForRun(page);
    await page.setInputFiles('[data-testid="yaml-file"]', {
      name: 'broken.yaml', mimeType: 'application/yaml',
      buffer: Buffer.from('scenario:\n  id: broken\n  title: {zh: 坏, en: broken\npolicies: [policies/hangzhou-2024.yaml]\n'),
    });
    const box = page.locator('[data-testid="yaml-errors"]');
    await box.waitFor();
    const text = await box.innerText();
    expect(text).toContain('broken.yaml');
    expect(text).toMatch(/broken\.yaml:\d+:\d+/);
    expect(await page.locator('[data-testid="not-run"]').count()).toBe(1);
    await done(t);
  });

  it('shows text from a scenario file as text, never as HTML', async () => {
    const base = readFileSync('scenarios/hangzhou-2024.yaml', 'utf8');
    const evil = base.replace(/^(\s*title:\s*\n\s*zh:).*$/m, '$1 "<img src=x onerror=\\"document.title=\'pwned\'\\">杭州"');
    const t = await openPage(h, stateHash(defaultState({ runs: 50, slots: [{ source: { kind: 'text', name: 'evil.yaml', text: evil }, edits: [] }] })));
    const { page } = t;
    await waitForRun(page);
    expect(await page.locator('[data-testid="head-0"] h2').innerText()).toContain('<img src=x');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await done(t);
  });

  it('reproduces the page from a shared link: same scenario, edits, seed, runs, language and numbers', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 250, seed: 'share-me' })));
    const { page } = t;
    await waitForRun(page);
    const runs = await finishedRuns(page);
    const field = page.locator('[data-field="schemes.hangzhou-2024.compute.cap"]');
    await field.fill('500万元');
    await field.press('Enter');
    await waitForNextRun(page, runs);
    const hashBefore = await page.evaluate(() => location.hash);
    await page.click('[data-testid="lang"]');
    await page.waitForFunction((before) => location.hash !== before, hashBefore);
    const url = page.url();
    const first = await pageSummary(page);
    const t2 = await openPage(h, new URL(url).hash);
    await waitForRun(t2.page);
    expect(await t2.page.locator('[data-testid="lang"]').innerText()).toBe('中文');
    expect(await t2.page.locator('[data-field="schemes.hangzhou-2024.compute.cap"]').inputValue()).toBe('500万元');
    expect(await pageSummary(t2.page)).toEqual(first);
    await done(t2);
    await done(t);
  });

  it('switches language: page, charts and money', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 200 })));
    const { page } = t;
    await waitForRun(page);
    expect(await page.locator('h1').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('[data-testid="kpis"]').innerText()).toMatch(/万元|亿元/);
    await page.click('[data-testid="lang"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('h1').innerText()).toBe('AI voucher subsidy simulator');
    expect(await page.locator('[data-testid="kpis"]').innerText()).toMatch(/yuan/);
    await page.waitForSelector('[data-chart-state="drawn"]');
    const title = await page.locator('[data-chart] svg .role-title-text').first().textContent();
    expect(title).toMatch(/[A-Za-z]/);
    await page.screenshot({ path: `${SHOTS}/english-1440x900.png` });
    await done(t);
  });

  it('cancels a long run and stays responsive while it runs', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 200000 })));
    const { page } = t;
    await page.waitForSelector('[data-testid="runs-done"]');
    const started = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
    await page.click('[data-testid="cancel"]');
    await page.waitForSelector('[data-run-state="cancelled"]');
    expect(await page.locator('[data-testid="cancelled"]').count()).toBe(1);
    await done(t);
  });

  it('compares scenarios on the same seeds, side by side or overlaid, and across different years', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 200 })));
    const { page } = t;
    await waitForRun(page);
    await page.click('[data-testid="compare-toggle"]');
    let runs = await finishedRuns(page);
    await page.selectOption('[data-testid="compare-add"]', 'scenarios/shangcheng-topup.yaml');
    await waitForNextRun(page, runs);
    await page.waitForSelector('[data-testid="head-1"]');
    const a = await pageSummary(page, 0);
    const b = await pageSummary(page, 1);
    expect([a.seed, a.runs]).toEqual([b.seed, b.runs]);
    expect(b.scenario.id).toBe('shangcheng-topup');
    await page.waitForFunction(() => document.querySelectorAll('[data-chart-state="pending"]').length === 0);
    expect(await page.locator('.chart-row').first().locator('[data-chart]').count()).toBe(2);
    await fullShot(page, `${SHOTS}/compare-side-1440-full.png`);
    await page.click('[data-testid="layout-overlay"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-chart-state="pending"]').length === 0 && document.querySelectorAll('[data-chart-state="drawn"]').length > 0);
    expect(await page.locator('.chart-row').first().locator('[data-chart]').count()).toBe(1);
    const legend = await page.locator('[data-chart] svg .role-legend').first().textContent();
    expect(legend).toContain(b.scenario.title.zh);
    await fullShot(page, `${SHOTS}/compare-overlay-1440-full.png`);
    expect(await page.locator('[data-testid="cli-compare"]').innerText()).toBe(
      'npx quansim compare scenarios/hangzhou-2024.yaml scenarios/shangcheng-topup.yaml --runs 200 --seed 20240819 --lang zh',
    );

    runs = await finishedRuns(page);
    await page.selectOption('[data-testid="compare-add"]', 'scenarios/zhejiang-2025.yaml');
    await waitForNextRun(page, runs);
    await page.waitForSelector('[data-testid="head-2"]');
    await page.click('[data-testid="year-2026"]');
    await page.waitForSelector('[data-testid="year-2026"][aria-pressed="true"]');
    expect(await page.locator('.notice.warn').first().innerText()).toContain('2026');
    await page.waitForFunction(() => document.querySelectorAll('[data-chart-state="pending"]').length === 0 && document.querySelectorAll('[data-chart-state="drawn"]').length > 0);
    await done(t);
  });

  it('fits a phone (390×844) and logs how long 10,000 runs of the default scenario take', async () => {
    const t = await openPage(h, stateHash(defaultState({ runs: 10000 })), { width: 390, height: 844 });
    const { page } = t;
    const started = Date.now();
    await waitForRun(page, 300_000);
    const ms = Date.now() - started;
    console.log(`10,000 runs of the default scenario in the page: ${(ms / 1000).toFixed(2)} s (wall clock, from navigation; ${await page.locator('[data-testid="finished"]').innerText()})`);
    await page.waitForFunction(() => document.querySelectorAll('[data-chart-state="pending"]').length === 0);
    await page.screenshot({ path: `${SHOTS}/default-390x844.png` });
    await fullShot(page, `${SHOTS}/default-390-full.png`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await done(t);
  });
});
