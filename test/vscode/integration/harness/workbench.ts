/**
 * Driving the VS Code workbench in Chromium: open it on the temp vault, the Follow-ups view, the
 * command palette, CodeLens links, the Problems panel. Every wait is on something visible, with
 * a generous limit; nothing sleeps to let time pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from '../../../browser/harness/browser';

/** A loaded two-core machine can take a minute to start the extension host. */
export const LONG = { timeout: 150_000 };
export const VIEWPORT = { width: 1280, height: 800 };

export const vaultPath = (rel: string): string => join(inject('vaultDir'), ...rel.split('/'));
export const readNote = (rel: string): string => readFileSync(vaultPath(rel), 'utf8');

/** One Chromium per file; each test opens its own workbench page. */
export function useChromium(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running');
    return browser;
  };
}

export interface Workbench {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openWorkbench(browser: Browser): Promise<Workbench> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${inject('serverUrl')}/?folder=${encodeURIComponent(inject('vaultDir'))}`);
  await page.locator('.monaco-workbench').waitFor(LONG);
  return { context, page, close: () => context.close() };
}

export function followupsPane(page: Page): Locator {
  return page.locator('.pane').filter({ has: page.locator('.pane-header[aria-label^="Follow-ups"]') });
}

/** Opens the Follow-ups view from the activity bar and waits for its first group. */
export async function showFollowups(page: Page): Promise<Locator> {
  await page.locator('.activitybar a[aria-label="Follow-ups"]').click(LONG);
  const pane = followupsPane(page);
  await pane.locator('.monaco-list-row[aria-level="1"]').first().waitFor(LONG);
  return pane;
}

export interface ViewRow {
  level: number;
  name: string;
  description: string;
  expanded: string | null;
}

export async function viewRows(pane: Locator): Promise<ViewRow[]> {
  return pane.locator('.monaco-list-row').evaluateAll((rows) =>
    rows.map((row) => ({
      level: Number(row.getAttribute('aria-level')),
      name: row.querySelector('.label-name')?.textContent ?? '',
      description: row.querySelector('.label-description')?.textContent ?? '',
      expanded: row.getAttribute('aria-expanded'),
    })),
  );
}

/** Groups with the names under them, every group expanded first. */
export async function viewGroups(pane: Locator): Promise<Array<{ title: string; count: string; names: string[] }>> {
  for (;;) {
    const collapsed = pane.locator('.monaco-list-row[aria-level="1"][aria-expanded="false"]');
    if ((await collapsed.count()) === 0) break;
    await collapsed.first().click();
  }
  const groups: Array<{ title: string; count: string; names: string[] }> = [];
  for (const row of await viewRows(pane)) {
    if (row.level === 1) groups.push({ title: row.name, count: row.description, names: [] });
    else groups[groups.length - 1]?.names.push(row.name);
  }
  return groups;
}

/**
 * Runs a command by its exact palette title, e.g. "Pleasantly Persistent: Log follow-up sent".
 * It clicks the row with that label, not the first row shown: "Undo" also lists "Cursor Undo",
 * "Markdown: Open Preview" also "… to the Side", and which comes first is not fixed.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor(LONG);
  await input.fill(`>${title}`);
  const quoted = JSON.stringify(title);
  // A row's aria-label is the title, then ", <keybinding>" when it has one.
  const row = page.locator(`.quick-input-list .monaco-list-row:is([aria-label=${quoted}], [aria-label^=${JSON.stringify(`${title}, `)}])`);
  await row.first().click(LONG);
}

/** Opens a note by its vault path through Quick Open and waits for its tab. */
export async function openNote(page: Page, rel: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor(LONG);
  await input.fill(rel);
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor(LONG);
  await input.press('Enter');
  await page.locator(`.tab.active[data-resource-name="${name}"]`).waitFor(LONG);
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor(LONG);
}

export function codeLens(page: Page, title: string | RegExp): Locator {
  return page.locator('.codelens-decoration a', { hasText: title });
}

/** Polls the file on disk until `ok` holds for its text; returns that text. */
export async function waitForNote(rel: string, ok: (text: string) => boolean, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = readNote(rel);
  while (!ok(text)) {
    if (Date.now() > deadline) throw new Error(`${rel} did not change as expected within ${timeoutMs} ms; it reads:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
    text = readNote(rel);
  }
  return text;
}

export function notification(page: Page, text: string | RegExp): Locator {
  return page.locator('.notifications-toasts .notification-toast', { hasText: text });
}

/**
 * What the workbench shows, for a failure message: the focused element, the tabs, the visible
 * editor lines and any notifications or dialogs (a failure on CI cannot be looked at otherwise).
 */
export async function describeWorkbench(page: Page): Promise<string> {
  return page.evaluate(() => {
    const text = (sel: string) => [...document.querySelectorAll(sel)].map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ').trim()).filter(Boolean);
    const a = document.activeElement;
    return [
      `focus: ${a ? `${a.tagName.toLowerCase()}.${a.className}` : 'none'}`,
      `tabs: ${[...document.querySelectorAll('.tab')].map((t) => `${t.getAttribute('data-resource-name')} [${t.className}]`).join('; ')}`,
      `editor lines: ${text('.editor-instance .view-line').join(' | ')}`,
      `notifications: ${text('.notifications-toasts .notification-toast').join(' | ') || 'none'}`,
      `dialogs: ${text('.monaco-dialog-box').join(' | ') || 'none'}`,
    ].join('\n');
  });
}
