import { describe, expect, it, vi } from 'vitest';
import * as noteEdits from '../../../src/core/note-edit';
import { writeNote } from '../../../src/plugin/actions/write-note';
import { openInEditor } from '../support/editor';
import { JANE, PROBLEM } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices } = captureUi();

describe('writeNote', () => {
  it('writes nothing and says why when the core refuses the edit', async () => {
    const flow = '---\n{followup: active, contacted: [2026-11-11]}\n---\nBody\n';
    const t = createTestContext({ files: { 'Flow.md': flow } });
    const process = vi.spyOn(t.app.vault, 'process');
    expect(await writeNote(t.ctx, t.file('Flow.md'), [noteEdits.logSent('2026-11-25 10:05')])).toBe('refused');
    expect(process).toHaveBeenCalledOnce();
    expect(await t.read('Flow.md')).toBe(flow);
    expect(notices).toEqual(['"Flow" was not changed: frontmatter is a flow map `{…}`; only `key: value` lines can be edited']);
  });

  it('never writes to a note with problems, even an edit that would fix it', async () => {
    const t = createTestContext({ files: { 'Bad.md': PROBLEM } });
    const process = vi.spyOn(t.app.vault, 'process');
    expect(await writeNote(t.ctx, t.file('Bad.md'), [{ op: 'delete', key: 'contacted' }])).toBe('refused');
    expect(process).not.toHaveBeenCalled();
  });

  it('reports an edit that changes nothing without writing', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const modified = vi.fn();
    t.app.vault.on('modify', modified);
    expect(await writeNote(t.ctx, t.file('Jane.md'), [noteEdits.setState('active')])).toBe('unchanged');
    expect(modified).not.toHaveBeenCalled();
  });

  it('edits the open editor in place: unsaved typing, the cursor and undo survive', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const typed = `${JANE}Typing a new line`;
    const editor = openInEditor(t.app, t.file('Jane.md'), typed);
    editor.setCursor({ line: 11, ch: 6 });
    const process = vi.spyOn(t.app.vault, 'process');
    const replace = vi.spyOn(editor, 'replaceRange');

    expect(await writeNote(t.ctx, t.file('Jane.md'), [noteEdits.setState('replied')])).toBe('changed');
    expect(process).not.toHaveBeenCalled();
    expect(editor.getValue()).toBe(typed.replace('followup: active', 'followup: replied'));
    // Only the changed word is replaced, so the editor keeps everything else as it was.
    expect(replace).toHaveBeenCalledWith('replied', { line: 1, ch: 10 }, { line: 1, ch: 16 });
    editor.undo();
    expect(editor.getValue()).toBe(typed);
  });

  it('uses vault.process when the note is open in reading mode', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const editor = openInEditor(t.app, t.file('Jane.md'), JANE, 'preview');
    expect(await writeNote(t.ctx, t.file('Jane.md'), [noteEdits.setState('paused')])).toBe('changed');
    expect(editor.getValue()).toBe(JANE);
    expect(await t.read('Jane.md')).toBe(JANE.replace('followup: active', 'followup: paused'));
  });

  it('uses vault.process for a note other than the one in the editor', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE, 'Other.md': JANE } });
    const editor = openInEditor(t.app, t.file('Other.md'), JANE);
    expect(await writeNote(t.ctx, t.file('Jane.md'), [noteEdits.setState('paused')])).toBe('changed');
    expect(editor.getValue()).toBe(JANE);
    expect(await t.read('Jane.md')).toBe(JANE.replace('followup: active', 'followup: paused'));
  });

  it('refuses in the editor too, leaving its text alone', async () => {
    const flow = '---\n{followup: active}\n---\n';
    const t = createTestContext({ files: { 'Flow.md': flow } });
    const editor = openInEditor(t.app, t.file('Flow.md'), flow);
    expect(await writeNote(t.ctx, t.file('Flow.md'), [noteEdits.setState('paused')])).toBe('refused');
    expect(editor.getValue()).toBe(flow);
    expect(notices[0]).toMatch(/^"Flow" was not changed: frontmatter is a flow map/);
  });
});
