import { describe, expect, it } from 'vitest';
import { pickSnoozeDate, snoozeUntil } from '../../../src/plugin/actions';
import { snoozeDateProblem } from '../../../src/plugin/actions/snooze';
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
    expect(notices).toEqual(['Snoozed Jane Doe until Wed 2 Dec.']);
    expect(await snoozeUntil(t.ctx, t.file('Jane.md'), null)).toBe(true);
    expect(await t.read('Jane.md')).toBe(JANE);
  });

  it('refuses today or a past day, and a stopped contact', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE, 'Sam.md': STOPPED } });
    expect(await snoozeUntil(t.ctx, t.file('Jane.md'), '2026-11-25')).toBe(false);
    expect(await snoozeUntil(t.ctx, t.file('Sam.md'), '2026-12-02')).toBe(false);
    expect(await t.read('Jane.md')).toBe(JANE);
    expect(await t.read('Sam.md')).toBe(STOPPED);
    expect(notices).toEqual(['Snooze until a day after today, not 2026-11-25.', 'Sam Stone asked you to stop: there is nothing to snooze.']);
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

  it('shows why a date cannot be used and keeps the modal open', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    pickSnoozeDate(t.ctx, t.file('Jane.md'));
    const modal = modals.last();
    const input = modal.contentEl.querySelector('input');
    if (!input) throw new Error('no input');
    input.value = '2026-11-20';
    clickButton(modal, 'Snooze');
    expect(modal.contentEl.textContent).toContain('Pick a day after today.');
    modal.close();
    await settle();
    expect(await t.read('Jane.md')).toBe(JANE);
  });

  it('validates dates', () => {
    expect(snoozeDateProblem('2026-02-30', '2026-01-01')).toBe('Enter a date as YYYY-MM-DD.');
    expect(snoozeDateProblem('next week', '2026-01-01')).toBe('Enter a date as YYYY-MM-DD.');
    expect(snoozeDateProblem('2026-01-01', '2026-01-01')).toBe('Pick a day after today.');
    expect(snoozeDateProblem('2026-01-02', '2026-01-01')).toBeNull();
  });
});
