import { setFollowupState } from '../actions';
import { onContactNote, type CommandSpec } from './command-spec';

export const markReplied: CommandSpec = {
  id: 'mark-replied',
  name: 'Mark replied',
  run: (ctx, checking) =>
    onContactNote(ctx, checking, (file) => setFollowupState(ctx, file, 'replied'), (c) => c.state !== 'replied' && c.state !== 'stopped'),
};
