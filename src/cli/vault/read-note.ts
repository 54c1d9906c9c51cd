/** One Markdown file -> its read result, a problem when it cannot be read, or null (no contact). */
import type { ReadResult } from '../../core/schema';
import { readContactText } from './read-contact-text';
import { readNoteHead } from './read-note-head';
import { reason } from './walk-vault';
import type { MarkdownFile } from './walk-vault';

export const unreadable = (path: string, message: string): ReadResult => ({
  ok: false,
  problems: [{ path, key: 'file', value: null, message: `could not be read: ${message}` }],
});

export function readNote({ file, path }: MarkdownFile): ReadResult | null {
  let text: string | null;
  try {
    text = readNoteHead(file);
  } catch (error) {
    return unreadable(path, reason(error));
  }
  return text === null ? null : readContactText(path, text);
}
