/** The plugin's write side: every change a user can make to a contact note, decided by the core. */
export { appendDraft } from './append-draft';
export { logSent } from './log-sent';
export { pauseOrResume } from '../../core/actions';
export { gone, runAction, type Outcome, type Ran } from './run-action';
export { pickSnoozeDate, snoozeUntil } from './snooze';
export { startFollowingUp } from './start-following-up';
export { noteTextNow } from './write-note';
