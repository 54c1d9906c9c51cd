import { pauseOrResume, runAction } from '../actions';
import { onContactNote, type CommandSpec } from './command-spec';

/** Active -> paused; paused or replied -> active again (see core/actions/pause-or-resume.ts). */
export const togglePause: CommandSpec = {
  id: 'toggle-pause',
  name: 'Pause or resume following up',
  run: (ctx, checking) => onContactNote(ctx, checking, (file) => runAction(ctx, file, pauseOrResume, {})),
};
