/**
 * The one reader of a note's text for actions: `splitNote` finds the frontmatter exactly where
 * the writer (and Obsidian) finds it, the writer's own YAML parse reads it, and `readContact`
 * validates it. So an action decides on the very values it is about to edit.
 */
import { FOLLOWUP_KEY, UNCLOSED_FRONTMATTER } from '../frontmatter/followup-key';
import { parseFrontmatter } from '../note-edit/frontmatter-doc';
import { splitNote } from '../note-edit/split-note';
import { isContactFrontmatter, noteName, readContact } from '../schema';
import type { Contact, FollowupState, Problem } from '../types';

export type NoteRead =
  | {
      kind: 'contact';
      contact: Contact;
      /** The frontmatter as plain values, in the note's own order (e.g. `contacted` unsorted). */
      data: Record<string, unknown>;
    }
  | {
      kind: 'problems';
      problems: Problem[];
      /** `name`, else the note's file name: for messages. */
      name: string;
      /** `followup` when it reads as a state; null when it does not or the YAML cannot be read. */
      state?: FollowupState | null;
      /** Whether the writer can edit the frontmatter (valid YAML, one block map, closed fences). */
      editable: boolean;
    }
  | { kind: 'not-a-contact'; why: string };

export function readNoteText(text: string, path: string): NoteRead {
  const parts = splitNote(text);
  const broken = (message: string): NoteRead => ({
    kind: 'problems',
    problems: [{ path, key: 'frontmatter', value: null, message }],
    name: noteName(path),
    state: null,
    editable: false,
  });
  if (parts.unclosed) {
    return FOLLOWUP_KEY.test(parts.body) ? broken(UNCLOSED_FRONTMATTER) : { kind: 'not-a-contact', why: 'its frontmatter is never closed' };
  }
  if (parts.frontmatter === null) return { kind: 'not-a-contact', why: 'it has no frontmatter' };
  const parsed = parseFrontmatter(parts.frontmatter);
  if (!parsed.ok) {
    const message = parsed.message.replace(/^frontmatter/, 'the frontmatter').replace(/\(line (\d+)\)$/, '(line $1 of the note)');
    return FOLLOWUP_KEY.test(parts.frontmatter) ? broken(message) : { kind: 'not-a-contact', why: `its ${parsed.message}` };
  }
  let data: unknown;
  try {
    data = parsed.value.map === null ? {} : parsed.value.doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb or a broken alias: the values cannot be trusted, so nothing is edited.
    return broken(`the frontmatter cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isContactFrontmatter(data)) return { kind: 'not-a-contact', why: 'its frontmatter has no `followup` key' };
  const read = readContact(path, data);
  if (read.ok) return { kind: 'contact', contact: read.contact, data };
  const state = readContact(path, { followup: data.followup });
  const name = typeof data.name === 'string' && data.name.trim() !== '' ? data.name.trim() : noteName(path);
  return { kind: 'problems', problems: read.problems, name, state: state.ok ? state.contact.state : null, editable: true };
}
