import { MarkdownView } from 'obsidian';
import { logReply as logReplyAction } from '../actions/log-reply';
import { onContactNote, type CommandSpec } from './command-spec';

export const logReply: CommandSpec = {
  id: 'log-reply',
  name: 'Log reply',
  run: (ctx, checking) =>
    onContactNote(ctx, checking, (file) => {
      // A reply selected in the note comes pre-filled.
      const selection = ctx.app.workspace.getActiveViewOfType(MarkdownView)?.editor.getSelection() ?? '';
      return logReplyAction(ctx, file, selection);
    }),
};
