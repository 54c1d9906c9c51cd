/** An action's edit is an ordinary edit of the document: Undo takes it back, byte for byte. */
import { describe, expect, it } from 'vitest';
import { describeWorkbench, LONG, openNote, openWorkbench, readNote, runCommand, useChromium, waitForNote } from './harness/workbench';

const NOTE = 'Sales/Maria Santos.md';

describe('Undo', () => {
  const browser = useChromium();

  it('reverts "Mark replied" in the editor, and saving gives back the original file', async () => {
    const wb = await openWorkbench(browser());
    try {
      const { page } = wb;
      const before = readNote(NOTE);
      expect(before).toMatch(/^followup: active$/m);
      await openNote(page, NOTE);
      await runCommand(page, 'Pleasantly Persistent: Mark replied');
      // Waits for the whole expected text: a save truncates first, so a read can catch it half-written.
      await waitForNote(NOTE, (t) => t === before.replace(/^followup: active$/m, 'followup: replied'));

      // Undo and Save from the palette: the same commands as Ctrl+Z and Ctrl+S, which a busy
      // machine can deliver before the editor has its focus back.
      const dirtyTab = page.locator('.tab.active.dirty[data-resource-name="Maria Santos.md"]');
      await runCommand(page, 'Undo');
      await dirtyTab.waitFor(LONG).catch(async (e: unknown) => {
        throw new Error(`After Undo the tab is not dirty; the file reads:\n${readNote(NOTE)}\n${await describeWorkbench(page)}`, { cause: e });
      });
      await page.locator('.editor-instance .view-lines', { hasText: 'followup: active' }).first().waitFor(LONG);
      await runCommand(page, 'File: Save');
      await waitForNote(NOTE, (t) => t === before);
      await dirtyTab.waitFor({ ...LONG, state: 'detached' });
    } finally {
      await wb.close();
    }
  });
});
