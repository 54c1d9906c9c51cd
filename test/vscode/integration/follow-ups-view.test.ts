/** The Follow-ups view in real VS Code lists the vault's contacts in the core's groups, in order. */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectedGroups } from './harness/expected-groups';
import { openWorkbench, showFollowups, useChromium, viewGroups } from './harness/workbench';

describe('Follow-ups view', () => {
  const browser = useChromium();

  it('shows every contact of the vault in the right group, and the broken note under Problems', async () => {
    const wb = await openWorkbench(browser());
    try {
      const pane = await showFollowups(wb.page);
      // The vault has contacts in several groups and a broken note: the check is not trivially true.
      const first = expectedGroups(inject('vaultDir'));
      expect(first.length).toBeGreaterThanOrEqual(4);
      expect(first.map((g) => g.title)).toContain('Problems');
      // Both sides read afresh each time: other test files may have just written a note.
      let last = { view: [] as unknown[], expected: [] as unknown[] };
      await expect
        .poll(
          async () => {
            last = { view: await viewGroups(pane), expected: expectedGroups(inject('vaultDir')) };
            return JSON.stringify(last.view) === JSON.stringify(last.expected);
          },
          { timeout: 90_000 },
        )
        .toBe(true)
        .catch(async () => {
          // For the investigation: what the view showed when it did not match.
          await wb.page.screenshot({ path: join(import.meta.dirname, '..', '__screenshots__', 'view-mismatch.png') });
          // An editor restored with unsaved text would rightly win over the disk: say so if one is.
          const dirty = await wb.page.locator('.tab.dirty').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-resource-name')));
          expect(last.view, `dirty editors: ${JSON.stringify(dirty)}`).toEqual(last.expected);
        });
    } finally {
      await wb.close();
    }
  });
});
