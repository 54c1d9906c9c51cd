import { pickSnoozeDate, snoozeUntil } from '../actions';
import { nowOf } from '../actions/run-action';
import { SnoozeSuggestModal } from '../modals/snooze-suggest-modal';
import { snoozeChoices } from '../snooze-choices';
import { onContactNote, type CommandSpec } from './command-spec';

export const snooze: CommandSpec = {
  id: 'snooze',
  name: 'Snooze…',
  run: (ctx, checking) =>
    onContactNote(ctx, checking, (file) =>
      new SnoozeSuggestModal(ctx.app, snoozeChoices(nowOf(ctx.now()).day), (choice) => {
        if (choice.until === null) pickSnoozeDate(ctx, file);
        else void snoozeUntil(ctx, file, choice.until);
      }).open(),
    ),
};
