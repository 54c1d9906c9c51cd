import { markReplied as decideMarkReplied } from '../../core/actions';
import { runAction } from '../actions';
import { onContactNote, type CommandSpec } from './command-spec';

export const markReplied: CommandSpec = {
  id: 'mark-replied',
  name: 'Mark replied',
  run: (ctx, checking) => onContactNote(ctx, checking, (file) => runAction(ctx, file, decideMarkReplied, {})),
};
