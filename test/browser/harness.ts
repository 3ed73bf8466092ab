/**
 * What every browser test needs: the built page served on 127.0.0.1 (started and stopped by the test), Debian's
 * chromium driven by playwright-core, and a page that records console errors and uncaught exceptions.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];
export const SHOTS = 'test-results/screenshots';

export interface Harness {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Serves the built page (dist/page/) on a free port of 127.0.0.1 and launches chromium.
 * @param configFile the Vite config of what to serve: the page's by default, notebooks/vite.config.ts for the notebooks
 */
export async function startHarness(configFile = 'vite.config.ts'): Promise<Harness> {
  const server: PreviewServer = await preview({
    configFile,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  mkdirSync(SHOTS, { recursive: true });
  return {
    url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  problems: string[];
}

/** A new page (in its own context) at the given viewport, recording problems. */
export async function openPage(h: Harness, hash = '', viewport = { width: 1440, height: 900 }): Promise<TestPage> {
  const context = await h.browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(h.url) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`off-site request: ${u}`);
  });
  await page.goto(h.url + hash);
  return { page, context, problems };
}

/** Waits until the page has finished its current run (the status says so). */
export async function waitForRun(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForSelector('[data-run-state="done"]', { timeout });
}

/** How many runs the page has finished. */
export async function finishedRuns(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-run-state]', 'data-finished'));
}

/** Waits until the page has finished a run after the `before`-th. */
export async function waitForNextRun(page: Page, before: number, timeout = 120_000): Promise<void> {
  await page.waitForSelector(`[data-run-state="done"]:not([data-finished="${before}"])`, { timeout });
}
