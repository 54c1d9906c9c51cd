// The `insert` edit: an item before the list's item `index`, in the list's own style and line
// endings; every other byte kept (read back and verified like every edit).
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/note-edit';

const insert = (index: number) => ({ op: 'insert', key: 'contacted', value: '2026-10-20 08:00', index }) as const;

describe('insert', () => {
  it('into a flow list, at the start, the middle and past the end', () => {
    const text = '---\ncontacted: [2026-10-01, 2026-11-01]  # sent\n---\n';
    expect(applyEdit(text, insert(0))).toEqual({ ok: true, changed: true, text: '---\ncontacted: [2026-10-20 08:00, 2026-10-01, 2026-11-01]  # sent\n---\n' });
    expect(applyEdit(text, insert(1))).toMatchObject({ text: '---\ncontacted: [2026-10-01, 2026-10-20 08:00, 2026-11-01]  # sent\n---\n' });
    expect(applyEdit(text, insert(9))).toMatchObject({ text: '---\ncontacted: [2026-10-01, 2026-11-01, 2026-10-20 08:00]  # sent\n---\n' });
  });

  it('into a CRLF block list, with its indentation and comments', () => {
    const text = '---\r\ncontacted:\r\n    - 2026-10-01 # first\r\n    - 2026-11-01\r\nname: Ada\r\n---\r\nbody\r\n';
    expect(applyEdit(text, insert(1))).toMatchObject({ ok: true, text: '---\r\ncontacted:\r\n    - 2026-10-01 # first\r\n    - 2026-10-20 08:00\r\n    - 2026-11-01\r\nname: Ada\r\n---\r\nbody\r\n' });
  });

  it('before a single value it becomes a list; a missing key becomes a one-item list', () => {
    expect(applyEdit('---\ncontacted: 2026-11-01\n---\n', insert(0))).toMatchObject({ text: '---\ncontacted: [2026-10-20 08:00, 2026-11-01]\n---\n' });
    expect(applyEdit('---\nname: Ada\n---\n', insert(0))).toMatchObject({ text: '---\nname: Ada\ncontacted: [2026-10-20 08:00]\n---\n' });
  });

  it('refuses a bad index and a list of maps, leaving the note alone', () => {
    expect(applyEdit('---\ncontacted: [a]\n---\n', { op: 'insert', key: 'contacted', value: 'x', index: -1 }).ok).toBe(false);
    expect(applyEdit('---\ncontacted:\n  - a: 1\n---\n', insert(0)).ok).toBe(false);
  });
});
