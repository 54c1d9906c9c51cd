/**
 * Note problems reach VS Code's Problems panel: the vault's broken note at once, and a note
 * broken on disk while VS Code runs, through the file watcher (no rescan).
 */
import { writeFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { followupsPane, LONG, openWorkbench, runCommand, showFollowups, useChromium, vaultPath } from './harness/workbench';

describe('Problems panel', () => {
  const browser = useChromium();

  it('lists a broken contact note with the key and what was expected, and a note broken later', async () => {
    const wb = await openWorkbench(browser());
    try {
      const { page } = wb;
      await showFollowups(page);
      await runCommand(page, 'Problems: Focus on Problems View');
      const markers = page.locator('.markers-panel .monaco-list-row');
      await markers.filter({ hasText: 'Oskar Holm.md' }).waitFor(LONG);
      await markers.filter({ hasText: '`contacted` items should be dates like 2026-11-04' }).waitFor(LONG);

      writeFileSync(vaultPath('Jobs/Nina Broken.md'), '---\nfollowup: active\ncontacted: [2026-11-02 10:00]\ncadence: sometimes\n---\nA typo in the cadence.\n');
      await markers.filter({ hasText: 'Nina Broken.md' }).waitFor(LONG);
      await markers.filter({ hasText: /cadence: .*sometimes/ }).waitFor(LONG);
      await followupsPane(page).locator('.monaco-list-row', { hasText: 'Jobs/Nina Broken.md' }).waitFor(LONG);
    } finally {
      await wb.close();
    }
  });
});
