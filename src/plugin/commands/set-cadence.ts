import { setCadence as setCadenceAction } from '../actions';
import { CadenceSuggestModal } from '../modals/cadence-suggest-modal';
import { onContactNote, type CommandSpec } from './command-spec';

export const setCadence: CommandSpec = {
  id: 'set-cadence',
  name: 'Set cadence…',
  run: (ctx, checking) =>
    onContactNote(ctx, checking, (file) => new CadenceSuggestModal(ctx.app, (cadence) => void setCadenceAction(ctx, file, cadence)).open()),
};
