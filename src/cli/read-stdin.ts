/**
 * All of stdin, read chunk by chunk until end of input. A pipe from a slow writer (`followups draft
 * X | followups tone`) can be non-blocking: a read then fails with EAGAIN while the writer is still
 * busy, which is "not yet", not an error. We wait a moment and read on, synchronously, so commands
 * keep their plain `run(args): number` shape.
 */
import { readSync } from 'node:fs';

const CHUNK = 64 * 1024;
const pause = new Int32Array(new SharedArrayBuffer(4));

export function readStdin(): string {
  const chunks: Buffer[] = [];
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buffer, 0, CHUNK, null);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      // Windows reports a closed pipe as EOF.
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}
