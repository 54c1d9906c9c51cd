/**
 * Note text -> contact, problems, or null when the note is not a contact: the core's
 * `readNoteText`, the very reader every action decides with, so the view and the Problems panel
 * say what an action would find. Most notes are not contacts: those without a `followup:` key in
 * their frontmatter are passed over before any YAML is parsed (the core reads them the same way).
 */
import { readNoteText } from '../../core/actions';
import { splitNote } from '../../core/note-edit';
import type { ReadResult } from '../../core/schema';

const FOLLOWUP_KEY = /^["']?followup["']?[ \t]*:/m;

export function readNote(path: string, text: string): ReadResult | null {
  if (!text.includes('followup')) return null;
  const parts = splitNote(text);
  if (!FOLLOWUP_KEY.test(parts.unclosed ? parts.body : (parts.frontmatter ?? ''))) return null;
  const read = readNoteText(text, path);
  if (read.kind === 'contact') return { ok: true, contact: read.contact };
  if (read.kind === 'problems') return { ok: false, problems: read.problems };
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict: bytes that are not UTF-8 are a problem, never U+FFFD written back into a note. */
export function decodeNote(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export function notUtf8(path: string): ReadResult {
  return { ok: false, problems: [{ path, key: 'file', value: null, message: 'the note is not UTF-8 text' }] };
}
