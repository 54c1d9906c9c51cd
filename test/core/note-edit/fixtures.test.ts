import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdit } from '../../../src/core/note-edit';
import { CASES } from './fixture-cases';

const DIR = join(__dirname, '../../fixtures/notes');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('applyEdit on the note corpus: exact bytes', () => {
  for (const c of CASES) {
    it(`${c.note}: ${c.name}`, () => {
      const input = read(`${c.note}.md`);
      const result = applyEdit(input, c.edits);
      if (!result.ok) throw new Error(result.message);
      if (c.unchanged) {
        expect(result).toEqual({ ok: true, text: input, changed: false });
        return;
      }
      const expectedFile = `${c.note}.${c.name}.expected.md`;
      expect(existsSync(join(DIR, expectedFile)), `missing ${expectedFile}`).toBe(true);
      expect(result.text).toBe(read(expectedFile));
      expect(result.changed).toBe(true);
      // The same edits again change nothing new only for idempotent edits; applying to the
      // result must at least succeed (the output is a note we can keep editing).
      expect(applyEdit(result.text, c.edits).ok).toBe(true);
    });
  }

  it('every expected file belongs to a case', async () => {
    const { readdirSync } = await import('node:fs');
    const known = new Set(CASES.map((c) => `${c.note}.${c.name}.expected.md`));
    const stray = readdirSync(DIR).filter((f) => f.endsWith('.expected.md') && !known.has(f));
    expect(stray).toEqual([]);
  });
});
