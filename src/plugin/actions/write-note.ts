/**
 * The plugin's one write path: the core's comment-preserving `applyEdit`, applied either to the
 * open editor or atomically with `vault.process`. Nothing is written when the edit is refused.
 */
import { MarkdownView, type Editor, type TFile } from 'obsidian';
import { applyEdit, type NoteEdit } from '../../core/note-edit';
import type { PluginContext } from '../context';
import { changedRange } from './changed-range';
import { problemMessage, refuse } from './refuse';

export type WriteResult = 'changed' | 'unchanged' | 'refused';

/** Thrown inside `vault.process` so that Obsidian writes nothing. */
class StopWrite extends Error {
  constructor(readonly reason: string | null) {
    super(reason ?? 'unchanged');
  }
}

export async function writeNote(ctx: PluginContext, file: TFile, edits: readonly NoteEdit[]): Promise<WriteResult> {
  const read = ctx.index.get(file.path);
  if (read !== undefined && !read.ok) {
    refuse(problemMessage(file, read.problems));
    return 'refused';
  }
  const editor = activeEditorOf(ctx, file);
  if (editor) return writeInEditor(editor, file, edits);
  try {
    await ctx.app.vault.process(file, (text) => {
      const result = applyEdit(text, edits);
      if (!result.ok) throw new StopWrite(result.message);
      if (!result.changed) throw new StopWrite(null);
      return result.text;
    });
    return 'changed';
  } catch (e) {
    if (!(e instanceof StopWrite)) throw e;
    if (e.reason === null) return 'unchanged';
    refuse(`"${file.basename}" was not changed: ${e.reason}`);
    return 'refused';
  }
}

/**
 * When the note is the one being edited, the edit goes through the editor: only the changed
 * range is replaced, so the cursor, the undo history and unsaved typing all survive, and
 * Obsidian saves the file as usual. Reading mode and background tabs use `vault.process`.
 */
function activeEditorOf(ctx: PluginContext, file: TFile): Editor | null {
  const view = ctx.app.workspace.getActiveViewOfType(MarkdownView);
  if (!view || view.file?.path !== file.path || view.getMode() !== 'source') return null;
  return view.editor;
}

/** The note as the user sees it: the open editor's text (maybe unsaved), else the file. */
export async function noteTextNow(ctx: PluginContext, file: TFile): Promise<string> {
  return activeEditorOf(ctx, file)?.getValue() ?? (await ctx.app.vault.read(file));
}

function writeInEditor(editor: Editor, file: TFile, edits: readonly NoteEdit[]): WriteResult {
  const before = editor.getValue();
  const result = applyEdit(before, edits);
  if (!result.ok) {
    refuse(`"${file.basename}" was not changed: ${result.message}`);
    return 'refused';
  }
  if (!result.changed) return 'unchanged';
  const change = changedRange(before, result.text);
  editor.replaceRange(change.insert, editor.offsetToPos(change.from), editor.offsetToPos(change.to));
  return 'changed';
}
