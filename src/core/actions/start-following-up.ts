/**
 * Makes a note a contact: `followup: active` and the first message as sent now. Existing
 * `contacted`, `context` and `topic` values are kept: the user's history is never overwritten.
 */
import { startFollowUp } from '../note-edit';
import { formatOutreach } from '../outreach';
import { noteName } from '../schema';
import { refusals } from '../words';
import { refuse, writeEdits } from './decide';
import { readNoteText } from './read-note';
import type { Action } from './types';

export const startFollowingUp: Action<{ context?: string; topic?: string }> = (text, request, env) => {
  const read = readNoteText(text, env.path);
  if (read.kind !== 'not-a-contact') return refuse(refusals.alreadyAContact(env.path));
  const at = formatOutreach(env.now);
  const one = (s: string | undefined): string | undefined => (s === undefined ? undefined : s.replace(/\s+/g, ' ').trim() || undefined);
  const edits = startFollowUp({ at, context: one(request.context), topic: one(request.topic) });
  return writeEdits(text, env.path, edits, () => `Following up with "${noteName(env.path)}": your first message is logged as sent now.`, `"${noteName(env.path)}" is already a follow-up note.`);
};
