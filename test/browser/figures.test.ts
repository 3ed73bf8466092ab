/**
 * Figures for people and the provenance of exports (issue 14): every amount of money a person reads on the page
 * (cards, sentences, tables, chart titles, subtitles, axes and legends) has at most three significant figures, in
 * Chinese and in English; every exported chart (SVG, PNG) and CSV carries the provenance line. Screenshots of the
 * default scenario at 1440×900 and 390×844 in both languages.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, SHOTS, startHarness, waitForRun, type Harness } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const stateHash = (state: object) => `#s=j${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
const state = (lang: 'zh' | 'en', runs = 500) => ({
  lang, slots: [{ source: { kind: 'builtin', file: 'scenarios/hangzhou-2024.yaml' }, edits: [] }], runs, seed: null, layout: 'side',
});

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string; d: Download }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), path: await d.path(), d };
}

async function drawn(page: Page): Promise<void> {
  await waitForRun(page);
  await page.waitForSelector('[data-chart-state="drawn"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-chart-state="pending"]').length === 0);
}

/** Amounts of money in a text: a number followed by a unit of money. */
const AMOUNT = {
  zh: /([0-9][0-9,]*(?:\.[0-9]+)?)\s*(亿元|万元|元)/g,
  en: /([0-9][0-9,]*(?:\.[0-9]+)?)\s*(billion yuan|million yuan|yuan)/g,
};

/** Significant figures of a written number: leading zeros and, for a whole number, trailing zeros do not count. */
function significant(written: string): number {
  const plain = written.replace(/,/g, '');
  const [whole, frac = ''] = plain.split('.') as [string, string?];
  const digits = `${whole}${frac}`.replace(/^0+/, '');
  return (frac ? digits : digits.replace(/0+$/, '')).length || 1;
}

/** Every text a person reads in the results: the cards, sentences and tables, and each chart's SVG texts. */
async function readableTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const results = document.querySelector('[data-testid="results"]');
    if (!results) return out;
    for (const sel of ['[data-testid="kpis"]', '[data-testid="headlines"]', '[data-testid^="table-"]']) {
      for (const e of results.querySelectorAll(sel)) out.push((e as HTMLElement).innerText);
    }
    for (const t of results.querySelectorAll('[data-chart] svg text')) out.push(t.textContent ?? '');
    return out;
  });
}

