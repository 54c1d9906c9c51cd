/** One Markdown file -> its read result, a problem when it cannot be read, or null (no contact). */
import type { ReadResult } from '../../core/schema';
import { readContactText } from '../../core/frontmatter/read-contact-text';
import { readNoteHead } from './read-note-head';
import type { Stamps } from './note-stamps';
import { reason } from './walk-vault';
import type { MarkdownFile } from './walk-vault';

export const unreadable = (path: string, message: string): ReadResult => ({
  ok: false,
  problems: [{ path, key: 'file', value: null, message: `could not be read: ${message}` }],
});

/** With `stamps`, the note's stamp (taken before it is read) goes to `stamps[at]`. */
export function readNote({ file, path }: MarkdownFile, stamps?: Stamps, at = 0): ReadResult | null {
  let text: string | null;
  try {
    text = readNoteHead(file, stamps, at);
  } catch (error) {
    return unreadable(path, reason(error));
  }
  return text === null ? null : readContactText(path, text);
}
