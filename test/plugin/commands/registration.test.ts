import { afterEach, describe, expect, it, vi } from 'vitest';
import { palette } from '../support/commands';
import { focusNote } from '../support/editor';
import { JANE, PLAIN, PROBLEM, STOPPED } from '../support/notes';
import { createTestContext } from '../support/test-context';

afterEach(() => vi.restoreAllMocks());

const IDS = ['open-next', 'show-view', 'show-stats', 'new-contact', 'start', 'append-draft', 'log-sent', 'log-reply', 'mark-replied', 'stop', 'toggle-pause', 'snooze', 'set-cadence', 'check-tone', 'copy-draft', 'open-in-mail'];
const ON_CONTACT = ['append-draft', 'log-sent', 'log-reply', 'mark-replied', 'stop', 'toggle-pause', 'snooze', 'set-cadence', 'check-tone', 'copy-draft', 'open-in-mail'];

function shownOn(files: Record<string, string>, active: string | null): string[] {
  const t = createTestContext({ files });
  if (active !== null) focusNote(t.app, t.file(active));
  const p = palette(t.app, t.ctx);
  return IDS.filter((id) => p.isShown(id));
}

describe('registerCommands', () => {
  it('registers the stable ids, in sentence case, with no default hotkeys, all checkCallback-style', () => {
    const t = createTestContext();
    const p = palette(t.app, t.ctx);
    expect(p.ids()).toEqual(IDS);
    for (const id of IDS) {
      const c = p.command(id);
      expect(c.hotkeys).toBeUndefined();
      expect(c.checkCallback).toBeTypeOf('function');
      expect(c.callback).toBeUndefined();
      expect(c.name).toMatch(/^[A-Z][^A-Z]*$/);
    }
  });

  it('shows only the global commands without an active note', () => {
    expect(shownOn({}, null)).toEqual(['open-next', 'show-view', 'show-stats', 'new-contact']);
  });

  it('shows "start" only on a note that is not a contact', () => {
    expect(shownOn({ 'Pat.md': PLAIN }, 'Pat.md')).toEqual(['open-next', 'show-view', 'show-stats', 'new-contact', 'start']);
  });

  it('shows the contact commands on an active contact with an email', () => {
    expect(shownOn({ 'Jane.md': JANE }, 'Jane.md')).toEqual(['open-next', 'show-view', 'show-stats', 'new-contact', ...ON_CONTACT]);
  });

  it('shows the contact commands on a stopped or replied contact, or one without email: running them, the core says why not', () => {
    const replied = JANE.replace('followup: active', 'followup: replied').replace('email: jane@example.com\n', '');
    expect(shownOn({ 'Sam.md': STOPPED }, 'Sam.md')).toEqual(['open-next', 'show-view', 'show-stats', 'new-contact', ...ON_CONTACT]);
    expect(shownOn({ 'Jane.md': replied }, 'Jane.md')).toEqual(['open-next', 'show-view', 'show-stats', 'new-contact', ...ON_CONTACT]);
  });

  it('shows the contact commands on a note with problems, so running them says what to fix', () => {
    expect(shownOn({ 'Bad.md': PROBLEM }, 'Bad.md')).toEqual(['open-next', 'show-view', 'show-stats', 'new-contact', ...ON_CONTACT]);
  });
});
