import { setFollowupState } from '../actions';
import { onContactNote, type CommandSpec } from './command-spec';

/** Active -> paused; paused or replied -> active again. */
export const togglePause: CommandSpec = {
  id: 'toggle-pause',
  name: 'Pause or resume following up',
  run: (ctx, checking) =>
    onContactNote(
      ctx,
      checking,
      (file) => {
        const read = ctx.index.get(file.path);
        const next = read?.ok === true && read.contact.state !== 'active' ? 'active' : 'paused';
        return setFollowupState(ctx, file, next);
      },
      (c) => c.state !== 'stopped',
    ),
};
