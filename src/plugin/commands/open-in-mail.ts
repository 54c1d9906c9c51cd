import { Notice } from 'obsidian';
import { refusals } from '../../core/words';
import { onContactNote, type CommandSpec } from './command-spec';
import { mailtoUrl } from './mailto-url';
import { readNoteNow } from './note-draft';

/** The latest draft, addressed to the note's `email`, in the mail app. */
export const openInMail: CommandSpec = {
  id: 'open-in-mail',
  name: 'Open latest draft in mail app',
  run: (ctx, checking) =>
    onContactNote(ctx, checking, async (file) => {
      const { read, draft } = await readNoteNow(ctx, file);
      if (read.kind === 'not-a-contact') new Notice(refusals.notAContact(file.path, read.why));
      else if (read.kind === 'problems') new Notice(refusals.problems(read.problems));
      else if (read.contact.email === null) new Notice('This note has no email address.');
      else if (!draft) new Notice('No draft in this note yet: append one first.');
      else window.open(mailtoUrl(read.contact.email, draft));
    }),
};
