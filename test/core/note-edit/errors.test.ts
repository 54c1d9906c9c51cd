import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdit, type NoteEdit } from '../../../src/core/note-edit';
import { logSent, setState } from '../../../src/core/note-edit';
import { DRAFT } from './fixture-cases';

const DIR = join(__dirname, '../../fixtures/notes');
const read = (name: string) => readFileSync(join(DIR, `${name}.md`), 'utf8');
const SENT = logSent('2026-11-25 10:05');
const draft: NoteEdit = { op: 'append-draft', block: DRAFT };

// [fixture, edits, message pattern]
const REFUSED: [string, NoteEdit | NoteEdit[], RegExp][] = [
  ['err-malformed', SENT, /^frontmatter is not valid YAML: .+ \(line \d+\)$/],
  ['err-malformed', setState('replied'), /not valid YAML/],
  ['err-duplicate', SENT, /^frontmatter has a duplicate key `followup` \(line 4\)$/],
  ['err-not-a-map', SENT, /^frontmatter is not a key\/value map$/],
  ['err-scalar-frontmatter', setState('replied'), /^frontmatter is not a key\/value map$/],
  ['err-unclosed', SENT, /^frontmatter is never closed/],
  ['err-unclosed', draft, /^frontmatter is never closed/],
  ['err-flow-map', SENT, /flow map/],
  ['err-contacted-map', SENT, /^key `contacted` holds a map; expected a list or a single value$/],
  ['err-contacted-map', { op: 'set', key: 'contacted', value: ['2026-11-04'] }, /holds a map/],
  ['err-nested-list', SENT, /^key `contacted` holds a list with nested values/],
  ['anchors', { op: 'set', key: 'base', value: '2026-11-05' }, /anchor or tag/],
  ['anchors', { op: 'delete', key: 'defaults' }, /holds an anchor/],
  ['anchors', { op: 'delete', key: 'base' }, /holds an anchor/],
  ['anchors', { op: 'append', key: 'copy', value: 'x' }, /alias/],
  // A batch is all or nothing: the first edit is fine, the second is refused.
  ['err-contacted-map', [setState('replied'), SENT], /holds a map/],
  ['comments', { op: 'set', key: 'cadence', value: Number.NaN }, /finite number/],
  ['comments', { op: 'set', key: ' ', value: 'x' }, /non-empty key/],
  ['comments', { op: 'append', key: 'contacted', value: 42 } as unknown as NoteEdit, /must be a string/],
  ['comments', { op: 'set', key: 'a', value: [1] } as unknown as NoteEdit, /list of strings/],
  ['comments', { op: 'rename' } as unknown as NoteEdit, /unknown edit `rename`/],
  ['comments', null as unknown as NoteEdit, /edit must be an object/],
  ['comments', { op: 'append-draft', block: {} } as unknown as NoteEdit, /heading and markdown/],
];

describe('applyEdit refuses what it cannot edit safely', () => {
  for (const [note, edits, message] of REFUSED) {
    it(`${note}: ${JSON.stringify(edits)?.slice(0, 70) ?? ''}`, () => {
      const input = read(note);
      const copy = input.slice();
      const result = applyEdit(input, edits);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toMatch(message);
      expect(input).toBe(copy);
    });
  }

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [undefined, 42, {}, [], '---', '---\n', '\uFEFF---\r\n', '---\n---', '---\n: :\n---\n'];
    for (const text of odd) {
      for (const edit of [SENT, draft, { op: 'delete', key: 'x' } as NoteEdit]) {
        expect(() => applyEdit(text as string, edit)).not.toThrow();
      }
    }
    expect(applyEdit(undefined as unknown as string, SENT)).toEqual({ ok: false, message: 'note text must be a string' });
  });

  it('a draft into a body with mixed line endings keeps every other line, or is refused', () => {
    // appendDraftBlock decides whether it can; applyEdit's guard refuses any rewrite of other lines.
    const input = read('mixed-eol-body');
    const result = applyEdit(input, draft);
    if (!result.ok) {
      expect(result.message).toMatch(/mixed line endings/);
      return;
    }
    const lines = (t: string) => (t.match(/[^\n]*\n|[^\n]+$/g) ?? []).filter((l) => l.trim() !== '');
    const out = lines(result.text);
    let at = 0;
    for (const line of lines(input)) {
      at = out.indexOf(line, at) + 1;
      expect(at, `line ${JSON.stringify(line)} kept`).toBeGreaterThan(0);
    }
  });

  it('an anchor inside a value: set and delete are refused, append is fine', () => {
    const text = '---\nc:\n  - &x a\nb: *x\n---\n';
    expect(applyEdit(text, { op: 'set', key: 'c', value: 'z' })).toMatchObject({ ok: false, message: expect.stringMatching(/anchor/) as unknown });
    expect(applyEdit(text, { op: 'delete', key: 'c' })).toMatchObject({ ok: false, message: expect.stringMatching(/anchor/) as unknown });
    expect(applyEdit(text, { op: 'append', key: 'c', value: 'z' })).toEqual({ ok: true, changed: true, text: '---\nc:\n  - &x a\n  - z\nb: *x\n---\n' });
  });

  it('a lone opening fence is an unclosed frontmatter, not a body', () => {
    expect(applyEdit('---', SENT).ok).toBe(false);
    expect(applyEdit('---\nname: x\n', SENT).ok).toBe(false);
  });

  it('a parse error names the line of the note (fence included)', () => {
    const result = applyEdit(read('err-malformed'), SENT);
    expect(result.ok ? '' : result.message).toMatch(/\(line [3-5]\)$/);
  });
});
