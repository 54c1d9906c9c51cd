/**
 * The parts of `agenda --json` as they are rendered: every part the notes give, as UTF-8 in one
 * buffer, with a small index (note, sort key, byte range). A 50k-note run keeps one buffer and
 * ten thousand index rows instead of ten thousand strings and their encodings, and the output is
 * joined from slices of it.
 */
import type { Day } from '../../core/types';
import type { NoteParts } from '../cache/agenda-json-parts';
import { terminalSafe } from '../output/terminal-text';

export interface RenderedParts {
  /** The parts' bytes, back to back (only the ranges below are meaningful). */
  bytes: Uint8Array;
  /** Per shown item: its note (index in the files read), due day, lower-cased name and byte range. */
  items: [at: number, due: Day | null, name: string, start: number, end: number][];
  /** Per problem, in each note's order: its note, path and byte range. */
  problems: [at: number, path: string, start: number, end: number][];
  /** False when some part holds text the terminal guard would change (see terminal-text.ts). */
  safe: boolean;
}

/** A buffer's first size: grown by doubling, so 50k notes cost a handful of copies. */
const FIRST_SIZE = 64 * 1024;

export class PartsWriter {
  private bytes = Buffer.allocUnsafe(FIRST_SIZE);
  private used = 0;
  private readonly out: RenderedParts = { bytes: new Uint8Array(0), items: [], problems: [], safe: true };

  /** Note `at`'s parts, in the order the note gave them. */
  add(at: number, parts: NoteParts | null): void {
    if (parts === null) return;
    if (parts.item) {
      const [due, name, json] = parts.item;
      const start = this.put(json);
      this.out.items.push([at, due, name, start, this.used]);
    }
    for (const [path, json] of parts.problems) {
      const start = this.put(json);
      this.out.problems.push([at, path, start, this.used]);
    }
  }

  /** What was written; the writer is not used after this. */
  done(): RenderedParts {
    this.out.bytes = this.bytes.subarray(0, this.used);
    return this.out;
  }

  private put(json: string): number {
    if (this.out.safe && terminalSafe(json) !== json) this.out.safe = false;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const room = json.length * 3;
    if (this.used + room > this.bytes.length) {
      const larger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + room));
      this.bytes.copy(larger, 0, 0, this.used);
      this.bytes = larger;
    }
    const start = this.used;
    this.used += this.bytes.write(json, start, 'utf8');
    return start;
  }
}
