/** Reading the sidebar and the agenda block as a user sees them, through Playwright locators. */
import type { Locator, Page } from 'playwright-core';

export const sidebar = (page: Page): Locator => page.locator('#sidebar');
export const agendaBlock = (page: Page): Locator => page.locator('#note .pp-agenda');

/** `{ Overdue: 2, Today: 1, … }` as the group headers read. */
export async function headerCounts(page: Page): Promise<Record<string, number>> {
  const headers = await sidebar(page).locator('.pp-group-header').all();
  const out: Record<string, number> = {};
  for (const h of headers) {
    out[await h.locator('.pp-group-title').innerText()] = Number(await h.locator('.pp-group-count').innerText());
  }
  return out;
}

/** The contact names shown in one group (by id: overdue, today, week, …), in order. */
export function rowNames(page: Page, group: string): Promise<string[]> {
  return sidebar(page).locator(`.pp-group-${group} .pp-row .pp-row-name`).allInnerTexts();
}

export function rowOf(page: Page, name: string): Locator {
  return sidebar(page).locator('.pp-row').filter({ has: page.locator('.pp-row-name', { hasText: name }) });
}

export function groupHeader(page: Page, group: string): Locator {
  return sidebar(page).locator(`.pp-group-${group} .pp-group-header`);
}

/** The names the agenda block lists, in order. */
export function agendaNames(page: Page): Promise<string[]> {
  return agendaBlock(page).locator('.pp-agenda-item a').allInnerTexts();
}
