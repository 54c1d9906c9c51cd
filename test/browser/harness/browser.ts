/** Launches the system Chromium headless and opens the harness page in a fresh context. */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Theme } from './pp-api';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 400, height: 800 };

/** Playwright gives each launch a fresh temporary --user-data-dir and removes it on close. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors and console errors on the page, so each test can assert there were none. */
  errors: string[];
}

/** A new page (its own fresh fake vault) with the index drawn in the sidebar and the block. */
export async function openHarness(context: BrowserContext, theme: Theme = 'light'): Promise<OpenedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(inject('harnessUrl'));
  await page.waitForFunction(() => window.__pp !== undefined);
  await page.evaluate((t) => window.__pp?.setTheme(t), theme);
  // The index announces the vault once, debounced; the groups are there after it.
  await page.locator('.pp-group').first().waitFor();
  await page.locator('.pp-agenda').waitFor();
  return { page, errors };
}

/** One Chromium and one context per test file, closed after it; each test opens its own page. */
export function useBrowser(): () => BrowserContext {
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB', reducedMotion: 'reduce' });
  });
  afterEach(async () => {
    for (const page of context?.pages() ?? []) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!context) throw new Error('the browser is not running');
    return context;
  };
}
