/** The note's latest draft as it stands now (the editor's text, maybe unsaved), read back by the core. */
import type { TFile } from 'obsidian';
import { readNoteText, type NoteRead } from '../../core/actions';
import { latestDraftBlock, type NoteDraft } from '../../core/drafts';
import { noteTextNow } from '../actions';
import type { PluginContext } from '../context';

export interface NoteNow {
  read: NoteRead;
  draft: NoteDraft | null;
}

export async function readNoteNow(ctx: PluginContext, file: TFile): Promise<NoteNow> {
  const text = await noteTextNow(ctx, file);
  return { read: readNoteText(text, file.path), draft: latestDraftBlock(text) };
}
