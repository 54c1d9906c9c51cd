/**
 * Shows a note in an active Markdown editor. The mock workspace has no editor views of its own
 * (`getActiveViewOfType` is always null), so this wires one in: a MarkdownView on the note,
 * holding `text` (which may differ from the file: unsaved typing), as the active view and leaf.
 */
import type { App as AppOriginal, TFile } from 'obsidian';
import { App, Editor, MarkdownView, TFile as MockTFile, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { vi } from 'vitest';

export function openInEditor(app: AppOriginal, file: TFile, text: string, mode: 'source' | 'preview' = 'source'): Editor {
  const leaf = WorkspaceLeaf.create2__(App.fromOriginalType__(app));
  const view = MarkdownView.create2__(leaf);
  view.file = MockTFile.fromOriginalType2__(file);
  vi.spyOn(view, 'getMode').mockReturnValue(mode);
  view.editor.setValue(text);
  // The leaf's file and view are private in the mock; the workspace reads them to find the active file.
  Object.assign(leaf, { file, view });
  app.workspace.setActiveLeaf(leaf.asOriginalType3__());
  vi.spyOn(app.workspace, 'getActiveViewOfType').mockReturnValue(view.asOriginalType7__());
  return view.editor;
}

/** Makes a note the active file, as if its tab were focused (no editor view). */
export function focusNote(app: AppOriginal, file: TFile): void {
  const leaf = WorkspaceLeaf.create2__(App.fromOriginalType__(app));
  Object.assign(leaf, { file });
  app.workspace.setActiveLeaf(leaf.asOriginalType3__());
}
