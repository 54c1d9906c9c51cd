/** Every user action, decided on the note's text: (text, request, env) -> refuse | confirm | write. */
export type { Action, ActionEnv, Confirm, Decision, Now, Refuse, Write } from './types';
export { readNoteText, type NoteRead } from './read-note';
export { startFollowingUp } from './start-following-up';
export { logSent, type LogSentRequest } from './log-sent';
export { markReplied } from './mark-replied';
export { stop } from './stop';
export { pause } from './pause';
export { resume } from './resume';
export { pauseOrResume } from './pause-or-resume';
export { snooze } from './snooze';
export { setCadence } from './set-cadence';
export { appendDraft, dueDraft, draftFor, type DueDraft } from './append-draft';
export { logReply, describeKind, REPLY_PROPERTIES, type LogReplyRequest, type ChosenReplyKind } from './log-reply';
export { OFFERS, offers, type OfferedAction } from './offers';
