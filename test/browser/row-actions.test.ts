/** The row buttons write the note in the fake vault, and the sidebar and block follow. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openHarness, useBrowser } from './harness/browser';
import { agendaNames, groupHeader, headerCounts, rowNames, rowOf } from './harness/sidebar';

const context = useBrowser();
const JANE = 'Jobs/Jane Doe.md';
const ERIK = 'Jobs/Erik Lindqvist.md';

const frontmatter = (page: Page, path: string): Promise<Record<string, unknown> | null> =>
  page.evaluate((p) => window.__pp?.frontmatter(p) ?? null, path);
const readNote = (page: Page, path: string): Promise<string> => page.evaluate((p) => window.__pp?.readNote(p) ?? '', path);
const notices = (page: Page): Promise<string[]> => page.evaluate(() => window.__pp?.notices() ?? []);

describe('log sent', () => {
  it('moves an overdue contact out of Overdue and appends the fixed now to `contacted`', async () => {
    const { page, errors } = await openHarness(context());
    await rowOf(page, 'Jane Doe').getByRole('button', { name: 'Log sent' }).click();

    await expect.poll(() => rowNames(page, 'overdue')).toEqual(['Erik Lindqvist']);
    expect((await headerCounts(page)).Overdue).toBe(1);
    // Sent today with the default cadence: next one in a week and more, so "Later".
    expect(await rowNames(page, 'later')).toContain('Jane Doe');
    expect((await frontmatter(page, JANE))?.contacted).toEqual(['2026-11-04T09:10', '2026-11-11T14:30', '2026-11-25T10:05']);
    const text = await readNote(page, JANE);
    expect(text).toMatch(/^contacted: \[2026-11-04T09:10, 2026-11-11T14:30, 2026-11-25T10:05\]$/m);
    expect(text).toMatch(/^followup: active {12}# active \| paused \| replied \| stopped$/m); // comment kept
    expect(await notices(page)).toEqual(['Logged follow-up 2 to Jane Doe at 2026-11-25 10:05. Next: follow-up 3 of 3 due Thu 10 Dec.']);
    // The agenda block on the same index redraws too.
    await expect.poll(() => agendaNames(page)).toEqual(['Erik Lindqvist', 'Maria Santos', 'Sofia Berg']);
    expect(errors).toEqual([]);
  });
});

describe('replied', () => {
  it('moves the contact to the paused, replied or stopped group and sets `followup: replied`', async () => {
    const { page, errors } = await openHarness(context());
    await rowOf(page, 'Erik Lindqvist').getByRole('button', { name: 'Mark replied' }).click();

    await expect.poll(() => rowNames(page, 'overdue')).toEqual(['Jane Doe']);
    expect(await headerCounts(page)).toMatchObject({ Overdue: 1, 'Paused, replied or stopped': 4 });
    expect((await frontmatter(page, ERIK))?.followup).toBe('replied');
    expect(await readNote(page, ERIK)).toMatch(/^followup: replied$/m);
    await groupHeader(page, 'closed').click();
    expect(await rowNames(page, 'closed')).toContain('Erik Lindqvist');
    // A replied row offers neither "log sent" nor "replied" again.
    const actions = rowOf(page, 'Erik Lindqvist').locator('.pp-action');
    expect(await actions.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).toEqual(['Open note']);
    expect(errors).toEqual([]);
  });
});

describe('a note edited elsewhere', () => {
  it('redraws the sidebar when the vault changes under it', async () => {
    const { page } = await openHarness(context());
    const text = await readNote(page, JANE);
    await page.evaluate(([p, t]) => window.__pp?.modifyNote(p ?? '', t ?? ''), [JANE, text.replace('followup: active', 'followup: paused')]);
    await expect.poll(() => rowNames(page, 'overdue')).toEqual(['Erik Lindqvist']);
    expect((await headerCounts(page))['Paused, replied or stopped']).toBe(4);
  });
});
