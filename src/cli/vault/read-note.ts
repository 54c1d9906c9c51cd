/** One Markdown file -> its head (readHead), then its read result, a problem when it cannot be read, or null (no contact). */
import type { ReadResult } from '../../core/schema';
import { readContactText } from '../../core/frontmatter/read-contact-text';
import { readNoteHead } from './read-note-head';
import type { Stamps } from './note-stamps';
import { reason } from './walk-vault';

export const unreadable = (path: string, message: string): ReadResult => ({
  ok: false,
  problems: [{ path, key: 'file', value: null, message: `could not be read: ${message}` }],
});

/** What reading a file's start gives: its head's text, null (certainly no contact), or why it could not be read. */
export type Head = string | null | { unreadable: string };

/** The file's head (readNoteHead); with `stamps`, its stamp (taken before it is read) goes to `stamps[at]`. */
export function readHead(file: string, stamps?: Stamps, at = 0): Head {
  try {
    return readNoteHead(file, stamps, at);
  } catch (error) {
    return { unreadable: reason(error) };
  }
}

/** The note at vault path `path`, from its head. */
export function readFromHead(path: string, head: Head): ReadResult | null {
  if (head === null) return null;
  return typeof head === 'string' ? readContactText(path, head) : unreadable(path, head.unreadable);
}
