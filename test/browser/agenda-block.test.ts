/** The `followups` block of the example daily note, rendered as of that note's day. */
import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/core/calendar';
import { openHarness, useBrowser } from './harness/browser';
import { exampleAgenda } from './harness/expected-agenda';
import { agendaBlock, agendaNames } from './harness/sidebar';

const context = useBrowser();
const DAY = '2026-11-25';

describe('agenda block in Daily/2026-11-25.md (range: 7d)', () => {
  it("lists that day's agenda: what is due within 7 days, overdue first", async () => {
    const { page, errors } = await openHarness(context());
    const last = addDaysTo(DAY, 7);
    const expected = exampleAgenda(DAY)
      .items.filter(({ plan }) => plan.bucket !== null && plan.due !== null && plan.due <= last)
      .map(({ contact }) => contact.name);
    expect(await agendaNames(page)).toEqual(expected);
    expect(expected).toEqual(['Erik Lindqvist', 'Jane Doe', 'Maria Santos', 'Sofia Berg']); // by hand
    expect(await agendaBlock(page).locator('.pp-agenda-title').innerText()).toBe('Follow-ups');
    expect(errors).toEqual([]);
  });

  it('shows each line with context, step, relative due (overdue marked) and slot', async () => {
    const { page } = await openHarness(context());
    const lines = await agendaBlock(page).locator('.pp-agenda-item').allInnerTexts();
    expect(lines).toEqual([
      'Erik Lindqvist · job · follow-up 1 of 3 · 26 days overdue · Wed midday',
      'Jane Doe · job · follow-up 2 of 3 · 6 days overdue · Wed midday',
      'Maria Santos · sales · follow-up 2 of 3 · today · Wed afternoon',
      'Sofia Berg · networking · follow-up 1 of 3 · in 5 days · Mon morning',
    ]);
    expect(await agendaBlock(page).locator('.pp-is-overdue').allInnerTexts()).toEqual(['26 days overdue', '6 days overdue']);
    expect(await agendaBlock(page).locator('.pp-agenda-problems').innerText()).toBe('1 contact note has a problem; see the follow-ups view.');
  });

  it('links each name to its note; a click opens it', async () => {
    const { page } = await openHarness(context());
    const links = agendaBlock(page).locator('a.internal-link');
    expect(await links.evaluateAll((els) => els.map((a) => a.getAttribute('data-href')))).toEqual([
      'Jobs/Erik Lindqvist.md',
      'Jobs/Jane Doe.md',
      'Sales/Maria Santos.md',
      'Networking/Sofia Berg.md',
    ]);
    await links.filter({ hasText: 'Sofia Berg' }).click();
    await expect.poll(() => page.evaluate(() => window.__pp?.opened())).toEqual(['Networking/Sofia Berg.md']);
  });
});
