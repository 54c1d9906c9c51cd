/**
 * Every note's read result as one byte blob and where each ends (cache-data.ts's `results` and
 * `ends`): runs of notes whose saved bytes still hold copied as one slice, fresh ones encoded.
 */
import { serialize } from 'node:v8';
import type { ReadResult } from '../../core/schema';

/** `reuse[j]`: the saved note whose bytes note j keeps, or -1 (then `fresh(j)` is its result; null: not a contact). */
export function packResults(reuse: Int32Array, fresh: (j: number) => ReadResult | null, old: { results: Uint8Array; ends: Float64Array } | null): { results: Uint8Array; ends: Float64Array } {
  const chunks: Uint8Array[] = [];
  const ends = new Float64Array(reuse.length);
  let size = 0;
  let runFrom = -1;
  let runTo = -1;
  const flush = (): void => {
    if (old !== null && runTo > runFrom) chunks.push(old.results.subarray(runFrom, runTo));
    runFrom = runTo = -1;
  };
  for (let j = 0; j < reuse.length; j++) {
    const i = reuse[j] ?? -1;
    if (i >= 0 && old !== null) {
      const from = i === 0 ? 0 : (old.ends[i - 1] ?? 0);
      const to = old.ends[i] ?? 0;
      if (from !== runTo) {
        flush();
        runFrom = from;
      }
      runTo = to;
      size += to - from;
    } else {
      flush();
      const r = fresh(j);
      if (r !== null) {
        const bytes = serialize(r);
        chunks.push(bytes);
        size += bytes.length;
      }
    }
    ends[j] = size;
  }
  flush();
  return { results: Buffer.concat(chunks, size), ends };
}