describe('figures for people', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`shows no amount of money with more than three significant figures (${lang})`, async () => {
      const t = await openPage(h, stateHash(state(lang)));
      const { page } = t;
      await drawn(page);
      const texts = await readableTexts(page);
      const amounts = texts.flatMap((s) => [...s.matchAll(AMOUNT[lang])].map((m) => ({ text: m[0], digits: significant(m[1]!), in: s })));
      // the default scenario shows money on its cards, in its sentences and tables and in the chart subtitles
      expect(amounts.length).toBeGreaterThan(15);
      const tooPrecise = amounts.filter((a) => a.digits > 3);
      expect(tooPrecise.map((a) => `${a.text} in "${a.in.slice(0, 120)}"`)).toEqual([]);
      // no English sentence writes a Chinese unit
      if (lang === 'en') expect(texts.join('\n')).not.toMatch(/[0-9][万亿]/);
      // the unmet card names its statistic and the sentence under the cards uses the same one (the mean)
      expect(await page.locator('[data-testid="kpi-unmet-0"]').innerText()).toMatch(lang === 'zh' ? /均值/ : /mean/);
      await t.context.close();
      expect(t.problems).toEqual([]);
    });
  }

  it('says "not in force", "no cap" and one count of firms', async () => {
    const multi = { ...state('zh', 200), slots: [{ source: { kind: 'builtin', file: 'scenarios/multi-year-2024-2027.yaml' }, edits: [] }] };
    const t = await openPage(h, stateHash(multi));
    const { page } = t;
    await waitForRun(page);
    await page.click('[data-testid="year-2024"]');
    const card = await page.locator('[data-testid="kpi-exhausted-0-zhejiang-2025.compute"]').innerText();
    expect(card).toContain('未施行');
    expect(card).not.toMatch(/0\.0%|± 0\.0/);
    // the firms applying on the card are the tier table's firms
    const denominator = Number((await page.locator('[data-testid="kpi-refused-0"] .v').innerText()).split('/')[1]!.replace(/,/g, '').trim());
    const rows = await page.$$eval('[data-testid="table-tiers"] tbody tr', (trs) => trs.map((r) => [(r.children[0] as HTMLElement).innerText, Number((r.children[1] as HTMLElement).innerText.replace(/,/g, ''))] as const));
    // the tiers, then the total row (合计) with the same count as the card
    const [total, ...tiers] = [rows.at(-1)!, ...rows.slice(0, -1)];
    expect(total[0]).toBe('合计');
    expect(tiers.length).toBeGreaterThan(2);
    expect(Math.abs(denominator - tiers.reduce((a, r) => a + r[1], 0))).toBeLessThanOrEqual(1);
    expect(total[1]).toBe(denominator);
    await t.context.close();
    expect(t.problems).toEqual([]);
    // foundation-model firms have no cap in the generous reading (a stress scenario): the tier table says so, not 0%
    const relaxed = { ...state('zh', 200), slots: [{ source: { kind: 'builtin', file: 'scenarios/stress-foundation-relaxed-cap.yaml' }, edits: [] }] };
    const u = await openPage(h, stateHash(relaxed));
    await waitForRun(u.page);
    const atCap = await u.page.$$eval('[data-testid="table-tiers"] tbody tr', (trs) => trs.map((r) => (r.children[r.children.length - 2] as HTMLElement).innerText));
    expect(atCap).toContain('不设上限');
    await u.context.close();
    expect(u.problems).toEqual([]);
  });

  it('gives every exported chart and CSV the provenance line', async () => {
    const t = await openPage(h, stateHash(state('zh', 300)));
    const { page } = t;
    await drawn(page);
    const card = page.locator('[data-chart="budget-exhaustion"]').first();
    const words = ['情景：', '300次模拟', '种子', 'quansim ', new Date().toISOString().slice(0, 10), '申请企业：示意性假设'];

    const svg = await downloaded(page, () => card.locator('[data-export="svg"]').click());
    expect(svg.name).toMatch(/^hangzhou-2024-budget-exhaustion-2025\.svg$/);
    const svgText = readFileSync(svg.path, 'utf8');
    const footer = [...svgText.slice(svgText.indexOf('quansim-provenance')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    for (const w of words) expect(footer, footer).toContain(w);

    const png = await downloaded(page, () => card.locator('[data-export="png"]').click());
    const bytes = readFileSync(png.path);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // the PNG is the chart at twice its size plus the footer: taller than twice the on-screen picture
    const pngHeight = bytes.readUInt32BE(20);
    const shown = await card.locator('svg').first().evaluate((s) => Number(s.getAttribute('height')));
    expect(pngHeight).toBeGreaterThan(2 * shown + 20);

    const csv = await downloaded(page, () => card.locator('[data-export="csv"]').click());
    const first = readFileSync(csv.path, 'utf8').split(/\r?\n/)[0]!;
    expect(first.startsWith('# 情景：')).toBe(true);
    for (const w of words) expect(first).toContain(w);

    const table = await downloaded(page, () => page.click('[data-testid="csv-schemes"]'));
    expect(table.name).toMatch(/^hangzhou-2024-schemes(-2025)?\.csv$/);
    expect(readFileSync(table.path, 'utf8').startsWith('# 情景：')).toBe(true);
    await t.context.close();
    expect(t.problems).toEqual([]);
  });

  it('takes screenshots of the default scenario at 1440×900 and 390×844 in Chinese and English', async () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
        const t = await openPage(h, stateHash(state(lang, 1000)), viewport);
        await drawn(t.page);
        await t.page.screenshot({ path: `${SHOTS}/figures-${lang}-${viewport.width}x${viewport.height}.png` });
        const results = t.page.locator('[data-testid="results"]');
        await results.screenshot({ path: `${SHOTS}/figures-${lang}-${viewport.width}-results.png` });
        await t.context.close();
        expect(t.problems).toEqual([]);
      }
    }
  });
});
