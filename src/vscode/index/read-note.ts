/**
 * Note text -> contact, problems, or null when the note is not a contact, for the index (the
 * view, the status bar, the Problems panel): the CLI's reader, so the Problems panel is the live
 * `followups check`, and fast enough for 50,000 notes (its YAML fast path parses 10,000 contact
 * frontmatters about twice as fast as the writer's Document parse). Actions never decide from
 * it: they read the document's text again with the core's `readNoteText`.
 */
import { readContactText } from '../../core/frontmatter/read-contact-text';
import type { ReadResult } from '../../core/schema';

export function readNote(path: string, text: string): ReadResult | null {
  return readContactText(path, text);
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
