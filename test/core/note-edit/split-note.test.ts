import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitNote } from '../../../src/core/note-edit';

const join = (p: ReturnType<typeof splitNote>) => p.bom + p.open + (p.frontmatter ?? '') + p.close + p.body;

describe('splitNote', () => {
  it('finds frontmatter, fences and body', () => {
    expect(splitNote('---\na: 1\n---\nbody\n---\n')).toEqual({
      bom: '', eol: '\n', frontmatter: 'a: 1\n', open: '---\n', close: '---\n', body: 'body\n---\n', unclosed: false,
    });
  });

  it('keeps the BOM first and reads CRLF from the opening fence', () => {
    const p = splitNote('\uFEFF---\r\na: 1\r\n...\r\nbody');
    expect([p.bom, p.eol, p.frontmatter, p.close, p.body]).toEqual(['\uFEFF', '\r\n', 'a: 1\r\n', '...\r\n', 'body']);
  });

  it('accepts a closing fence at the very end, without a line break', () => {
    const p = splitNote('---\na: 1\n---');
    expect([p.frontmatter, p.close, p.body]).toEqual(['a: 1\n', '---', '']);
  });

  it('an empty frontmatter is still a frontmatter', () => {
    expect(splitNote('---\n---\nx').frontmatter).toBe('');
  });

  it('no frontmatter: the whole note is body, eol from its first line break', () => {
    expect(splitNote('# Title\r\ntext')).toMatchObject({ frontmatter: null, body: '# Title\r\ntext', eol: '\r\n', unclosed: false });
    expect(splitNote('----\na: 1\n---\n').frontmatter).toBeNull();
    expect(splitNote(' ---\na: 1\n---\n').frontmatter).toBeNull();
  });

  it('an opening fence that never closes is flagged', () => {
    expect(splitNote('---\na: 1\n').unclosed).toBe(true);
    expect(splitNote('---').unclosed).toBe(true);
    expect(splitNote('---\n----\n').unclosed).toBe(true);
  });

  it('the parts always join back to the note', () => {
    const piece = fc.constantFrom('---', '...', '\uFEFF', '\n', '\r\n', 'a: 1', ' ', '----', '\r');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (t) => join(splitNote(t)) === t), { numRuns: 1000 });
  });
});
