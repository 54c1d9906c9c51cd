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

      // A key pressed before the editor has focus is lost on a busy machine (CI saw the tab never
      // turn dirty): click and undo again until it does. Extra undos are harmless: the action's
      // edit is the only one in the editor's history.
      const dirty = page.locator('.tab.active.dirty[data-resource-name="Maria Santos.md"]');
      await expect
        .poll(
          async () => {
            await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
            await page.keyboard.press('Control+Z');
            return dirty.waitFor({ timeout: 10_000 }).then(() => true, () => false);
          },
          { timeout: LONG.timeout, interval: 0 },
        )
        .toBe(true);
      await page.keyboard.press('Control+S');
      await waitForNote(NOTE, (t) => t === before);
    } finally {
      await wb.close();
    }
  });
});
