/** Small shared steps of every action: find the contact, carry an edit out, plan safely. */
import { applyEdit, type NoteEdit } from '../note-edit';
import { planFollowUp } from '../rules';
import type { Settings } from '../settings';
import type { Contact, Day, Plan } from '../types';
import { refusals } from '../words';
import { readNoteText } from './read-note';
import type { Refuse, Write } from './types';

export const refuse = (message: string): Refuse => ({ type: 'refuse', message });

/** The contact the text holds, or the refusal that says why there is none. */
export function contactIn(text: string, path: string): { contact: Contact; data: Record<string, unknown> } | Refuse {
  const read = readNoteText(text, path);
  if (read.kind === 'not-a-contact') return refuse(refusals.notAContact(path, read.why));
  if (read.kind === 'problems') return refuse(refusals.problems(read.problems));
  return { contact: read.contact, data: read.data };
}

export const isRefuse = (x: object): x is Refuse => 'type' in x && x.type === 'refuse';

/**
 * Applies the edits to exactly `text`. `message` is said when the note changed, `unchanged`
 * when it already said so; a refused edit leaves the note alone and says why.
 */
export function writeEdits(text: string, path: string, edits: readonly NoteEdit[], message: (after: string) => string, unchanged: string, reveal?: string): Write | Refuse {
  const result = applyEdit(text, edits);
  if (!result.ok) return refuse(refusals.cannotEdit(path, result.message));
  if (!result.changed) return { type: 'write', text, changed: false, message: unchanged };
  return { type: 'write', text: result.text, changed: true, message: message(result.text), ...(reveal === undefined ? {} : { reveal }) };
}

/** The plan, or null when one note's odd dates (say year 9999) leave the calendar's range. */
export function safePlan(contact: Contact, settings: Settings, today: Day): Plan | null {
  try {
    return planFollowUp(contact, settings, today);
  } catch {
    return null;
  }
}

/** The plan for the contact in `after` (the text just written), or null. */
export function planAfter(after: string, path: string, settings: Settings, today: Day): Plan | null {
  const read = readNoteText(after, path);
  return read.kind === 'contact' ? safePlan(read.contact, settings, today) : null;
}
