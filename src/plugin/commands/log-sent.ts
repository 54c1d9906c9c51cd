import { logSent as logSentAction } from '../actions';
import { onContactNote, type CommandSpec } from './command-spec';

export const logSent: CommandSpec = {
  id: 'log-sent',
  name: 'Log follow-up sent',
  run: (ctx, checking) => onContactNote(ctx, checking, (file) => logSentAction(ctx, file)),
};
