import { addDaysTo } from '../../core/calendar';
import { pickSnoozeDate, snoozeUntil } from '../actions';
import { SnoozeSuggestModal } from '../modals/snooze-suggest-modal';
import { onContactNote, type CommandSpec } from './command-spec';

export const snooze: CommandSpec = {
  id: 'snooze',
  name: 'Snooze…',
  run: (ctx, checking) =>
    onContactNote(
      ctx,
      checking,
      (file) =>
        new SnoozeSuggestModal(ctx.app, (choice) => {
          if (choice.days === null) pickSnoozeDate(ctx, file);
          else void snoozeUntil(ctx, file, addDaysTo(ctx.today(), choice.days));
        }).open(),
      (c) => c.state !== 'stopped',
    ),
};
