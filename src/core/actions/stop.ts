/**
 * They asked you to stop. This one action must always work: on any note whose frontmatter the
 * writer can edit it sets `followup: stopped` and changes nothing else, whatever else is wrong
 * in the note (a typo in `cadence`, a bad date). It refuses only when the YAML itself cannot be
 * edited safely, and then says how to stop by hand.
 */
import { applyEdit, setState } from '../note-edit';
import { refusals } from '../words';
import { refuse } from './decide';
import { readNoteText } from './read-note';
import type { Action } from './types';

export const stop: Action<Record<string, never>> = (text, _request, env) => {
  const read = readNoteText(text, env.path);
  if (read.kind === 'not-a-contact') return refuse(refusals.notAContact(env.path, read.why));
  const name = read.kind === 'contact' ? read.contact.name : read.name;
  const state = read.kind === 'contact' ? read.contact.state : read.state;
  const already = `${name} is already stopped; nothing changed.`;
  if (state === 'stopped') return { type: 'write', text, changed: false, message: already };
  if (read.kind === 'problems' && !read.editable) return refuse(refusals.stopByHand(env.path, read.problems[0]?.message ?? 'the frontmatter cannot be edited'));
  const edited = applyEdit(text, setState('stopped'));
  if (!edited.ok) return refuse(refusals.stopByHand(env.path, edited.message));
  if (!edited.changed) return { type: 'write', text, changed: false, message: already };
  return { type: 'write', text: edited.text, changed: true, message: `Marked ${name} as stopped: no more follow-ups, as they asked.` };
};
