/**
 * Writes a cadence in its short form (`weekly then biweekly` -> `1w, 2w`), validated by the
 * core's cadence parser. A note whose only problem is its cadence may be fixed this way.
 */
import { formatCadence, parseCadence } from '../cadence';
import { setCadence as setCadenceEdit } from '../note-edit';
import { refusals } from '../words';
import { refuse, writeEdits } from './decide';
import { readNoteText } from './read-note';
import type { Action } from './types';

export const setCadence: Action<{ cadence: string }> = (text, { cadence }, env) => {
  const read = readNoteText(text, env.path);
  if (read.kind === 'not-a-contact') return refuse(refusals.notAContact(env.path, read.why));
  const onlyCadence = read.kind === 'problems' && read.editable && read.problems.every((p) => p.key === 'cadence');
  if (read.kind === 'problems' && !onlyCadence) return refuse(refusals.problems(read.problems));
  const name = read.kind === 'contact' ? read.contact.name : read.name;
  const parsed = parseCadence(cadence);
  if (!parsed.ok) return refuse(`Cadence not changed: ${parsed.message}`);
  const short = formatCadence(parsed.days);
  return writeEdits(text, env.path, [setCadenceEdit(short)], () => `Cadence for ${name}: ${short}.`, `Cadence for ${name} is already ${short}; nothing changed.`);
};
