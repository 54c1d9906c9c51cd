import { stop as decideStop } from '../../core/actions';
import { runAction } from '../actions';
import { askConfirm } from '../modals/confirm-modal';
import { onContactNote, type CommandSpec } from './command-spec';

/** Stopping is final, so the user is asked first; the core then decides on the note's text. */
export const stop: CommandSpec = {
  id: 'stop',
  name: 'They asked me to stop',
  run: (ctx, checking) =>
    onContactNote(ctx, checking, async (file) => {
      const ok = await askConfirm(ctx.app, {
        title: 'Stop following up?',
        message: `"${file.basename}" asked you to stop. No more follow-ups will be due or drafted, and the plugin will not undo this.`,
        confirmText: 'Stop for good',
        destructive: true,
      });
      if (ok) await runAction(ctx, file, decideStop, {});
    }),
};
