import { startFollowingUp } from '../actions';
import { activeNote, type CommandSpec } from './command-spec';

/** Only on notes that are not contacts yet. */
export const start: CommandSpec = {
  id: 'start',
  name: 'Start following up on this note',
  run: (ctx, checking) => {
    const file = activeNote(ctx);
    if (!file || ctx.index.get(file.path) !== undefined) return false;
    if (!checking) void startFollowingUp(ctx, file);
    return true;
  },
};
