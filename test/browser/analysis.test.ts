/**
 * The analyses on the page (issue 6), in Debian's chromium against the built page: Monte Carlo errors beside the
 * figures, runs: auto as the CLI's --runs auto, sensitivity (tornado), goal seek (same answer as src/analysis run
 * here), sweep (heatmap), cancel, and no console errors. Run counts are small: the machine has two cores.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { parseTarget } from '../../src/analysis/parseTarget';
import { pickScheme } from '../../src/analysis/pickScheme';
import { runUntilStable } from '../../src/analysis/runUntilStable';
import { solve } from '../../src/analysis/solve';
import { editedScenario } from '../../src/scenario/scenarioChanges';
import { loadScenario } from '../../src/scenario/loadScenario';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import { applyEdits } from '../../src/web/loadSlot';
import { summarize } from '../../src/stats/summarize';
import type { Summary } from '../../src/stats/Summary';
import { openPage, SHOTS, startHarness, waitForRun, type Harness, type TestPage } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const FILE = 'scenarios/hangzhou-2024.yaml';
const SCHEME = 'hangzhou-2024.compute';

function stateHash(state: object): string {
  return `#s=j${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
}
const pageState = (over: object = {}) => ({
  lang: 'zh', slots: [{ source: { kind: 'builtin', file: FILE }, edits: [] }], runs: 100, seed: null, layout: 'side', ...over,
});

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; d: Download }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8'), d };
}

async function done(t: TestPage): Promise<void> {
  await t.context.close();
  expect(t.problems).toEqual([]);
}

/** Every chart card in `root` drawn, each with marks. */
async function chartMarks(page: Page, root: string): Promise<{ id: string | null; marks: number; title: string }[]> {
  await page.waitForFunction((sel) => {
    const cards = document.querySelectorAll(`${sel} [data-chart]`);
    return cards.length > 0 && [...cards].every((c) => c.getAttribute('data-chart-state') === 'drawn');
  }, root, { timeout: 120_000 });
  return page.$$eval(`${root} [data-chart]`, (cards) => cards.map((c) => ({
    id: c.getAttribute('data-chart'),
    marks: c.querySelectorAll('svg .role-mark > *').length,
    title: c.querySelector('svg .role-title-text')?.textContent ?? '',
  })));
}

