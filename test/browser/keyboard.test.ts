/** Keyboard only: Tab reaches every control of the sidebar, and Enter works each kind. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openHarness, useBrowser } from './harness/browser';
import { groupHeader, rowNames, rowOf, sidebar } from './harness/sidebar';

const context = useBrowser();

/** A label for the focused element: its aria-label, else its text. */
const focusedLabel = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
  });

/** Tabs until focus leaves the sidebar; every control focused on the way, in order. */
async function tabThroughSidebar(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.getElementById('sidebar')?.contains(document.activeElement) === true);
    if (!inside) return seen;
    seen.push(await page.evaluate(() => document.activeElement?.getAttribute('data-pp-id') ?? '?'));
  }
  throw new Error('Tab never left the sidebar');
}

/** Tabs until the focused control has this label (at most 100 presses). */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedLabel(page)) === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

describe('keyboard', () => {
  it('Tab reaches every button and the filter box, each once, in reading order', async () => {
    const { page } = await openHarness(context());
    // Tag every control so the focus order can be compared with the DOM order.
    const controls = await sidebar(page)
      .locator('button, input')
      .evaluateAll((els) => els.map((el, i) => (el.setAttribute('data-pp-id', String(i)), String(i))));
    expect(controls.length).toBeGreaterThan(40);
    expect(await tabThroughSidebar(page)).toEqual(controls);
  });

  it('Enter on "Log sent" logs the message', async () => {
    const { page } = await openHarness(context());
    await rowOf(page, 'Erik Lindqvist').getByRole('button', { name: 'Open Erik Lindqvist' }).focus();
    await tabTo(page, 'Log sent');
    await page.keyboard.press('Enter');
    await expect.poll(() => rowNames(page, 'overdue')).toEqual(['Jane Doe']);
    const fm = await page.evaluate(() => window.__pp?.frontmatter('Jobs/Erik Lindqvist.md'));
    expect(fm?.contacted).toEqual(['2026-10-22T10:05', '2026-11-25T10:05']);
  });

  it('Enter on a group header folds it, on "Why?" shows the reason, on a name opens the note', async () => {
    const { page } = await openHarness(context());
    await groupHeader(page, 'closed').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => groupHeader(page, 'closed').getAttribute('aria-expanded')).toBe('true');
    expect(await rowNames(page, 'closed')).toHaveLength(3);

    const why = rowOf(page, 'Jane Doe').locator('.pp-row-why');
    expect(await why.isVisible()).toBe(false);
    await rowOf(page, 'Jane Doe').getByRole('button', { name: 'Why?' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => why.isVisible()).toBe(true);
    expect(await why.innerText()).toMatch(/last message Wed 11 Nov/);

    await rowOf(page, 'Jane Doe').getByRole('button', { name: 'Open Jane Doe' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__pp?.opened())).toEqual(['Jobs/Jane Doe.md']);
  });

  it('shows a visible focus ring on the focused control', async () => {
    const { page } = await openHarness(context());
    await page.keyboard.press('Tab'); // the filter box
    await page.keyboard.press('Tab'); // the first group header
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth : '';
    });
    expect(outline).toBe('solid 2px');
  });
});
