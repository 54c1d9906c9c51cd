import { Notice } from 'obsidian';
import { onContactNote, type CommandSpec } from './command-spec';
import { readNoteNow } from './note-draft';

/** Copies the body of the note's latest draft, as the user may have edited it. */
export const copyDraft: CommandSpec = {
  id: 'copy-draft',
  name: 'Copy latest draft to clipboard',
  run: (ctx, checking) =>
    onContactNote(ctx, checking, async (file) => {
      const { draft } = await readNoteNow(ctx, file);
      if (!draft) {
        new Notice('No draft in this note yet: append one first.');
        return;
      }
      await navigator.clipboard.writeText(draft.body);
      new Notice(`Draft copied. Subject: ${draft.subject}`);
    }),
};
