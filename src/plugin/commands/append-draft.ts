import { appendDraft as appendDraftAction } from '../actions';
import { onContactNote, type CommandSpec } from './command-spec';

export const appendDraft: CommandSpec = {
  id: 'append-draft',
  name: 'Append polite draft to this note',
  run: (ctx, checking) => onContactNote(ctx, checking, (file) => appendDraftAction(ctx, file, { open: true })),
};
