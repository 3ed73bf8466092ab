/**
 * Presenting an edit (issue 14): a form edit renames the scenario, rewrites its heading from the parameters in
 * force, lists what changed, and the results lead with paired differences against the unedited scenario; a
 * comparison leads with the same differences. Screenshots at 1440×900 and 390×844 go to test-results/screenshots.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/stats/Summary';
import { finishedRuns, openPage, SHOTS, startHarness, waitForNextRun, waitForRun, type Harness } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

function stateHash(state: object): string {
  return `#s=j${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
}
const builtin = (file: string) => ({ source: { kind: 'builtin', file }, edits: [] });
const state = (over: object = {}) => ({ lang: 'zh', slots: [builtin('scenarios/hangzhou-2024.yaml')], runs: 300, seed: null, layout: 'side', ...over });

describe('an edit, presented', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    it(`renames the scenario, rewrites the heading and leads with the paired difference (${viewport.width}×${viewport.height})`, async () => {
      const t = await openPage(h, stateHash(state()), viewport);
      const { page } = t;
      await waitForRun(page);
      await page.screenshot({ path: `${SHOTS}/present-default-${viewport.width}.png` });
      expect(await page.locator('[data-testid="title-0"]').innerText()).not.toContain('已修改');
      expect(await page.locator('[data-testid="differences"]').count()).toBe(0);
      const runs = await finishedRuns(page);
      const field = page.locator('[data-field="schemes.hangzhou-2024.compute.pool"]');
      await field.fill('1.5亿元');
      await field.press('Enter');
      await waitForNextRun(page, runs);
      const title = await page.locator('[data-testid="title-0"]').innerText();
      expect(title).toContain('杭州市2024年算力券（2025年）（已修改）');
      const question = await page.locator('[data-testid="question-0"]').innerText();
      expect(question).toContain('1.5亿元');
      expect(question).not.toContain('每年2.5亿元、');
      const change = page.locator('[data-testid="changes-0"] [data-change="pool:hangzhou-2024.compute"]');
      expect(await change.innerText()).toMatch(/2\.5亿元\s*→\s*1\.5亿元/);
      // Less money in the pool: less paid and a higher chance it runs out, run by run on the same seeds.
      const diff = page.locator('[data-testid="diff-baseline"]');
      // (on a phone the interval wraps under the difference: read the cell as one line)
      const paid = (await diff.locator('[data-diff="paid"] td.diff').innerText()).replace(/\s+/g, ' ');
      expect(paid).toMatch(/^−.+\[−.+, −.+\]$/);
      const exhausted = await diff.locator('[data-diff="exhausted:hangzhou-2024.compute"] td.diff').innerText();
      expect(exhausted).toMatch(/^\+/);
      // The results start with the differences, before the key figures.
      const order = await page.$$eval('[data-testid="differences"], [data-testid="kpis"]', (n) => n.map((x) => x.getAttribute('data-testid')));
      expect(order).toEqual(['differences', 'kpis']);
      // summary.json carries the new title, question and the change list.
      const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="summary-0"]')]);
      const summary = JSON.parse(readFileSync(await d.path(), 'utf8')) as Summary;
      expect(summary.scenario.title.en).toBe('Hangzhou 2024 compute voucher (year 2025) (edited)');
      expect(summary.scenario.question.zh).toContain('1.5亿元');
      expect(summary.scenario.changes?.map((c) => c.key)).toEqual(['pool:hangzhou-2024.compute']);
      await page.locator('[data-testid="differences"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/present-edited-${viewport.width}.png` });
      await t.context.close();
      expect(t.problems).toEqual([]);
    });
  }

  it('leads a comparison with paired differences against the first scenario', async () => {
    const t = await openPage(h, stateHash(state({ slots: [builtin('scenarios/city-vs-province-city.yaml'), builtin('scenarios/city-vs-province-both.yaml')] })));
    const { page } = t;
    await waitForRun(page);
    const rows = page.locator('[data-testid="diff-1"] tr[data-diff]');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-testid="diff-1"] [data-diff="paid"] td.diff').innerText()).toMatch(/\[.+, .+\]/);
    await page.screenshot({ path: `${SHOTS}/present-compare-1440.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/present-compare-390.png` });
    await t.context.close();
    expect(t.problems).toEqual([]);
  });

  it('shows the charts one at a time in present mode (arrows move, Esc leaves) and prints charts and findings only', async () => {
    const t = await openPage(h, stateHash(state()));
    const { page } = t;
    await waitForRun(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-chart]').length > 0
      && document.querySelectorAll('[data-chart-state="pending"]').length === 0);
    const charts = await page.locator('[data-chart]').count();
    await page.click('[data-testid="present-open"]');
    const present = page.locator('[data-testid="present"]');
    await present.waitFor();
    expect(await page.locator('[data-testid="present-count"]').innerText()).toBe(`1 / ${charts}`);
    const first = await present.locator('[data-present-chart]').getAttribute('data-present-chart');
    expect(await present.locator('svg .role-mark > *').count()).toBeGreaterThan(0);
    // drawn again with large type (presentSpec): axis labels at 18 px, the title at 30 px, in the chart's own units
    await present.locator('[data-present-type="large"] svg').waitFor();
    const sizes = await present.locator('.present-chart svg text').evaluateAll((ts) => ts.map((t) => parseFloat(t.getAttribute('font-size') ?? '0')));
    expect(Math.max(...sizes)).toBe(30);
    expect(sizes.filter((x) => x === 18).length).toBeGreaterThan(3);
    const box = await present.locator('.present-chart svg').boundingBox();
    expect(box!.width).toBeGreaterThan(1000);
    await page.screenshot({ path: `${SHOTS}/present-mode-1440.png` });
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-testid="present-count"]').innerText()).toBe(`2 / ${charts}`);
    expect(await present.locator('[data-present-chart]').getAttribute('data-present-chart')).not.toBe(first);
    await page.keyboard.press('ArrowLeft');
    expect(await present.locator('[data-present-chart]').getAttribute('data-present-chart')).toBe(first);
    await page.keyboard.press('Escape');
    expect(await present.count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    const shown = async (sel: string) => page.locator(sel).first().isVisible();
    expect(await shown('.sidebar')).toBe(false);
    expect(await shown('[data-testid="share"]')).toBe(false);
    expect(await shown('[data-chart]')).toBe(true);
    expect(await shown('[data-testid="headlines"]')).toBe(true);
    const breaks = await page.$$eval('[data-chart]', (cards) => cards.map((c) => getComputedStyle(c).breakBefore));
    expect(new Set(breaks)).toEqual(new Set(['page']));
    const pdf = await page.pdf({ format: 'A4' });
    // One page for the findings, then one a chart at least.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(charts + 1);
    await t.context.close();
    expect(t.problems).toEqual([]);
  });

  it('greys the old results with a message while a loaded YAML is broken', async () => {
    const t = await openPage(h, stateHash(state()));
    const { page } = t;
    await waitForRun(page);
    await page.setInputFiles('[data-testid="yaml-file"]', {
      name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('scenario:\n  id: broken\n  title: {zh: 坏, en: broken\n'),
    });
    await page.locator('[data-testid="stale-results"]').waitFor();
    expect(await page.locator('[data-testid="stale-results"]').innerText()).toContain('上一次成功运行');
    expect(await page.locator('.results.stale-results').count()).toBe(1);
    await page.click('[data-testid="lang"]');
    expect(await page.locator('[data-testid="stale-results"]').innerText()).toContain('last good run');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/present-broken-390.png` });
    await t.context.close();
    expect(t.problems).toEqual([]);
  });

  it('downloads the self-contained HTML report of the scenario on screen, edited', async () => {
    const edited = { source: { kind: 'builtin', file: 'scenarios/hangzhou-2024.yaml' }, edits: [{ path: ['schemes', 'hangzhou-2024.compute', 'pool'], value: '1.5亿元' }] };
    const t = await openPage(h, stateHash(state({ slots: [edited] })));
    const { page } = t;
    await waitForRun(page);
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.click('[data-testid="report-download"]')]).catch(async (e: unknown) => {
      throw new Error(`no download: ${await page.getAttribute('[data-testid="report-download"]', 'title')}; ${t.problems.join('; ')}; ${String(e)}`);
    });
    expect(d.suggestedFilename()).toBe('hangzhou-2024-edited-report.html');
    const html = readFileSync(await d.path(), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('杭州市2024年算力券（2025年）（已修改）');
    expect(html).toContain('1.5亿元');
    // It says how to make it again from the saved edited file, as the CLI panel does.
    expect(html).toContain('npx quansim report scenarios/hangzhou-2024-edited.yaml --runs 300 --seed 20240819 --lang zh --out report');
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(/@font-face\{font-family:'Noto Sans SC'[^}]*data:font\/woff2;base64,/);
    // Self-contained: nothing is fetched from elsewhere when it opens.
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toMatch(/url\((?!data:)/);
    const view = await t.context.newPage();
    await view.setContent(html);
    expect(await view.locator('h1').first().innerText()).toContain('已修改');
    await t.context.close();
    expect(t.problems).toEqual([]);
  });

  it('says beside the pool field that an amount is expected and why "abc" or "-3亿元" is not one, in zh and en', async () => {
    const t = await openPage(h, stateHash(state()));
    const { page } = t;
    await waitForRun(page);
    const field = page.locator('[data-field="schemes.hangzhou-2024.compute.pool"]');
    const message = async (value: string): Promise<string> => {
      await field.fill(value);
      await field.press('Enter');
      const msg = page.locator('.field.invalid .error');
      await msg.waitFor();
      return msg.innerText();
    };
    expect(await message('abc')).toContain('请写金额');
    expect(await message('-3亿元')).toContain('金额不能为负数');
    // The last results are greyed while the input is wrong.
    expect(await page.locator('.results.stale-results').count()).toBe(1);
    await page.click('[data-testid="lang"]');
    expect(await page.locator('.field.invalid .error').innerText()).toContain('amount must not be negative');
    expect(await message('abc')).toContain('write an amount');
    await t.context.close();
    expect(t.problems).toEqual([]);
  });
});
