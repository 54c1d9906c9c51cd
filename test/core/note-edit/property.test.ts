import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { applyEdit, splitNote, type NoteEdit } from '../../../src/core/note-edit';
import { edit, note } from './note-arbitraries';

type Model = Record<string, unknown>;

/** What the frontmatter should read as after the edits, or null when they must be refused. */
function model(before: Model, edits: NoteEdit[]): Model | null {
  const m: Model = { ...before };
  for (const e of edits) {
    if (e.op === 'append-draft') continue;
    const old = m[e.key];
    const isMap = typeof old === 'object' && old !== null && !Array.isArray(old);
    if (e.op === 'delete') {
      delete m[e.key];
      continue;
    }
    if (isMap) return null;
    if (e.op === 'set') m[e.key] = e.value;
    else m[e.key] = old === undefined || old === null ? [e.value] : Array.isArray(old) ? [...(old as unknown[]), e.value] : [old, e.value];
  }
  return m;
}

const RUNS = Number(process.env.NOTE_EDIT_RUNS ?? 2000);

describe('applyEdit property: only the edited key changes', () => {
  it(`holds for ${RUNS} random notes and edit batches`, () => {
    fc.assert(
      fc.property(note, fc.array(edit, { minLength: 1, maxLength: 3 }), (n, edits) => {
        const parts = splitNote(n.text);
        const before = (parts.frontmatter === null ? {} : (parse(parts.frontmatter) as Model | null)) ?? {};
        const want = model(before, edits);
        const result = applyEdit(n.text, edits);
        if (want === null) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(`refused: ${result.message}`);
        const after = splitNote(result.text);
        expect(after.bom).toBe(n.bom);
        expect(after.body).toBe(n.body);
        const fm = after.frontmatter ?? '';
        const got = (parse(fm) as Model | null) ?? {};
        expect(got).toEqual(want);
        expect(Object.keys(got)).toEqual(Object.keys(want));
        // Line endings: a CRLF note gains no bare LF, an LF note no CRLF.
        // (A note with no line break yet is LF, whatever the generator meant.)
        const bareLf = (t: string) => /(^|[^\r])\n/.test(t);
        if (n.text.includes('\r\n')) expect(bareLf(result.text)).toBe(false);
        else expect(result.text.includes('\r')).toBe(n.text.includes('\r'));
        expect(result.changed).toBe(result.text !== n.text);
      }),
      { numRuns: RUNS },
    );
  }, Math.max(120_000, RUNS * 30));
});
