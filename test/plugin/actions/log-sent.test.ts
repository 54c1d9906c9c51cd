import { describe, expect, it } from 'vitest';
import { logSent } from '../../../src/plugin/actions';
import { clickButton } from '../support/modals';
import { settle } from '../support/settle';
import { JANE, PROBLEM, RECENT, STOPPED } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();

describe('logSent', () => {
  it('appends now to the flow list and keeps every comment and byte around it', async () => {
    const t = createTestContext({ files: { 'People/Jane.md': JANE } });
    expect(await logSent(t.ctx, t.file('People/Jane.md'))).toBe(true);
    expect(await t.read('People/Jane.md')).toBe(
      JANE.replace('contacted: [2026-11-04 09:10, 2026-11-11 14:30]', 'contacted: [2026-11-04 09:10, 2026-11-11 14:30, 2026-11-25T10:05]'),
    );
    expect(modals.all).toHaveLength(0);
    expect(notices).toEqual([expect.stringMatching(/^Logged follow-up 2 to Jane Doe at 2026-11-25 10:05\./)]);
  });

  it('asks first when sooner than the minimum gap, and logs when confirmed', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const done = logSent(t.ctx, t.file('Rita.md'));
    await settle();
    const modal = modals.last();
    // The question is the core's (rule 2): who, when, and the gap it keeps.
    expect(modal.contentEl.textContent).toContain('Rita Recent on Tue 24 Nov');
    expect(modal.contentEl.textContent).toContain('at least a week');
    clickButton(modal, 'Log it anyway');
    expect(await done).toBe(true);
    expect(await t.read('Rita.md')).toBe(RECENT.replace('  - 2026-11-24 16:00   # first mail\n', '  - 2026-11-24 16:00   # first mail\n  - 2026-11-25T10:05\n'));
  });

  it('writes nothing when the too-early confirmation is cancelled or dismissed', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const cancelled = logSent(t.ctx, t.file('Rita.md'));
    await settle();
    clickButton(modals.last(), 'Cancel');
    expect(await cancelled).toBe(false);

    const dismissed = logSent(t.ctx, t.file('Rita.md'));
    await settle();
    modals.last().close();
    expect(await dismissed).toBe(false);
    expect(await t.read('Rita.md')).toBe(RECENT);
  });

  it('follows the minimum gap setting', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT }, settings: { minGapDays: 1 } });
    expect(await logSent(t.ctx, t.file('Rita.md'))).toBe(true);
    expect(modals.all).toHaveLength(0);
  });

  it('logs a double click once: a second call within 2 seconds is refused, later ones log', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const file = t.file('Jane.md');
    const [first, second] = await Promise.all([logSent(t.ctx, file), logSent(t.ctx, file)]);
    expect([first, second]).toEqual([true, false]);
    t.setNow(new Date(2026, 10, 25, 10, 5, 1));
    expect(await logSent(t.ctx, file)).toBe(false);
    expect(notices).toContain('Already logging a message in "Jane".');
    expect(notices).toContain('A message in "Jane" was logged a moment ago; logged once.');
    expect((await t.read('Jane.md')).match(/2026-11-25T10:05/g)).toHaveLength(1);

    // A minute after the first log it is a new message, not a double click (and too soon: the
    // core asks). Within the same minute the core itself says it is already logged.
    t.setNow(new Date(2026, 10, 25, 10, 6, 0));
    const third = logSent(t.ctx, file);
    await settle();
    clickButton(modals.last(), 'Log it anyway');
    expect(await third).toBe(true);
  });

  it('guards while the confirmation is open', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const first = logSent(t.ctx, t.file('Rita.md'));
    await settle();
    expect(await logSent(t.ctx, t.file('Rita.md'))).toBe(false);
    expect(modals.all).toHaveLength(1);
    clickButton(modals.last(), 'Log it anyway');
    expect(await first).toBe(true);
  });

  it('refuses a stopped contact and a note with problems, writing nothing', async () => {
    const t = createTestContext({ files: { 'Sam.md': STOPPED, 'Bad.md': PROBLEM } });
    expect(await logSent(t.ctx, t.file('Sam.md'))).toBe(false);
    expect(await logSent(t.ctx, t.file('Bad.md'))).toBe(false);
    expect(await t.read('Sam.md')).toBe(STOPPED);
    expect(await t.read('Bad.md')).toBe(PROBLEM);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^Sam Stone asked you to stop.*nothing was logged/);
    expect(notices[1]).toMatch(/Bad\.md: contacted: /);
  });

  it('refuses a note that is not a contact', async () => {
    const t = createTestContext({ files: { 'Pat.md': 'Just text.\n' } });
    expect(await logSent(t.ctx, t.file('Pat.md'))).toBe(false);
    expect(await t.read('Pat.md')).toBe('Just text.\n');
    expect(notices).toEqual([expect.stringMatching(/^Pat\.md.* not a follow-up note/)]);
  });
});
