/** A contact whose name and context are markup: shown as text, never run. */
import { describe, expect, it } from 'vitest';
import { openHarness, useBrowser } from './harness/browser';
import { agendaBlock, agendaNames, rowNames, sidebar } from './harness/sidebar';

const context = useBrowser();
const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const NAME = `${IMG}${SCRIPT}`;

/** Overdue on 2026-11-25 (last message 2026-11-02), so it is in the sidebar and the block. */
const NOTE = `---
followup: active
name: '${NAME}'
context: '${IMG}'
contacted: [2026-11-02 09:00]
---
`;

describe('markup in a contact note', () => {
  it('renders as text in the sidebar and the agenda block, and no script runs', async () => {
    const { page, errors } = await openHarness(context());
    await page.evaluate((text) => window.__pp?.modifyNote('Jobs/Evil.md', text), NOTE);

    await expect.poll(() => rowNames(page, 'overdue')).toContain(NAME);
    await expect.poll(() => agendaNames(page)).toContain(NAME);
    const row = sidebar(page).locator('.pp-row', { hasText: SCRIPT });
    expect(await row.locator('.pp-row-context').innerText()).toBe(IMG);
    // Give an injected image time to fail to load and fire onerror, had there been one.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await sidebar(page).locator('img').count()).toBe(0);
    expect(await agendaBlock(page).locator('img, script').count()).toBe(0);
    expect(await sidebar(page).locator('script').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
