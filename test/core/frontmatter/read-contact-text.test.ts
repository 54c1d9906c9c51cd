/**
 * Issue 12 items 2 and 3: the reader sees exactly the frontmatter the writer (splitNote) and
 * Obsidian see, ending at an exact `---` line; and its fast path stays on the frontmatter shapes
 * that used to make a regex quadratic (so their cost is the flat reader's single pass; the
 * benchmark bench/reader.mjs shows the time per KB).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitNote } from '../../../src/core/note-edit/split-note';
import { parseFlatFrontmatter } from '../../../src/core/frontmatter/parse-flat-frontmatter';
import { readContactText } from '../../../src/core/frontmatter/read-contact-text';
import { readNoteHead } from '../../../src/cli/vault/read-note-head';

const dir = mkdtempSync(join(tmpdir(), 'followups-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('the frontmatter ends at a `---` line, not at a line that starts with `---`', () => {
  it.each(['----------', '--- # x', '---x: y', '-----'])('%j inside the frontmatter: `followup: stopped` after it is seen', (odd) => {
    const note = `---\nname: Ann\n${odd}\nfollowup: stopped\n---\nbody\n`;
    expect(splitNote(note).frontmatter).toContain('followup: stopped');
    const read = readContactText('Ann.md', note);
    // Never a due contact: either the stopped contact, or a problem naming the frontmatter.
    if (read?.ok) expect(read.contact.state).toBe('stopped');
    else expect(read?.problems[0]?.key).toBe('frontmatter');
  });

  it('`---x: y` is a key like any other, and the contact is stopped', () => {
    const read = readContactText('Ann.md', '---\nname: Ann\n---x: y\nfollowup: stopped\n---\n');
    expect(read).toMatchObject({ ok: true, contact: { state: 'stopped', name: 'Ann' } });
  });

  it('a `---` line with trailing blanks still closes it, as for the writer', () => {
    const read = readContactText('Ann.md', '---\nfollowup: active\n---  \nfollowup: stopped\n');
    expect(read).toMatchObject({ ok: true, contact: { state: 'active' } });
  });

  it('YAML errors count lines as the note does (the opening fence is line 1)', () => {
    const read = readContactText('Ann.md', '---\nfollowup: active\n----------\n---\n');
    expect(read?.ok).toBe(false);
    expect(read && !read.ok ? read.problems[0]?.message : '').toMatch(/line 3 of the note/);
  });

  it('CRLF notes read as LF ones', () => {
    const lf = '---\nfollowup: active\ncontacted: [2026-11-02]\n---\n';
    expect(readContactText('a.md', lf.replace(/\n/g, '\r\n'))).toEqual(readContactText('a.md', lf));
  });
});

describe('the fast path covers the shapes that were quadratic', () => {
  const shapes = {
    '80,000 blank lines': `followup: active\n${'\n'.repeat(80_000)}name: Ann\n`,
    '160 KB of spaces inside a value': `followup: active\nname: A${' '.repeat(160_000)}nn\n`,
    '160 KB of spaces after a value': `followup: active\nname: Ann${' '.repeat(160_000)}\n`,
    '20,000 blank lines of spaces': `followup: active\n${'    \n'.repeat(20_000)}name: Ann\n`,
    '20,000 comment lines': `followup: active\n${'# c\n'.repeat(20_000)}name: Ann\n`,
  };
  it.each(Object.entries(shapes))('%s: read by the flat reader, with yaml`s value', (_, yaml) => {
    const flat = parseFlatFrontmatter(yaml);
    expect(flat).not.toBeUndefined();
    expect(flat).toEqual(parse(yaml, { uniqueKeys: true }));
    expect(readContactText('Ann.md', `---\n${yaml}---\n`)).toMatchObject({ ok: true, contact: { state: 'active' } });
  });
});

describe('readNoteHead: a `followup:` line, found while looking for the closing fence', () => {
  it.each([
    ['followup: active', true],
    ['"followup": active', true],
    ["'followup' : active", true],
    ['followup\t: active', true],
    ['name: followup fan', false],
    ['  followup: active', false],
    ['followups: 3', false],
    ['# followup: active', false],
  ])('%j -> read on: %s', (line, contact) => {
    const text = `---\nname: Ann\n${line}\n---\n${'body\n'.repeat(2000)}`;
    expect(readNoteHead(file('head.md', text))).toBe(contact ? `---\nname: Ann\n${line}\n---\n` : null);
  });

  it('a `followup:` line past the first 4 KB of a long frontmatter is found', () => {
    const text = `---\n${'tag: x\n'.repeat(1000)}followup: active\n---\nbody\n`;
    expect(readNoteHead(file('long.md', text))).toBe(text.slice(0, -'body\n'.length));
  });

  it('`followup` only in the body is not a contact', () => {
    expect(readNoteHead(file('body.md', '---\nname: Ann\n---\nfollowup: active\n'))).toBeNull();
  });
});
