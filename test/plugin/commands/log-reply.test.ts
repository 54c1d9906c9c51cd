/** "Log reply" in the plugin: the modal shows the core's reading, a stop is confirmed, unsure is chosen. */
import { describe, expect, it } from 'vitest';
import { palette } from '../support/commands';
import { focusNote, openInEditor } from '../support/editor';
import { clickButton } from '../support/modals';
import { JANE, STOPPED } from '../support/notes';
import { settle } from '../support/settle';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();

function onNote(note: string) {
  const t = createTestContext({ files: { 'People/Jane.md': note } });
  focusNote(t.app, t.file('People/Jane.md'));
  return { ...t, p: palette(t.app, t.ctx), text: () => t.read('People/Jane.md') };
}

function paste(text: string): void {
  const area = modals.last().contentEl.querySelector('textarea');
  if (!area) throw new Error('no textarea');
  area.value = text;
  area.dispatchEvent(new Event('input'));
}

const reading = (): string => modals.last().contentEl.querySelector('.pp-reply-reading')?.textContent ?? '';

describe('log-reply command', () => {
  it('shows why a stop request reads as one, asks to confirm, then stops and quotes it', async () => {
    const t = onNote(JANE);
    t.p.run('log-reply');
    await settle();
    paste('Thanks, but we have decided to go with someone else.\n\nSent from my iPhone');
    expect(reading()).toBe("Reads as a stop request. 'go with someone' reads as a no.");
    clickButton(modals.last(), 'Log as read');
    await settle();
    expect(modals.last().contentEl.textContent).toContain('Mark Jane Doe as stopped?');
    clickButton(modals.last(), 'Stop following up');
    await settle();
    const after = await t.text();
    expect(after).toContain('followup: stopped   # keep going until she answers\n');
    expect(after).toContain('replied: 2026-11-25\nreply-kind: stop\n');
    expect(after).toContain('## Follow-ups\n\n### Reply — 2026-11-25 10:05 — asked to stop\n> Thanks, but we have decided to go with someone else.\n>\n> Sent from my iPhone\n');
    expect(notices.at(-1)).toMatch(/^Marked Jane Doe as stopped/);
  });

  it('cancelling the stop writes nothing', async () => {
    const t = onNote(JANE);
    t.p.run('log-reply');
    await settle();
    paste('Please take me off your list.');
    clickButton(modals.last(), 'Log as read');
    await settle();
    clickButton(modals.last(), 'Cancel');
    await settle();
    expect(await t.text()).toBe(JANE);
  });

  it('unsure cannot be logged as read: the user chooses', async () => {
    const t = onNote(JANE);
    t.p.run('log-reply');
    await settle();
    paste('Sent from my iPhone');
    expect(reading()).toMatch(/^Not sure what this is: choose below\./);
    const logAsRead = [...modals.last().contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Log as read');
    expect(logAsRead?.disabled).toBe(true);
    clickButton(modals.last(), 'Real reply');
    await settle();
    expect(await t.text()).toContain('followup: replied');
  });

  it('an out-of-office reply snoozes to the day after the return day; the selection comes pre-filled', async () => {
    const t = onNote(JANE);
    const editor = openInEditor(t.app, t.file('People/Jane.md'), JANE + '\nJag är på semester t.o.m. 4/1.\n');
    editor.setSelection({ line: 12, ch: 0 }, { line: 12, ch: 30 });
    t.p.run('log-reply');
    await settle();
    expect(modals.last().contentEl.querySelector('textarea')?.value).toBe('Jag är på semester t.o.m. 4/1.');
    expect(reading()).toContain('(2027-01-04)');
    clickButton(modals.last(), 'Log as read');
    await settle();
    // Written in the open editor, on the text as it stands there (unsaved typing included).
    const after = editor.getValue();
    expect(after).toContain('snooze: 2027-01-05\n');
    expect(after).toContain('\nJag är på semester t.o.m. 4/1.\n');
    expect(after).toContain('followup: active');
  });

  it('a stopped note stays stopped', async () => {
    const t = onNote(STOPPED);
    t.p.run('log-reply');
    await settle();
    paste('Yes! Let us talk on Monday.');
    clickButton(modals.last(), 'Log as read');
    await settle();
    expect(await t.text()).toBe(STOPPED);
    expect(notices.at(-1)).toContain('stays stopped');
  });
});