describe('the analyses on the page', () => {
  it('shows the Monte Carlo error beside the chance the pool runs out, in the cards, the key points and the table', async () => {
    const t = await openPage(h, stateHash(pageState({ runs: 300 })));
    const { page } = t;
    await waitForRun(page);
    const { text } = await downloaded(page, () => page.click('[data-testid="summary-0"]'));
    const ex = (JSON.parse(text) as Summary).years[0]!.schemes[0]!.exhaustion!;
    const pp = (ex.probabilityError!.se * 100).toFixed(1);
    // a decimal only when the standard error is below a percentage point (no false precision)
    const p = `${(ex.probabilityByYearEnd * 100).toFixed(ex.probabilityError!.se < 0.01 ? 1 : 0)}%`;
    const card = page.locator(`[data-testid="kpi-exhausted-0-${SCHEME}"]`);
    expect(await card.locator('.v').innerText()).toBe(p);
    expect(await page.locator(`[data-testid="mc-exhausted-0-${SCHEME}"]`).innerText()).toContain(`± ${pp} 个百分点`);
    expect(await page.locator(`[data-testid="mc-headline-${SCHEME}"]`).innerText()).toContain(`${p} ± ${pp} 个百分点`);
    expect(await page.locator(`[data-testid="mc-date-0-${SCHEME}"]`).innerText()).toMatch(/± \d+\.\d 天/);
    expect(await page.locator('[data-testid="mc-paid-0"]').innerText()).toMatch(/5% 分位 .+ ± .+95% 分位/s);
    expect(await page.locator('[data-testid="table-schemes"] tbody').innerText()).toContain(`${p} ± ${pp} 个百分点`);
    const csv = await downloaded(page, () => page.click('[data-testid="csv-schemes"]'));
    expect(csv.text.split('\r\n')[1]).toContain('年内用尽概率（标准误）');
    await page.click('[data-testid="lang"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator(`[data-testid="mc-exhausted-0-${SCHEME}"]`).innerText()).toContain(`± ${pp} pp`);
    await done(t);
  });

  it('runs: auto adds batches until the key figures are stable and stops where the CLI stops, with the same numbers', async () => {
    // A pool of 1亿 runs out in every run: three batches of 500 pin down the date (the CLI stops there too).
    const edits = [{ path: ['schemes', SCHEME, 'pool'], value: '1亿元' }];
    const t = await openPage(h, stateHash(pageState({ runsAuto: true, slots: [{ source: { kind: 'builtin', file: FILE }, edits }] })));
    const { page } = t;
    const batches = new Set<string>();
    while (!(await page.locator('[data-run-state="done"]').count())) {
      const b = await page.locator('[data-testid="runs-done"]').getAttribute('data-batches').catch(() => null);
      if (b !== null) batches.add(b);
      await page.waitForTimeout(100);
    }
    // The edited file as the page and the CLI read it.
    const read = (f: string) => readFileSync(f, 'utf8');
    // described as the page describes an edit: title marked edited, question and list of changes against the file
    const scenario = editedScenario(loadScenario(read(FILE), FILE, read), loadScenario(applyEdits(read(FILE), edits, FILE, read), FILE, read));
    expect(scenario.changes?.map((c) => c.key)).toEqual([`pool:${SCHEME}`]);
    expect(scenario.rules.schemes[0]!.pool[0]!.value).toBe(10_000_000_000);
    const ref = await runUntilStable(scenario, inThreadSimulator());
    const fromNode = JSON.parse(JSON.stringify({ ...summarize(ref.scenario, ref.acc.years), convergence: ref.convergence })) as Summary;
    const { text } = await downloaded(page, () => page.click('[data-testid="summary-0"]'));
    const fromPage = JSON.parse(text) as Summary;
    expect(fromPage.runs).toBe(ref.convergence.runs);
    expect(fromPage).toEqual(fromNode);
    expect(ref.convergence.history.length).toBeGreaterThan(1);
    // Progress was shown batch by batch.
    expect(batches.size).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="auto-finished"]').innerText()).toContain(ref.convergence.runs.toLocaleString('en-US'));
    expect(await page.locator('[data-testid="mc-convergence"]').innerText()).toContain(`${ref.convergence.history.length} 批`);
    expect(await page.locator('[data-testid="cli-0"]').innerText()).toContain('--runs auto');
    await done(t);
  });

  it('runs a sensitivity in the workers and draws both tornado charts with marks, their sentences and the command', async () => {
    const t = await openPage(h, stateHash(pageState({ analysis: { sensitivityRuns: '30' } })));
    const { page } = t;
    await waitForRun(page);
    await page.click('[data-testid="run-sensitivity"]');
    const charts = await chartMarks(page, '[data-testid="result-sensitivity"]');
    expect(charts.map((c) => c.id)).toEqual(['tornado-exhausted', 'tornado-paid']);
    for (const c of charts) {
      expect(c.marks, `${c.id} has marks`).toBeGreaterThan(0);
      expect(c.title).toContain('敏感性');
    }
    expect(await page.locator('[data-testid="tornado-exhausted-sentence"]').innerText()).toMatch(/影响最大的是.+个百分点/);
    expect(await page.locator('[data-testid="cli-sensitivity"]').innerText())
      .toBe('npx quansim sensitivity scenarios/hangzhou-2024.yaml --delta 20% --runs 30 --seed 20240819 --lang zh');
    expect(await page.locator('[data-testid="table-sensitivity"] tbody tr').count()).toBe(6);
    const svg = await downloaded(page, () => page.locator('[data-chart="tornado-exhausted"] [data-export="svg"]').click());
    expect(svg.name).toBe('hangzhou-2024-tornado-exhausted.svg');
    expect(svg.text).toContain('role-mark');
    const png = await downloaded(page, () => page.locator('[data-chart="tornado-paid"] [data-export="png"]').click());
    expect(readFileSync(await png.d.path()).subarray(1, 4).toString()).toBe('PNG');
    await done(t);
  });

  it('goal seek on a small run count gives the answer of src/analysis solve, and says beside the field what is wrong with a target', async () => {
    const analysis = { tab: 'solve', range: '1亿..5亿', resolution: '500万', solveRuns: '40' };
    const t = await openPage(h, stateHash(pageState({ lang: 'en', seed: 'goal', analysis })));
    const { page } = t;
    await waitForRun(page);
    const target = page.locator('[data-field="target"]');
    expect(await target.inputValue()).toBe('P(exhausted before 12-31) <= 10%');
    await target.fill('P(exhausted before 13-01) <= 10%');
    await target.press('Enter');
    const msg = page.locator('[data-error-for="target"]');
    await msg.waitFor();
    expect(await msg.innerText()).toContain('13-01');
    expect(await page.locator('[data-testid="run-solve"]').isDisabled()).toBe(true);
    await page.locator('[data-field="target"]').fill('P(exhausted before 12-31) <= 20%');
    await page.locator('[data-field="target"]').press('Enter');
    await page.waitForSelector('[data-testid="run-solve"]:not([disabled])');
    await page.click('[data-testid="run-solve"]');
    const answer = page.locator('[data-testid="solve-answer"]');
    await answer.waitFor({ timeout: 120_000 });

    const scenario = { ...loadScenarioFile(FILE), seed: 'goal' };
    const ref = await solve(scenario, {
      variable: 'pool', target: parseTarget('P(exhausted before 12-31) <= 20%'), scheme: pickScheme(scenario, 2025), year: 2025,
      range: [10_000_000_000, 50_000_000_000], resolution: 500_000_000, runs: 40,
    }, inThreadSimulator());
    expect(ref.status).toBe('found');
    expect(await answer.getAttribute('data-status')).toBe(ref.status);
    expect(Number(await answer.getAttribute('data-answer'))).toBe(ref.answer);
    expect(await page.locator('[data-testid="table-solve-points"] tbody tr').count()).toBe(ref.points.length);
    expect(await page.locator('[data-testid="solve-uncertainty"]').innerText()).toMatch(/Uncertainty: .+ – .+/);
    expect(await page.locator('[data-testid="cli-solve"]').innerText()).toBe(
      "npx quansim solve scenarios/hangzhou-2024.yaml --find pool --target 'P(exhausted before 12-31) <= 20%' --range '1亿..5亿' --resolution '500万' --runs 40 --seed goal",
    );
    // The form is in the link.
    const t2 = await openPage(h, new URL(page.url()).hash);
    await waitForRun(t2.page);
    expect(await t2.page.locator('[data-field="target"]').inputValue()).toBe('P(exhausted before 12-31) <= 20%');
    expect(await t2.page.locator('[data-field="range"]').inputValue()).toBe('1亿..5亿');
    await done(t2);
    await done(t);
  });

  it('runs a sweep and draws its heatmap with a mark per cell', async () => {
    const analysis = { tab: 'sweep', x: { variable: 'pool', points: '3' }, y: { variable: 'cap', points: '2' }, sweepRuns: '20' };
    const t = await openPage(h, stateHash(pageState({ analysis })));
    const { page } = t;
    await waitForRun(page);
    await page.click('[data-testid="run-sweep"]');
    const charts = await chartMarks(page, '[data-testid="result-sweep"]');
    expect(charts.map((c) => c.id)).toEqual(['heatmap']);
    const rects = await page.locator('[data-chart="heatmap"] svg .mark-rect.role-mark path').count();
    expect(rects).toBe(6);
    expect(await page.locator('[data-testid="heatmap-sentence"]').innerText()).toMatch(/年内用完概率最低 .+最高/);
    const csv = await downloaded(page, () => page.locator('[data-chart="heatmap"] [data-export="csv"]').click());
    expect(csv.text.split('\r\n').filter((l) => l !== '')).toHaveLength(8); // the provenance line, the header and six cells
    expect(await page.locator('[data-testid="cli-sweep"]').innerText()).toBe(
      "npx quansim sweep scenarios/hangzhou-2024.yaml --x 'pool=1.25亿..3.75亿:3' --y 'cap=400万..1200万:2' --runs 20 --seed 20240819 --lang zh",
    );
    await done(t);
  });

  it('cancels an analysis in progress, and the workers run again afterwards', async () => {
    const t = await openPage(h, stateHash(pageState({ analysis: { sensitivityRuns: '50000' } })));
    const { page } = t;
    await waitForRun(page);
    await page.click('[data-testid="run-sensitivity"]');
    await page.waitForSelector('[data-testid="analysis-progress"]');
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="analysis-runs-done"]')?.textContent?.split('/')[0] ?? ''));
    const started = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
    await page.click('[data-testid="cancel-sensitivity"]');
    await page.waitForSelector('[data-testid="analysis-cancelled"]');
    expect(await page.locator('[data-testid="analysis-progress"]').count()).toBe(0);
    await page.locator('[data-field="sensitivityRuns"]').fill('10');
    await page.locator('[data-field="sensitivityRuns"]').press('Enter');
    await page.waitForSelector('[data-testid="run-sensitivity"]:not([disabled])');
    await page.click('[data-testid="run-sensitivity"]');
    await chartMarks(page, '[data-testid="result-sensitivity"]');
    await done(t);
  });

  it('fits a desktop (1440×900) and a phone (390×844) with every analysis drawn', async () => {
    for (const [name, viewport] of [['1440', { width: 1440, height: 900 }], ['390', { width: 390, height: 844 }]] as const) {
      const analysis = { sensitivityRuns: '20', solveRuns: '20', sweepRuns: '10', range: '1亿..5亿', resolution: '1000万', x: { variable: 'pool', points: '4' }, y: { variable: 'cap', points: '3' } };
      const t = await openPage(h, stateHash(pageState({ lang: name === '390' ? 'en' : 'zh', analysis })), viewport);
      const { page } = t;
      await waitForRun(page);
      for (const tab of ['sensitivity', 'solve', 'sweep'] as const) {
        await page.click(`[data-testid="analysis-tab-${tab}"]`);
        await page.click(`[data-testid="run-${tab}"]`);
        await page.waitForSelector(`[data-testid="result-${tab}"]`, { timeout: 120_000 });
        if (tab !== 'solve') await chartMarks(page, `[data-testid="result-${tab}"]`);
        await page.locator('[data-testid="analysis"]').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/analysis-${tab}-${name}.png` });
        await page.locator('[data-testid="analysis"]').screenshot({ path: `${SHOTS}/analysis-${tab}-${name}-panel.png` });
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/analysis-kpis-${name}.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await done(t);
    }
  });
});
