import { describe, expect, it } from 'vitest';
import { pickSnoozeDate, snoozeUntil } from '../../../src/plugin/actions';
import { clickButton } from '../support/modals';
import { settle } from '../support/settle';
import { JANE, STOPPED } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();

const SNOOZED = JANE.replace('interests: [pizza, trail running]\n', 'interests: [pizza, trail running]\nsnooze: 2026-12-02\n');

describe('snoozeUntil', () => {
  it('adds snooze at the end of the frontmatter, then removes it again byte for byte', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    expect(await snoozeUntil(t.ctx, t.file('Jane.md'), '2026-12-02')).toBe(true);
    expect(await t.read('Jane.md')).toBe(SNOOZED);
    expect(notices).toEqual([expect.stringMatching(/^Snoozed Jane Doe until Wed 2 Dec\./)]);
    expect(await snoozeUntil(t.ctx, t.file('Jane.md'), null)).toBe(true);
    expect(await t.read('Jane.md')).toBe(JANE);
  });

  it('refuses today, a past day, a day that does not exist and a stopped contact (the core\'s rules)', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE, 'Sam.md': STOPPED } });
    expect(await snoozeUntil(t.ctx, t.file('Jane.md'), '2026-11-25')).toBe(false);
    expect(await snoozeUntil(t.ctx, t.file('Jane.md'), '2026-11-20')).toBe(false);
    expect(await snoozeUntil(t.ctx, t.file('Jane.md'), '2026-02-30')).toBe(false);
    expect(await snoozeUntil(t.ctx, t.file('Sam.md'), '2026-12-02')).toBe(false);
    expect(await t.read('Jane.md')).toBe(JANE);
    expect(await t.read('Sam.md')).toBe(STOPPED);
    expect(notices).toEqual([
      expect.stringMatching(/^Snooze until a day after today.*not 2026-11-25/),
      expect.stringMatching(/^Snooze until a day after today.*not 2026-11-20/),
      expect.stringMatching(/2026-02-30.* not a date/),
      expect.stringMatching(/^Sam Stone asked you to stop/),
    ]);
  });
});

describe('pickSnoozeDate', () => {
  it('offers a week from today and snoozes until the date entered', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    pickSnoozeDate(t.ctx, t.file('Jane.md'));
    const input = modals.last().contentEl.querySelector('input');
    expect(input?.type).toBe('date');
    expect(input?.value).toBe('2026-12-02');
    clickButton(modals.last(), 'Snooze');
    await settle();
    expect(await t.read('Jane.md')).toBe(SNOOZED);
  });

  it('leaves the day to the core: a past day entered is refused in a Notice, the note unchanged', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    pickSnoozeDate(t.ctx, t.file('Jane.md'));
    const input = modals.last().contentEl.querySelector('input');
    if (!input) throw new Error('no input');
    input.value = '2026-11-20';
    clickButton(modals.last(), 'Snooze');
    await settle();
    expect(await t.read('Jane.md')).toBe(JANE);
    expect(notices).toEqual([expect.stringMatching(/^Snooze until a day after today.*not 2026-11-20/)]);
  });

  it('keeps the prompt open on an empty date', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    pickSnoozeDate(t.ctx, t.file('Jane.md'));
    const modal = modals.last();
    const input = modal.contentEl.querySelector('input');
    if (!input) throw new Error('no input');
    input.value = '';
    clickButton(modal, 'Snooze');
    expect(modal.contentEl.textContent).toContain('Enter a date.');
    modal.close();
    await settle();
    expect(await t.read('Jane.md')).toBe(JANE);
  });
});
