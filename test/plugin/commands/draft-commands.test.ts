import { describe, expect, it, vi } from 'vitest';
import { checkTone } from '../../../src/core/tone';
import { palette } from '../support/commands';
import { focusNote, openInEditor } from '../support/editor';
import { settle } from '../support/settle';
import { JANE } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();

const WITH_DRAFT = `${JANE}
## Follow-ups

### Draft — follow-up 2 — 2026-11-25 (Wed midday)
**Subject:** The role & next steps?

Hi Jane,

You haven't answered my last email.
`;

const KIND_DRAFT = WITH_DRAFT.replace("You haven't answered my last email.", 'I hope the week is kind to you.');

function onNote(note: string) {
  const t = createTestContext({ files: { 'Jane.md': note } });
  focusNote(t.app, t.file('Jane.md'));
  return { ...t, p: palette(t.app, t.ctx) };
}

describe('check-tone', () => {
  it('lists each finding of the selection with why and a kinder way', async () => {
    const t = createTestContext({ files: { 'Pat.md': 'Notes\n' } });
    const text = 'Hello. As per my last email, you still haven\'t replied.';
    const editor = openInEditor(t.app, t.file('Pat.md'), text);
    editor.setSelection({ line: 0, ch: 0 }, { line: 0, ch: text.length });
    const p = palette(t.app, t.ctx);
    expect(p.isShown('check-tone')).toBe(true);
    p.run('check-tone');
    await settle();
    const items = [...modals.last().contentEl.querySelectorAll('li')];
    // The same findings as the core's (and so the CLI's), in the same order, each shown whole.
    const findings = checkTone(text, 'en');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['"As per my last email"', '"you still haven\'t replied"']);
    expect(findings).toHaveLength(2);
    items.forEach((li, i) => {
      const f = findings[i];
      expect(li.querySelector('.pp-tone-why')?.textContent).toBe(f?.why);
      expect(li.querySelector('.pp-tone-suggestion')?.textContent).toBe(`Kinder: ${f?.suggestion}`);
    });
  });

  it('is not offered on a plain note without a selection', () => {
    const t = createTestContext({ files: { 'Pat.md': 'Notes\n' } });
    openInEditor(t.app, t.file('Pat.md'), 'Notes\n');
    expect(palette(t.app, t.ctx).isShown('check-tone')).toBe(false);
  });

  it('checks the latest draft of a contact note without a selection', async () => {
    const t = onNote(WITH_DRAFT);
    t.p.run('check-tone');
    await settle();
    expect(modals.last().contentEl.textContent).toContain('In the latest draft (Draft — follow-up 2 — 2026-11-25 (Wed midday)).');
    expect(modals.last().contentEl.querySelector('strong')?.textContent).toBe('"You haven\'t answered"');
  });

  it('explains a Swedish draft in Swedish', async () => {
    const t = onNote(WITH_DRAFT.replace("Hi Jane,\n\nYou haven't answered my last email.", 'Hej Jane,\n\nDu har fortfarande inte svarat på mitt mejl.'));
    t.p.run('check-tone');
    await settle();
    const el = modals.last().contentEl;
    expect(el.querySelector('strong')?.textContent).toBe('"Du har fortfarande inte svarat"');
    expect(el.querySelector('.pp-tone-why')?.textContent).toMatch(/pekar ut vad mottagaren inte har gjort/);
    expect(el.querySelector('.pp-tone-suggestion')?.textContent).toBe('Kinder: Jag vet hur fulla inkorgarna kan bli. När du har en stund hör jag gärna vad du tycker om mitt mejl.');
  });

  it('says so when the draft reads kindly, or when there is no draft', async () => {
    onNote(KIND_DRAFT).p.run('check-tone');
    onNote(JANE).p.run('check-tone');
    await settle();
    expect(notices.sort()).toEqual([
      'No draft in this note yet: select some text, or append a draft first.',
      'Nothing to soften in the latest draft (Draft — follow-up 2 — 2026-11-25 (Wed midday)): it reads kindly.',
    ]);
    expect(modals.all).toHaveLength(0);
  });
});

describe('copy-draft', () => {
  it('copies the latest draft body', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    onNote(KIND_DRAFT).p.run('copy-draft');
    await settle();
    expect(writeText).toHaveBeenCalledWith('Hi Jane,\n\nI hope the week is kind to you.');
    expect(notices).toEqual(['Draft copied. Subject: The role & next steps?']);
  });
});

describe('open-in-mail', () => {
  it('opens a mailto: link with the encoded subject and body', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    onNote(KIND_DRAFT).p.run('open-in-mail');
    await settle();
    expect(open).toHaveBeenCalledWith(
      'mailto:jane@example.com?subject=The%20role%20%26%20next%20steps%3F&body=Hi%20Jane%2C%0D%0A%0D%0AI%20hope%20the%20week%20is%20kind%20to%20you.',
    );
  });

  it('asks for a draft first when the note has none', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    onNote(JANE).p.run('open-in-mail');
    await settle();
    expect(open).not.toHaveBeenCalled();
    expect(notices).toEqual(['No draft in this note yet: append one first.']);
  });
});
