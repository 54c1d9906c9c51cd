/** The sidebar over the example vault at Wed 25 Nov 2026: groups, counts, rows, the filter. */
import { describe, expect, it } from 'vitest';
import { openHarness, useBrowser } from './harness/browser';
import { expectedCounts } from './harness/expected-agenda';
import { groupHeader, headerCounts, rowNames, rowOf, sidebar } from './harness/sidebar';

const TODAY = '2026-11-25';
const browser = useBrowser();

/** Checked by hand against the notes and `followups agenda examples/vault --today 2026-11-25`. */
const BY_HAND = {
  Overdue: 2,
  Today: 1,
  'This week': 1,
  Later: 2,
  'Not contacted': 1,
  'Paused, replied or stopped': 3,
  Problems: 1,
};

describe('sidebar: groups and counts', () => {
  it('shows the groups with the counts the core computes for the same notes', async () => {
    const { page, errors } = await openHarness(browser());
    const shown = await headerCounts(page);
    expect(shown).toEqual(expectedCounts(TODAY));
    expect(shown).toEqual(BY_HAND);
    expect(Object.keys(shown)).toEqual(Object.keys(BY_HAND)); // in display order
    expect(errors).toEqual([]);
  });

  it('lists the right people in each group, the closed group collapsed', async () => {
    const { page } = await openHarness(browser());
    expect(await rowNames(page, 'overdue')).toEqual(['Erik Lindqvist', 'Jane Doe']);
    expect(await rowNames(page, 'today')).toEqual(['Maria Santos']);
    expect(await rowNames(page, 'week')).toEqual(['Sofia Berg']);
    expect(await rowNames(page, 'later')).toEqual(['Sam Okafor', 'Tom Becker']);
    expect(await rowNames(page, 'not-contacted')).toEqual(['Priya Natarajan']);
    expect(await rowNames(page, 'closed')).toEqual([]);
    await expect.poll(() => groupHeader(page, 'closed').getAttribute('aria-expanded')).toBe('false');
    await groupHeader(page, 'closed').click();
    expect(await rowNames(page, 'closed')).toEqual(['Hannah Smith', 'Karin Ek', 'Per Andersson']);
    await expect.poll(() => sidebar(page).locator('.pp-problem .pp-row-name').allInnerTexts()).toEqual(['Jobs/Oskar Holm.md']);
  });

  it('shows due dates relative, with the absolute date on hover', async () => {
    const { page } = await openHarness(browser());
    const due = rowOf(page, 'Jane Doe').locator('.pp-row-due');
    expect(await due.innerText()).toBe('6 days overdue');
    expect(await due.getAttribute('title')).toBe('Thu 19 Nov 2026');
    expect(await rowOf(page, 'Maria Santos').locator('.pp-row-due').innerText()).toBe('today');
  });
});

describe('sidebar: the filter box', () => {
  it('keeps the rows whose name or context matches, and keeps its focus and text', async () => {
    const { page } = await openHarness(browser());
    const filter = sidebar(page).locator('.pp-filter');
    await filter.fill('sales');
    await expect.poll(() => headerCounts(page)).toEqual({ Today: 1, Later: 1, 'Paused, replied or stopped': 2 });
    expect(await rowNames(page, 'today')).toEqual(['Maria Santos']);
    expect(await rowNames(page, 'later')).toEqual(['Tom Becker']);
    await filter.fill('JANE');
    await expect.poll(() => headerCounts(page)).toEqual({ Overdue: 1 });
    expect(await filter.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await filter.inputValue()).toBe('JANE');
  });

  it('says so when nothing matches, and shows everything again when cleared', async () => {
    const { page } = await openHarness(browser());
    const filter = sidebar(page).locator('.pp-filter');
    await filter.fill('nobody by this name');
    await expect.poll(() => sidebar(page).locator('.pp-empty').innerText()).toBe('No contacts match the filter.');
    expect(await headerCounts(page)).toEqual({});
    await filter.fill('');
    await expect.poll(() => headerCounts(page)).toEqual(BY_HAND);
  });
});
