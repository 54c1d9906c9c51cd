/**
 * What tells a note unchanged since it was last read, as git's index tells it: mtime, ctime, size
 * and inode, four numbers per note in one Float64Array (shared between the reading threads, and
 * stored in the cache as is). NaN where unknown: NaN equals nothing, so it never counts as a hit.
 */
import { statSync } from 'node:fs';

export type Stamps = Float64Array;

export function newStamps(count: number, shared = false): Stamps {
  const bytes = count * 4 * Float64Array.BYTES_PER_ELEMENT;
  return new Float64Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)).fill(NaN);
}

export function setStamp(stamps: Stamps, at: number, st: { mtimeMs: number; ctimeMs: number; size: number; ino: number }): void {
  stamps[at * 4] = st.mtimeMs;
  stamps[at * 4 + 1] = st.ctimeMs;
  stamps[at * 4 + 2] = st.size;
  stamps[at * 4 + 3] = st.ino;
}

export function sameStamp(a: Stamps, i: number, b: Stamps, j: number): boolean {
  return a[i * 4] === b[j * 4] && a[i * 4 + 1] === b[j * 4 + 1] && a[i * 4 + 2] === b[j * 4 + 2] && a[i * 4 + 3] === b[j * 4 + 3];
}

/** Changed so close to `savedAt` (or after it) that a later change could keep the same stamp. */
export function isRacy(stamps: Stamps, i: number, savedAt: number, windowMs: number): boolean {
  const m = stamps[i * 4] ?? NaN;
  const c = stamps[i * 4 + 1] ?? NaN;
  return !(m < savedAt - windowMs && c < savedAt - windowMs);
}

type RawStat = (path: string, bigint: false, req: undefined, throwIfNoEntry: false) => Float64Array | undefined;

/**
 * Node 20's statSync builds a Stats object with four Dates per call: on a 50k-note repeat run
 * that was ~40% of the run (dates and their garbage). Node's own fs binding returns the raw
 * numbers. It is internal, so it is used only after it gave exactly statSync's four numbers for
 * a real file; else, and on any surprise, statSync.
 */
let rawStat: RawStat | null | undefined;

function raw(path: string): RawStat | null {
  if (rawStat !== undefined) return rawStat;
  rawStat = null;
  try {
    const binding = (process as unknown as { binding?: (name: string) => { stat?: RawStat } }).binding?.('fs');
    const candidate = binding?.stat;
    if (typeof candidate !== 'function') return null;
    const probe = newStamps(2);
    if (!stampFromRaw(probe, 0, candidate(path, false, undefined, false))) return null;
    setStamp(probe, 1, statSync(path));
    if (sameStamp(probe, 0, probe, 1)) rawStat = candidate;
  } catch {
    rawStat = null;
  }
  return rawStat;
}

/** Node's layout: ino 7, size 8, mtime 12-13 and ctime 14-15 (seconds, nanoseconds). */
function stampFromRaw(stamps: Stamps, at: number, v: Float64Array | undefined): boolean {
  if (v === undefined || v.length < 16) return false;
  stamps[at * 4] = (v[12] ?? NaN) * 1e3 + (v[13] ?? NaN) / 1e6;
  stamps[at * 4 + 1] = (v[14] ?? NaN) * 1e3 + (v[15] ?? NaN) / 1e6;
  stamps[at * 4 + 2] = v[8] ?? NaN;
  stamps[at * 4 + 3] = v[7] ?? NaN;
  return true;
}

/** Whether Node's raw stat gives statSync's numbers here (probed on `path`, once). */
export function rawStatWorks(path: string): boolean {
  return raw(path) !== null;
}

/** Stamps the file at `path` (left NaN when it is gone or cannot be stat'ed: then it is read, and the read says why). */
export function stampPath(stamps: Stamps, at: number, path: string): void {
  try {
    const fast = raw(path);
    if (fast !== null) {
      stampFromRaw(stamps, at, fast(path, false, undefined, false));
      return;
    }
    const st = statSync(path, { throwIfNoEntry: false });
    if (st !== undefined) setStamp(stamps, at, st);
  } catch {
    // Left NaN.
  }
}
