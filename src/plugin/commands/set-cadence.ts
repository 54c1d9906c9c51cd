import { setCadence as decideSetCadence } from '../../core/actions';
import { runAction } from '../actions';
import { CadenceSuggestModal } from '../modals/cadence-suggest-modal';
import { onContactNote, type CommandSpec } from './command-spec';

export const setCadence: CommandSpec = {
  id: 'set-cadence',
  name: 'Set cadence…',
  run: (ctx, checking) =>
    onContactNote(ctx, checking, (file) => new CadenceSuggestModal(ctx.app, (cadence) => void runAction(ctx, file, decideSetCadence, { cadence })).open()),
};
