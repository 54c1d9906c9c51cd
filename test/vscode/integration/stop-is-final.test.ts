/** "They asked me to stop" is final: only `followup` changes, and no message can be logged after it. */
import { describe, expect, it } from 'vitest';
import { codeLens, followupsPane, LONG, notification, openNote, openWorkbench, readNote, runCommand, showFollowups, useChromium, viewGroups, waitForNote } from './harness/workbench';

const NOTE = 'Networking/Sofia Berg.md';

describe('Stop', () => {
  const browser = useChromium();

  it('sets `followup: stopped` and nothing else; "Log sent" is then refused and the note stays as it is', async () => {
    const wb = await openWorkbench(browser());
    try {
      const { page } = wb;
      const before = readNote(NOTE);
      await openNote(page, NOTE);
      await codeLens(page, 'Log sent').waitFor(LONG);
      await runCommand(page, 'Pleasantly Persistent: They asked me to stop');
      const stopped = await waitForNote(NOTE, (t) => t === before.replace(/^followup: active$/m, 'followup: stopped'));
      await notification(page, 'Marked Sofia Berg as stopped').waitFor(LONG);

      // The lens now says so and offers no way to log a message.
      await codeLens(page, /^Stopped$/).waitFor(LONG);
      expect(await codeLens(page, 'Log sent').count()).toBe(0);

      await runCommand(page, 'Pleasantly Persistent: Log follow-up sent');
      await notification(page, 'Sofia Berg asked you to stop, so no more messages go out; nothing was logged.').waitFor(LONG);
      expect(readNote(NOTE)).toBe(stopped);

      const pane = await showFollowups(page);
      await expect
        .poll(async () => (await viewGroups(pane)).find((g) => g.title === 'Paused, replied or stopped')?.names ?? [], { timeout: 60_000 })
        .toContain('Sofia Berg');
      expect(await followupsPane(page).count()).toBe(1);
    } finally {
      await wb.close();
    }
  });
});
