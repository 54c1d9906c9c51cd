/**
 * Every action is decided on the text being written, never on the index (the file on disk as
 * the metadata cache last saw it): unsaved editor text, a change made while a question is open,
 * a note deleted or no longer a contact meanwhile. (Two quick clicks: log-sent.test.ts.)
 */
import { describe, expect, it, vi } from 'vitest';
import { logSent, runAction } from '../../../src/plugin/actions';
import { pluginRowActions } from '../../../src/plugin/view/plugin-row-actions';
import { markReplied } from '../../../src/core/actions';
import { palette } from '../support/commands';
import { openInEditor } from '../support/editor';
import { trashNote } from '../support/mock-app';
import { clickButton } from '../support/modals';
import { settle } from '../support/settle';
import { JANE, RECENT } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();

const TYPED_STOPPED = JANE.replace('followup: active', 'followup: stopped');

/** Jane on disk (and so in the index) is active; her open editor says stopped, not saved yet. */
function typedStopped() {
  const t = createTestContext({ files: { 'Jane.md': JANE } });
  const editor = openInEditor(t.app, t.file('Jane.md'), TYPED_STOPPED);
  return { ...t, editor, p: palette(t.app, t.ctx) };
}

describe('decided on the unsaved editor text, not the index', () => {
  it.each(['log-sent', 'mark-replied', 'toggle-pause', 'append-draft'])('%s leaves a typed "stopped" alone and says why', async (id) => {
    const t = typedStopped();
    expect(t.ctx.index.get('Jane.md')?.ok && t.ctx.index.get('Jane.md')).toMatchObject({ contact: { state: 'active' } });
    t.p.run(id);
    await settle();
    expect(t.editor.getValue()).toBe(TYPED_STOPPED);
    expect(await t.read('Jane.md')).toBe(JANE);
    expect(notices).toEqual([expect.stringMatching(/^Jane Doe asked you to stop/)]);
  });

  it('snooze on a typed "stopped" is refused too', async () => {
    const t = typedStopped();
    t.p.run('snooze');
    const modal = modals.last() as unknown as { getSuggestions(q: string): { title: string }[]; selectSuggestion(c: unknown, e: MouseEvent): void };
    modal.selectSuggestion(modal.getSuggestions('1 week')[0], new MouseEvent('click'));
    await settle();
    expect(t.editor.getValue()).toBe(TYPED_STOPPED);
    expect(notices).toEqual([expect.stringMatching(/^Jane Doe asked you to stop/)]);
  });

  it('refuses once, with no `contacted` list, when the editor text has no `followup` key any more', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const typed = JANE.replace('followup: active   # keep going until she answers\n', '');
    const editor = openInEditor(t.app, t.file('Jane.md'), typed);
    palette(t.app, t.ctx).run('log-sent');
    await settle();
    expect(editor.getValue()).toBe(typed);
    expect(notices).toEqual([expect.stringMatching(/^Jane\.md.* not a follow-up note/)]);
  });
});

