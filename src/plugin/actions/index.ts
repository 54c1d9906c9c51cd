/** The plugin's write side: every change a user can make to a contact note. */
export { appendDraft } from './append-draft';
export { logSent } from './log-sent';
export { readLatestDraft, mailtoUrl, type NoteDraft } from './latest-draft';
export { contactOf } from './refuse';
export { setCadence } from './set-cadence';
export { setFollowupState } from './set-state';
export { pickSnoozeDate, snoozeUntil } from './snooze';
export { startFollowingUp } from './start-following-up';
