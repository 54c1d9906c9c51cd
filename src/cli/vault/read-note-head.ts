/**
 * Reads only the start of a note: enough for its frontmatter. Most notes in a vault are not
 * contacts, so the whole file is read only when the frontmatter runs past the first block.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { splitNote } from '../../core/note-edit/split-note';

const HEAD_BYTES = 16 * 1024;

export function readNoteHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    if (n < HEAD_BYTES) return buf.toString('utf8', 0, n);
    // Drop the cut-off last line: it could be a fence or a character cut in half.
    const head = buf.toString('utf8', 0, n);
    const whole = head.slice(0, head.lastIndexOf('\n') + 1);
    return splitNote(whole).unclosed ? readFileSync(file, 'utf8') : whole;
  } finally {
    closeSync(fd);
  }
}
