// Random contact notes for the agenda's property tests, read as an index reads them, and random
// edits (set or delete note `p/<i>.md`) applied to a vault of them.
import fc from 'fast-check';
import { readContact, type ReadResult } from '../../src/core/schema';

export const TODAY = '2026-11-05';
const NAMES = ['Ann', 'ann', 'Bo', 'Cy', 'Dee', 'Åsa', 'Zed'];
const CONTEXTS = ['Acme', 'job', 'Lead'];
const STATES = ['active', 'active', 'paused', 'replied', 'stopped', 'maybe'];
const DAYS = ['2026-09-30', '2026-10-14', '2026-10-28', '2026-11-04', '2026-11-05', '2026-11-31', 'not a day'];

export interface Note {
  name: string;
  context?: string;
  followup: string;
  contacted: string[];
}

export const note: fc.Arbitrary<Note> = fc.record({
  name: fc.constantFrom(...NAMES),
  context: fc.constantFrom(...CONTEXTS),
  followup: fc.constantFrom(...STATES),
  contacted: fc.array(fc.constantFrom(...DAYS), { maxLength: 3 }),
});

export const read = (path: string, n: Note): ReadResult =>
  readContact(path, {
    followup: n.followup,
    name: n.name,
    ...(n.context === undefined ? {} : { context: n.context }),
    ...(n.contacted.length > 0 ? { contacted: n.contacted } : {}),
  });

/** Notes `p/0.md`, `p/1.md`, … read. */
export const vaultOf = (notes: readonly Note[]): Map<string, ReadResult> => new Map(notes.map((n, i) => [`p/${i}.md`, read(`p/${i}.md`, n)]));

/** Note `p/<i>.md` set to a note, or deleted (undefined). */
export type Change = [number, Note | undefined];
export const change: fc.Arbitrary<Change> = fc.tuple(fc.nat(40), fc.option(note, { nil: undefined }));

/** Applies `changes` to `vault`: the paths changed, and the read results of those still there (as an index hands them to updateAgenda). */
export function applyChanges(vault: Map<string, ReadResult>, changes: readonly Change[]): { paths: Set<string>; changed: ReadResult[] } {
  const paths = new Set<string>();
  for (const [i, n] of changes) {
    const path = `p/${i}.md`;
    paths.add(path);
    if (n === undefined) vault.delete(path);
    else vault.set(path, read(path, n));
  }
  return { paths, changed: [...paths].flatMap((p) => (vault.has(p) ? [vault.get(p) as ReadResult] : [])) };
}