describe('changed while the "this soon?" question is open', () => {
  it('keeps a body edit made meanwhile: the log goes into the note as it is then', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const file = t.file('Rita.md');
    const logging = logSent(t.ctx, file);
    await settle();
    await t.app.vault.modify(file, `${RECENT}Met Rita at the fair.\n`);
    clickButton(modals.last(), 'Log it anyway');
    expect(await logging).toBe(true);
    expect(await t.read('Rita.md')).toBe(
      `${RECENT.replace('  - 2026-11-24 16:00   # first mail\n', '  - 2026-11-24 16:00   # first mail\n  - 2026-11-25T10:05\n')}Met Rita at the fair.\n`,
    );
  });

  it('does not log a note made stopped on disk meanwhile, even before the index has seen it', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const file = t.file('Rita.md');
    const logging = logSent(t.ctx, file);
    await settle();
    const stopped = RECENT.replace('followup: active', 'followup: stopped');
    // Written behind the metadata cache's back: the index still says active.
    await t.app.vault.adapter.write(file.path, stopped);
    expect(t.ctx.index.get('Rita.md')).toMatchObject({ ok: true, contact: { state: 'active' } });
    clickButton(modals.last(), 'Log it anyway');
    expect(await logging).toBe(false);
    expect(await t.read('Rita.md')).toBe(stopped);
    expect(notices).toEqual([expect.stringMatching(/^Rita Recent asked you to stop.*nothing was logged/)]);
  });

  it('gives one clear Notice, and no `contacted` list, when the `followup` key was removed meanwhile', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const file = t.file('Rita.md');
    const logging = logSent(t.ctx, file);
    await settle();
    const plain = RECENT.replace('followup: active # new lead\n', '').replace(/contacted:\n.*\n/, '');
    await t.app.vault.modify(file, plain);
    clickButton(modals.last(), 'Log it anyway');
    expect(await logging).toBe(false);
    expect(await t.read('Rita.md')).toBe(plain);
    expect(notices).toEqual([expect.stringMatching(/^Rita\.md.* not a follow-up note/)]);
  });

  it('gives one Notice, and no rejection, when the note was deleted meanwhile', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const logging = logSent(t.ctx, t.file('Rita.md'));
    await settle();
    await trashNote(t.app, 'Rita.md');
    clickButton(modals.last(), 'Log it anyway');
    await expect(logging).resolves.toBe(false);
    expect(notices).toEqual(['"Rita" is no longer in the vault (deleted or moved): nothing was changed.']);
  });
});

describe('a note that is gone', () => {
  it('deleted while vault.process reads it: one Notice, no rejection', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const file = t.file('Jane.md');
    vi.spyOn(t.app.vault, 'process').mockImplementation(async (f) => {
      await t.app.fileManager.trashFile(f);
      throw new Error(`ENOENT: ${f.path}`);
    });
    await expect(runAction(t.ctx, file, markReplied, {})).resolves.toEqual({ outcome: 'gone' });
    expect(notices).toEqual(['"Jane" is no longer in the vault (deleted or moved): nothing was changed.']);
  });

  it('a sidebar row of a note deleted since the redraw: one Notice each, nothing written', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const rows = pluginRowActions(t.ctx);
    await trashNote(t.app, 'Jane.md');
    const process = vi.spyOn(t.app.vault, 'process');
    await rows.logSent('Jane.md');
    await rows.replied('Jane.md');
    expect(process).not.toHaveBeenCalled();
    expect(notices).toEqual(Array(2).fill('"Jane" is no longer in the vault (deleted or moved): nothing was changed.'));
  });

  it('a note renamed meanwhile is written at its new path', async () => {
    const t = createTestContext({ files: { 'Rita.md': RECENT } });
    const file = t.file('Rita.md');
    const logging = logSent(t.ctx, file);
    await settle();
    await t.app.fileManager.renameFile(file, 'People/Rita.md');
    clickButton(modals.last(), 'Log it anyway');
    expect(await logging).toBe(true);
    expect(await t.read('People/Rita.md')).toContain('  - 2026-11-25T10:05\n');
  });
});

describe('"They asked me to stop" always works', () => {
  it('on a note with a bad cadence, changing only the `followup` value', async () => {
    const note = JANE.replace('context: job\n', 'context: job\ncadence: every tuesday   # typo\n');
    const t = createTestContext({ files: { 'Jane.md': note } });
    expect(t.ctx.index.get('Jane.md')?.ok).toBe(false);
    const p = palette(t.app, t.ctx);
    openInEditor(t.app, t.file('Jane.md'), note, 'preview');
    p.run('stop');
    await settle();
    clickButton(modals.last(), 'Stop for good');
    await settle();
    expect(await t.read('Jane.md')).toBe(note.replace('followup: active', 'followup: stopped'));
    expect(notices).toEqual([expect.stringMatching(/^Marked Jane Doe as stopped/)]);
  });
});
