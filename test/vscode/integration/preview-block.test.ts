/**
 * A ```followups block in VS Code's Markdown preview: rendered by the extension's markdown-it
 * plugin, dated by the daily note's name (2026-11-25.md), its rows as the core selects them.
 */
import { describe, expect, inject, it } from 'vitest';
import { buildAgenda } from '../../../src/core/agenda';
import { parseBlockOptions } from '../../../src/core/agenda-block/block-options';
import { selectItems } from '../../../src/core/agenda-block/select-items';
import { migrateSettings } from '../../../src/core/settings';
import { vaultReads } from './harness/expected-groups';
import { LONG, openNote, openWorkbench, readNote, runCommand, useChromium } from './harness/workbench';

const DAILY = 'Daily/2026-11-25.md';

/** The names the block must list: the core's selection for the note's own day and options. */
function expectedNames(): string[] {
  const source = /```followups\n([\s\S]*?)```/.exec(readNote(DAILY))?.[1];
  if (source === undefined) throw new Error(`${DAILY} has no followups block`);
  const parsed = parseBlockOptions(source);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const agenda = buildAgenda(vaultReads(inject('vaultDir')), migrateSettings({}), '2026-11-25');
  return selectItems(agenda, parsed.options).map((i) => i.contact.name);
}

describe('Markdown preview', () => {
  const browser = useChromium();

  it('renders the followups block of a daily note, as of the day in its name', async () => {
    const wb = await openWorkbench(browser());
    try {
      const { page } = wb;
      const names = expectedNames();
      expect(names.length).toBeGreaterThanOrEqual(2);
      await openNote(page, DAILY);
      await runCommand(page, 'Markdown: Open Preview');
      // The preview is a webview: an iframe holding the rendered document's iframe.
      const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await preview.locator('.pp-agenda-title', { hasText: 'Follow-ups as of Wed 25 Nov 2026' }).waitFor(LONG);
      // Rows appear once the extension's first scan is done (the preview is refreshed then).
      await expect.poll(() => preview.locator('.pp-agenda-item a').allTextContents(), { timeout: 150_000 }).toEqual(names);
      const due = await preview.locator('.pp-agenda-item .pp-agenda-due').allTextContents();
      expect(due).toHaveLength(names.length);
      for (const d of due) expect(d).toMatch(/overdue|today|tomorrow|in \d+ days|^\w{3} \d+ \w{3}$/);
    } finally {
      await wb.close();
    }
  });
});
