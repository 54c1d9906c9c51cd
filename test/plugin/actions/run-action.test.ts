/**
 * Carrying a core decision out: in the open editor (a minimal replaceRange) or inside
 * vault.process, one Notice with the core's message, nothing written unless the note changes.
 */
import { describe, expect, it, vi } from 'vitest';
import { markReplied, pause, resume, setCadence, stop, type Action } from '../../../src/core/actions';
import { runAction } from '../../../src/plugin/actions';
import { openInEditor } from '../support/editor';
import { JANE, PROBLEM, STOPPED } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices } = captureUi();
const none = {};

describe('runAction', () => {
  it.each([
    ['replied', markReplied],
    ['paused', pause],
    ['stopped', stop],
  ] as const)('sets %s in place through vault.process, keeping the comment on the line', async (state, action) => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const process = vi.spyOn(t.app.vault, 'process');
    expect((await runAction(t.ctx, t.file('Jane.md'), action as Action<typeof none>, none)).outcome).toBe('written');
    expect(process).toHaveBeenCalledOnce();
    expect(await t.read('Jane.md')).toBe(JANE.replace('followup: active   #', `followup: ${state}   #`));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('Jane Doe');
  });

  it('writes nothing and shows the core\'s refusal when the edit cannot be made', async () => {
    const flow = '---\n{followup: active, name: Flo, contacted: [2026-11-11]}\n---\nBody\n';
    const t = createTestContext({ files: { 'Flow.md': flow } });
    const modified = vi.fn();
    t.app.vault.on('modify', modified);
    expect((await runAction(t.ctx, t.file('Flow.md'), pause, none)).outcome).toBe('refused');
    expect(modified).not.toHaveBeenCalled();
    expect(await t.read('Flow.md')).toBe(flow);
    expect(notices).toEqual([expect.stringMatching(/^Flow\.md.*flow map/)]);
  });

  it('never leaves stopped, and refuses a note with problems, naming the key', async () => {
    const t = createTestContext({ files: { 'Sam.md': STOPPED, 'Bad.md': PROBLEM } });
    for (const action of [resume, pause, markReplied]) expect((await runAction(t.ctx, t.file('Sam.md'), action, none)).outcome).toBe('refused');
    expect((await runAction(t.ctx, t.file('Bad.md'), markReplied, none)).outcome).toBe('refused');
    expect(await t.read('Sam.md')).toBe(STOPPED);
    expect(await t.read('Bad.md')).toBe(PROBLEM);
    expect(notices.slice(0, 3)).toEqual(Array(3).fill(expect.stringContaining('Sam Stone asked you to stop, so the note stays stopped')));
    expect(notices[3]).toMatch(/Bad\.md: contacted: .*"last tuesday"/);
  });

  it('says so when the note already says it, and writes nothing', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const modified = vi.fn();
    t.app.vault.on('modify', modified);
    expect((await runAction(t.ctx, t.file('Jane.md'), resume, none)).outcome).toBe('unchanged');
    expect(modified).not.toHaveBeenCalled();
    expect(notices).toEqual(['Jane Doe is already active; nothing changed.']);
  });

  it('edits the open editor in place: unsaved typing, the cursor and undo survive', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const typed = `${JANE}Typing a new line`;
    const editor = openInEditor(t.app, t.file('Jane.md'), typed);
    editor.setCursor({ line: 11, ch: 6 });
    const process = vi.spyOn(t.app.vault, 'process');
    const replace = vi.spyOn(editor, 'replaceRange');

    expect((await runAction(t.ctx, t.file('Jane.md'), markReplied, none)).outcome).toBe('written');
    expect(process).not.toHaveBeenCalled();
    expect(editor.getValue()).toBe(typed.replace('followup: active', 'followup: replied'));
    // Only the changed word is replaced, so the editor keeps everything else as it was.
    expect(replace).toHaveBeenCalledWith('replied', { line: 1, ch: 10 }, { line: 1, ch: 16 });
    editor.undo();
    expect(editor.getValue()).toBe(typed);
  });

  it('uses vault.process when the note is open in reading mode, or another note is in the editor', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE, 'Other.md': JANE } });
    const reading = openInEditor(t.app, t.file('Jane.md'), JANE, 'preview');
    await runAction(t.ctx, t.file('Jane.md'), pause, none);
    expect(reading.getValue()).toBe(JANE);
    expect(await t.read('Jane.md')).toBe(JANE.replace('followup: active', 'followup: paused'));
    const other = openInEditor(t.app, t.file('Other.md'), JANE);
    await runAction(t.ctx, t.file('Jane.md'), resume, none);
    expect(other.getValue()).toBe(JANE);
    expect(await t.read('Jane.md')).toBe(JANE);
  });

  it('refuses in the editor too, leaving its text alone', async () => {
    const flow = '---\n{followup: active}\n---\n';
    const t = createTestContext({ files: { 'Flow.md': flow } });
    const editor = openInEditor(t.app, t.file('Flow.md'), flow);
    const replace = vi.spyOn(editor, 'replaceRange');
    expect((await runAction(t.ctx, t.file('Flow.md'), pause, none)).outcome).toBe('refused');
    expect(replace).not.toHaveBeenCalled();
    expect(editor.getValue()).toBe(flow);
  });

  it('turns a failing write into one Notice, never a rejection', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    vi.spyOn(t.app.vault, 'process').mockRejectedValue(new Error('disk full'));
    expect((await runAction(t.ctx, t.file('Jane.md'), pause, none)).outcome).toBe('failed');
    expect(notices).toEqual(['"Jane" was not changed: disk full']);
  });

  it('writes the cadence the core made of what was typed, or shows why it is not one', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    await runAction(t.ctx, t.file('Jane.md'), setCadence, { cadence: 'weekly then biweekly' });
    expect(await t.read('Jane.md')).toBe(JANE.replace('interests: [pizza, trail running]\n', 'interests: [pizza, trail running]\ncadence: 1w, 2w\n'));
    expect((await runAction(t.ctx, t.file('Jane.md'), setCadence, { cadence: 'every tuesday' })).outcome).toBe('refused');
    expect(notices).toEqual(['Cadence for Jane Doe: 1w, 2w.', expect.stringMatching(/^Cadence not changed: "every tuesday" is not a gap/)]);
  });
});
