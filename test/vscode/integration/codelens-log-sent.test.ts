/**
 * The CodeLens on `followup:` logs a message: the note on disk changes by exactly the logged
 * value (one more item in `contacted`, every other byte kept), and the notification says so.
 */
import { describe, expect, it } from 'vitest';
import { codeLens, notification, openNote, openWorkbench, readNote, useChromium, waitForNote } from './harness/workbench';

const NOTE = 'Jobs/Jane Doe.md';
const LAST = '2026-11-11 14:30]';

const minute = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

describe('CodeLens "Log sent"', () => {
  const browser = useChromium();

  it('appends exactly one `contacted` value, the time it was clicked, and changes nothing else', async () => {
    const wb = await openWorkbench(browser());
    try {
      const before = readNote(NOTE);
      expect(before).toContain(LAST);
      await openNote(wb.page, NOTE);
      await expect.poll(() => codeLens(wb.page, /^Follow-up \d of \d · due /).count(), { timeout: 150_000 }).toBe(1);
      const from = minute(new Date());
      await codeLens(wb.page, 'Log sent').click();
      // The whole new text, one `, YYYY-MM-DD HH:mm` longer: a save truncates first, so a read can catch it half-written.
      const after = await waitForNote(NOTE, (t) => t.length === before.length + ', 2026-12-01 10:05'.length && t.endsWith(before.slice(before.indexOf(LAST) + LAST.length)));
      const to = minute(new Date());
      const logged = /^contacted: \[2026-11-04 09:10, 2026-11-11 14:30, (\d{4}-\d{2}-\d{2} \d{2}:\d{2})\]$/m.exec(after)?.[1];
      expect(logged, after).toBeDefined();
      expect(logged! >= from && logged! <= to, `${logged} between ${from} and ${to}`).toBe(true);
      expect(after).toBe(before.replace(LAST, `2026-11-11 14:30, ${logged}]`));
      await notification(wb.page, `Logged follow-up 2 to Jane Doe at ${logged}`).waitFor({ timeout: 60_000 });
      // The editor shows the written text and has nothing unsaved.
      await wb.page.locator('.tab.active:not(.dirty)[data-resource-name="Jane Doe.md"]').waitFor({ timeout: 60_000 });
    } finally {
      await wb.close();
    }
  });
});
