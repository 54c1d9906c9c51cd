import { Notice } from 'obsidian';
import { contactOf, mailtoUrl, readLatestDraft } from '../actions';
import { onContactNote, type CommandSpec } from './command-spec';

/** Only for contacts with an `email`. */
export const openInMail: CommandSpec = {
  id: 'open-in-mail',
  name: 'Open latest draft in mail app',
  run: (ctx, checking) =>
    onContactNote(
      ctx,
      checking,
      async (file) => {
        const email = contactOf(ctx, file)?.email;
        if (email === undefined) return;
        const draft = await readLatestDraft(ctx, file);
        if (email === null) new Notice('This note has no email address.');
        else if (!draft) new Notice('No draft in this note yet: append one first.');
        else window.open(mailtoUrl(email, draft));
      },
      (c) => c.email !== null,
    ),
};
