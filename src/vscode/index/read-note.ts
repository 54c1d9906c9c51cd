/**
 * Note text -> contact, problems, or null when the note is not a contact. The CLI's reader, so
 * the Problems panel says exactly what `followups check` says about the same note.
 */
import type { ReadResult } from '../../core/schema';
import { readContactText } from '../../cli/vault/read-contact-text';

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
