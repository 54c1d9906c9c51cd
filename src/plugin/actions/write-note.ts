/**
 * The plugin's one write path. The core decides on the very text being written: the open
 * editor's text (maybe unsaved) or, inside `vault.process`, the file as it is at that moment.
 * Only a Write that changes the note is written; anything else leaves it byte for byte.
 */
import { MarkdownView, type Editor, type TFile } from 'obsidian';
import type { Decision } from '../../core/actions';
import type { PluginContext } from '../context';
import { changedRange } from './changed-range';

/** What was decided, and the note's text afterwards (the text decided on, unless written). */
export type Decided<R> = { gone: false; decision: Decision<R>; text: string } | { gone: true };

/** Thrown inside `vault.process` so that Obsidian writes nothing. */
class KeepText extends Error {}

export async function decideAndWrite<R>(ctx: PluginContext, file: TFile, decide: (text: string) => Decision<R>): Promise<Decided<R>> {
  if (isGone(ctx, file)) return { gone: true };
  const editor = activeEditorOf(ctx, file);
  if (editor) return { gone: false, ...decideInEditor(editor, decide) };
  // Set inside the callback; an object, so that TypeScript does not narrow it to its initial value.
  const out: { decided?: { decision: Decision<R>; text: string } } = {};
  try {
    await ctx.app.vault.process(file, (text) => {
      const decision = decide(text);
      const after = writes(decision);
      out.decided = { decision, text: after ?? text };
      if (after === null) throw new KeepText();
      return after;
    });
  } catch (error) {
    if (!(error instanceof KeepText)) {
      // Deleted between the check above and the read inside `process`.
      if (isGone(ctx, file)) return { gone: true };
      throw error;
    }
  }
  if (!out.decided) throw new Error('vault.process did not call back');
  return { gone: false, ...out.decided };
}

/** The new text when the decision changes the note, else null. */
function writes<R>(decision: Decision<R>): string | null {
  return decision.type === 'write' && decision.changed ? decision.text : null;
}

/** The file was deleted (or replaced by another file at its path) since the action began. */
function isGone(ctx: PluginContext, file: TFile): boolean {
  return ctx.app.vault.getFileByPath(file.path) !== file;
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

function decideInEditor<R>(editor: Editor, decide: (text: string) => Decision<R>): { decision: Decision<R>; text: string } {
  const before = editor.getValue();
  const decision = decide(before);
  const after = writes(decision);
  if (after === null) return { decision, text: before };
  const change = changedRange(before, after);
  editor.replaceRange(change.insert, editor.offsetToPos(change.from), editor.offsetToPos(change.to));
  return { decision, text: after };
}

/** The note as the user sees it now: the open editor's text (maybe unsaved), else the file. */
export async function noteTextNow(ctx: PluginContext, file: TFile): Promise<string> {
  return activeEditorOf(ctx, file)?.getValue() ?? (await ctx.app.vault.read(file));
}
