/**
 * Plugin writes while the user edits the same note. The risky moment is the confirm modal of a
 * too-early "log sent": the note may change while it is open. The write must apply the edit to
 * the note as it is then (inside `vault.process`), never to the text read before the modal.
 * (Two quick clicks are covered in log-sent.test.ts: they log once.)
 */
import { describe, expect, it } from 'vitest';
import { logSent } from '../../../src/plugin/actions';
import { clickButton } from '../support/modals';
import { settle } from '../support/settle';
import { RECENT } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();

describe('log sent while the note changes', () => {
  it('keeps a body edit made while the confirmation was open', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const file = t.file('Rita.md');
    const logging = logSent(t.ctx, file);
    await settle();
    await t.app.vault.modify(file, `${RECENT}Met Rita at the fair.\n`);
    clickButton(modals.last(), 'Log it anyway');
    expect(await logging).toBe(true);
    expect(await t.read('Rita.md')).toBe(
      `${RECENT.replace('  - 2026-11-24 16:00   # first mail\n', '  - 2026-11-24 16:00   # first mail\n  - 2026-11-25 10:05\n')}Met Rita at the fair.\n`,
    );
  });

  it('does not log when the note was marked stopped while the confirmation was open', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const file = t.file('Rita.md');
    const logging = logSent(t.ctx, file);
    await settle();
    const stopped = RECENT.replace('followup: active', 'followup: stopped');
    await t.app.vault.modify(file, stopped);
    await settle();
    clickButton(modals.last(), 'Log it anyway');
    expect(await logging).toBe(false);
    expect(await t.read('Rita.md')).toBe(stopped);
    expect(notices.at(-1)).toContain('asked you to stop');
  });
});
