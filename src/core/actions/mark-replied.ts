/** They replied: no follow-ups while the conversation is going. */
import { stateAction } from './set-state';

export const markReplied = stateAction('replied', (name) => `Marked ${name} as replied: nothing more is due while you talk.`);
