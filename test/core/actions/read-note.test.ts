import { describe, expect, it } from 'vitest';
import { readNoteText } from '../../../src/core/actions';
import { note } from './env';

describe('readNoteText', () => {
  it('reads a contact from the text, dates as strings, `contacted` in the note order in data', () => {
    const r = readNoteText(note('followup: active\ncontacted: [2026-11-10 09:00, 2026-11-03]\n'), 'A.md');
    expect(r.kind).toBe('contact');
    if (r.kind !== 'contact') return;
    expect(r.contact.contacted.map((o) => o.raw)).toEqual(['2026-11-03', '2026-11-10 09:00']);
    expect(r.data.contacted).toEqual(['2026-11-10 09:00', '2026-11-03']);
  });

  it('not a contact: no frontmatter, no followup key', () => {
    expect(readNoteText('just text\n', 'A.md')).toEqual({ kind: 'not-a-contact', why: 'it has no frontmatter' });
    expect(readNoteText(note('title: x\n'), 'A.md')).toEqual({ kind: 'not-a-contact', why: 'its frontmatter has no `followup` key' });
  });

  it('problems keep the state when `followup` reads, and say whether the YAML can be edited', () => {
    const bad = readNoteText(note('followup: stopped\ncadence: sometimes\n'), 'A.md');
    expect(bad).toMatchObject({ kind: 'problems', state: 'stopped', editable: true, name: 'A' });
    const broken = readNoteText(note('followup: active\nname: [oops\n'), 'A.md');
    expect(broken).toMatchObject({ kind: 'problems', state: null, editable: false });
    expect(readNoteText('---\nfollowup: active\n', 'A.md')).toMatchObject({ kind: 'problems', editable: false });
  });

  it('sees exactly the frontmatter the writer sees: a `----` line does not end it', () => {
    const r = readNoteText('---\nfollowup: active\n# ----------\nx: "----------"\n---\n', 'A.md');
    expect(r.kind).toBe('contact');
  });
});
