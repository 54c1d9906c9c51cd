import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedRange } from '../../../src/vscode/edit/changed-range';

const apply = (before: string, r: ReturnType<typeof changedRange>): string => before.slice(0, r.start) + r.insert + before.slice(r.end);

describe('changedRange', () => {
  it('covers only the value that changed in a frontmatter line', () => {
    const before = 'contacted: [2026-11-04 09:10]\nbody\n';
    const after = 'contacted: [2026-11-04 09:10, 2026-12-01 10:05]\nbody\n';
    const r = changedRange(before, after);
    expect(r).toEqual({ start: 28, end: 28, insert: ', 2026-12-01 10:05' });
  });

  it('never splits a CRLF line break', () => {
    const before = 'a: 1\r\nb: 2\r\n';
    const after = 'a: 1\r\nx: 9\r\nb: 2\r\n';
    const r = changedRange(before, after);
    expect(apply(before, r)).toBe(after);
    expect(before[r.start - 1]).not.toBe('\r');
    expect(before[r.end]).not.toBe('\n');
  });

  it('never splits a character made of two UTF-16 units', () => {
    const before = 'name: 😀\n';
    const after = 'name: 😃\n';
    const r = changedRange(before, after);
    expect(r.insert).toBe('😃');
    expect(apply(before, r)).toBe(after);
  });

  it('turns any text into any other text (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', '😀', 'é', ' ') });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const r = changedRange(before, after);
        expect(apply(before, r)).toBe(after);
        expect(r.start).toBeLessThanOrEqual(r.end);
      }),
      { numRuns: 300 },
    );
  });
});
