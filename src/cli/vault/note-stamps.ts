/**
 * What tells a note unchanged since it was last read, as git's index tells it: mtime, ctime, size
 * and inode, four numbers per note in one Float64Array (shared between the reading threads, and
 * stored in the cache as is). NaN where unknown: NaN equals nothing, so it never counts as a hit.
 */
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
