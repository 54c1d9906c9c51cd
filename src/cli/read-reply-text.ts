/**
 * The reply text for `followups reply`: a file, or standard input read chunk by chunk (a pipe, a
 * redirect, or pasted into the terminal and ended with Ctrl-D). Must be UTF-8; capped at 1 MiB,
 * far above any mail, so a wrong file (a video) is refused instead of quoted into the note.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { refusal, usageError } from './cli-error';

const MAX_BYTES = 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function readAll(fd: number, name: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') continue; // a non-blocking stdin with nothing yet: try again
      if (code === 'EOF') break; // Windows: the end of a pipe
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_BYTES) throw refusal(`${name}: more than 1 MiB; that is not a reply (nothing was changed)`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

export function readReplyText(source: string | undefined, usage: string): string {
  const fromStdin = source === undefined || source === '-';
  const name = fromStdin ? 'standard input' : source;
  let bytes: Buffer;
  if (fromStdin) {
    if (process.stdin.isTTY) process.stderr.write('Paste the reply, then press Ctrl-D on a line of its own.\n');
    bytes = readAll(0, name);
  } else {
    let fd: number;
    try {
      fd = openSync(source, 'r');
    } catch {
      throw usageError(`reply: no such file: ${source}`, usage);
    }
    try {
      bytes = readAll(fd, name);
    } finally {
      closeSync(fd);
    }
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw refusal(`${name}: is not UTF-8 text (nothing was changed)`);
  }
}
