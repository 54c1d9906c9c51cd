/** An action's edit is an ordinary edit of the document: Undo takes it back, byte for byte. */
import { describe, expect, it } from 'vitest';
import { LONG, openNote, openWorkbench, readNote, runCommand, useChromium, waitForNote } from './harness/workbench';

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

      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Z');
      await page.locator('.tab.active.dirty[data-resource-name="Maria Santos.md"]').waitFor(LONG);
      await page.keyboard.press('Control+S');
      await waitForNote(NOTE, (t) => t === before);
    } finally {
      await wb.close();
    }
  });
});
