/**
 * Reads only the start of a note: enough for its frontmatter. Most notes in a vault are not
 * contacts, so a note is read in 4 KB chunks into one reused buffer, and stops being read as soon
 * as it is clearly not a contact: no opening `---`, or a closed frontmatter without a
 * `followup:` line (then it is never decoded or parsed). Only a frontmatter longer than the first
 * chunk is read on, in a larger buffer.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { setStamp, type Stamps } from './note-stamps';

const CHUNK = 4096;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict: bytes that are not UTF-8 must be a problem, not U+FFFD in a contact no write can touch. */
function decode(to: number): string {
  try {
    return utf8.decode(buf.subarray(0, to));
  } catch {
    throw new Error('is not UTF-8 text');
  }
}
/** Reused for every note; grows (and stays grown) only for a frontmatter longer than a chunk. */
let buf = Buffer.allocUnsafe(CHUNK);

const DASH = 0x2d;
const DOT = 0x2e;
const NL = 0x0a;
const CR = 0x0d;
const isBlank = (c: number | undefined): boolean => c === 0x20 || c === 0x09;

/** A fence line: `---` (or `...` when closing), then only spaces or tabs, then an optional `\r`. */
function isFence(from: number, to: number, closing: boolean): boolean {
  const c = buf[from];
  if (!(c === DASH || (closing && c === DOT)) || to - from < 3 || buf[from + 1] !== c || buf[from + 2] !== c) return false;
  let i = from + 3;
  while (i < to && isBlank(buf[i])) i++;
  return i === to || (i === to - 1 && buf[i] === CR);
}

const QUOTE2 = 0x22;
const QUOTE1 = 0x27;
const COLON = 0x3a;
const FOLLOWUP = Buffer.from('followup');

/** The reader's `^["']?followup["']?[ \t]*:` test, on the line starting at `from`. */
function isFollowupLine(from: number, to: number): boolean {
  let i = from;
  if (buf[i] === QUOTE2 || buf[i] === QUOTE1) i++;
  if (to - i < FOLLOWUP.length || buf.compare(FOLLOWUP, 0, FOLLOWUP.length, i, i + FOLLOWUP.length) !== 0) return false;
  i += FOLLOWUP.length;
  if (buf[i] === QUOTE2 || buf[i] === QUOTE1) i++;
  while (i < to && isBlank(buf[i])) i++;
  return buf[i] === COLON;
}

/**
 * The note's text up to the end of its frontmatter (for the reader, the same answer as the whole
 * note), or null when it is certainly not a contact: it has no frontmatter, or its frontmatter
 * has no `followup:` line (checked at each line start while looking for the closing fence, as the
 * reader checks it). An unclosed frontmatter gives the whole note, for the reader to
 * report. Fences are found as splitNote finds them, line by line.
 */
export function readNoteHead(file: string, stamps?: Stamps, at = 0): string | null {
  const fd = openSync(file, 'r');
  try {
    // Stamped before the read: a change during the read shows as a newer stamp next time.
    if (stamps) setStamp(stamps, at, fstatSync(fd));
    let n = readSync(fd, buf, 0, CHUNK, 0);
    let eof = n < CHUNK;
    const start = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    let from = start;
    let opened = false;
    let followup = false;
    for (;;) {
      const nl = buf.indexOf(NL, from);
      if (nl === -1 || nl >= n) {
        // The line runs past what was read: at the end of the file it is the last line (a
        // closing fence without a line break, or an unclosed frontmatter); else read on.
        if (eof) return opened ? decode(n) : null;
        if (n === buf.length) {
          const larger = Buffer.allocUnsafe(buf.length * 2);
          buf.copy(larger, 0, 0, n);
          buf = larger;
        }
        const got = readSync(fd, buf, n, buf.length - n, n);
        eof = got < buf.length - n;
        n += got;
        continue;
      }
      if (!opened) {
        if (!isFence(from, nl, false)) return null;
        opened = true;
      } else if (isFence(from, nl, true)) {
        return followup ? decode(nl + 1) : null;
      } else if (!followup) followup = isFollowupLine(from, nl);
      from = nl + 1;
    }
  } finally {
    closeSync(fd);
  }
}
