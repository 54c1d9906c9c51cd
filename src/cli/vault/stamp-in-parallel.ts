/**
 * Stamps (stats) the notes of a repeat run on two threads: a stat is one system call, but at
 * 50k notes they are most of the run. The second thread runs a few lines of its own (evaluated
 * from the string below, not this bundle: loading the bundle again cost more than the stats it
 * saved), claims blocks of notes from a shared counter as the main thread does, and writes into
 * the shared stamps. The main thread never depends on it: a worker that is slow to start finds
 * no blocks left, and one that fails leaves its notes NaN (read again, never a wrong hit).
 */
import { Worker } from 'node:worker_threads';
import { newStamps, rawStatWorks, stampPath, type Stamps } from './note-stamps';
import { pathAt, pathStarts } from '../cache/cache-data';
import { walkedFile } from './walk-vault';

/** Below this, a worker's start-up (~20-40 ms) costs more than it saves. */
const PARALLEL_MIN = 16_000;
const BLOCK = 256;
/** A worker that never finishes its block (it died) must not hang the command. */
const WAIT_MS = 30_000;

interface Job {
  joined: string;
  /** Where each path starts in `joined`; `starts[count]` is one past the end. */
  starts: Int32Array;
  start: string;
  skip: number;
  stamps: Stamps;
  next: Int32Array;
  /** [claims the worker started, claims it finished]: counted before each claim, so none is missed. */
  progress: Int32Array;
  raw: boolean;
}

// The same numbers as note-stamps.ts (stampFromRaw, setStamp): a test compares them.
const WORKER = `
const { workerData: d } = require('node:worker_threads');
const { statSync } = require('node:fs');
const { joined, starts, start, skip, stamps, next, progress, raw } = d;
const count = starts.length - 1;
let stat = null;
if (raw) {
  try { stat = process.binding('fs').stat; } catch { stat = null; }
}
for (;;) {
  // Counted before the claim: the main thread, done with its own, waits for every claim it may not have seen.
  Atomics.add(progress, 0, 1);
  const from = Atomics.add(next, 0, ${BLOCK});
  if (from >= count) {
    Atomics.add(progress, 1, 1);
    Atomics.notify(progress, 1);
    break;
  }
  const to = Math.min(count, from + ${BLOCK});
  for (let j = from; j < to; j++) {
    const p = joined.slice(starts[j], starts[j + 1] - 1);
    const file = p.length < skip ? start : start + '/' + p.slice(skip);
    // A note that cannot be stat'ed (gone, no permission) stays NaN: it is read, and the read says why.
    try {
      if (typeof stat === 'function') {
        const v = stat(file, false, undefined, false);
        if (v !== undefined && v.length >= 16) {
          stamps[j * 4] = v[12] * 1e3 + v[13] / 1e6;
          stamps[j * 4 + 1] = v[14] * 1e3 + v[15] / 1e6;
          stamps[j * 4 + 2] = v[8];
          stamps[j * 4 + 3] = v[7];
        }
      } else {
        const st = statSync(file, { throwIfNoEntry: false });
        if (st !== undefined) {
          stamps[j * 4] = st.mtimeMs;
          stamps[j * 4 + 1] = st.ctimeMs;
          stamps[j * 4 + 2] = st.size;
          stamps[j * 4 + 3] = st.ino;
        }
      }
    } catch {}
  }
  Atomics.add(progress, 1, 1);
  Atomics.notify(progress, 1);
}
`;

/**
 * Each note's stamp now (NaN when it is gone), in the order of `joined` (vault paths joined by
 * NUL, `count` of them, found under vault path `startPath` at `start` on disk as the walk names
 * them). `test` lowers the threshold, or leaves every block to the worker (to test its numbers).
 */
export function stampPaths(joined: string, count: number, start: string, startPath: string, test?: { parallelMin: number; workerOnly?: boolean }): Stamps {
  const parallel = count >= (test?.parallelMin ?? PARALLEL_MIN) && count > 0;
  const stamps = newStamps(count, parallel);
  const starts = pathStarts(joined, count, parallel);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const progress = new Int32Array(new SharedArrayBuffer(8));
  if (parallel) {
    const skip = startPath === '' ? 0 : startPath.length + 1;
    const job: Job = { joined, starts, start, skip, stamps, next, progress, raw: rawStatWorks(start) };
    try {
      // A small young generation: its garbage is one path per note, short-lived.
      const worker = new Worker(WORKER, { eval: true, workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 2 }, stdout: true, stderr: true });
      worker.unref();
    } catch {
      // No second thread: this one does every block.
    }
  }
  const onDisk = walkedFile(start, startPath);
  for (; test?.workerOnly !== true; ) {
    const at = Atomics.add(next, 0, BLOCK);
    if (at >= count) break;
    const to = Math.min(count, at + BLOCK);
    for (let j = at; j < to; j++) stampPath(stamps, j, onDisk(pathAt(joined, starts, j)));
  }
  // Wait for the blocks the worker claimed (each claimed block is finished or its notes stay NaN).
  const deadline = Date.now() + WAIT_MS;
  const left = (finished: number): boolean => finished < Atomics.load(progress, 0) || (test?.workerOnly === true && Atomics.load(next, 0) < count);
  for (let finished = Atomics.load(progress, 1); left(finished); finished = Atomics.load(progress, 1)) {
    // Stuck: none of these stamps is used (a late one could postdate a read), so every note is read.
    if (Date.now() > deadline) return newStamps(count);
    Atomics.wait(progress, 1, finished, 50);
  }
  return stamps;
}
