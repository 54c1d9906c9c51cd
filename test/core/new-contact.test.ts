// The "New contact" template reads as a contact with no problems, takes a first message, and is
// the same text as the example vault's template note.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logSent, readNoteText } from '../../src/core/actions';
import { CONTACT_TEMPLATE, contactNameProblem, contactNotePath, newContactText } from '../../src/core/new-contact';
import { env } from './actions/env';

describe('new contact template', () => {
  it('is not a contact itself (a vault that keeps it lists no "Contact"); the new note is', () => {
    expect(readNoteText(CONTACT_TEMPLATE, 'Templates/Contact.md').kind).toBe('not-a-contact');
    expect(newContactText()).toBe(CONTACT_TEMPLATE.replace('---\n', '---\nfollowup: active      # active | paused | replied | stopped\n'));
  });

  it('makes a not-yet-contacted contact with no problems, named by its file', () => {
    const read = readNoteText(newContactText(), 'People/Jane Doe.md');
    expect(read.kind).toBe('contact');
    if (read.kind !== 'contact') return;
    expect(read.contact).toMatchObject({ name: 'Jane Doe', state: 'active', context: 'networking', contacted: [] });
  });

  it('takes the first message into its empty list, in the Date & time form', () => {
    const d = logSent(newContactText(), {}, env('2026-11-25', '10:05'));
    expect(d).toMatchObject({ type: 'write', changed: true });
    if (d.type === 'write') expect(d.text).toContain('contacted: [2026-11-25T10:05]');
  });

  it('is the example vault\'s Templates/Contact.md, byte for byte', () => {
    expect(readFileSync(join(__dirname, '../../examples/vault/Templates/Contact.md'), 'utf8')).toBe(CONTACT_TEMPLATE);
  });
});

describe('contact note names', () => {
  it('goes into the folder, or the vault root', () => {
    expect(contactNotePath('People', ' Jane Doe ')).toBe('People/Jane Doe.md');
    expect(contactNotePath('/People/', 'Jane Doe')).toBe('People/Jane Doe.md');
    expect(contactNotePath('', 'Jane Doe')).toBe('Jane Doe.md');
  });

  it('refuses empty names and characters a file name or link cannot hold', () => {
    expect(contactNameProblem('Jane Doe')).toBeNull();
    expect(contactNameProblem('Åsa Öberg (Globex)')).toBeNull();
    for (const bad of ['', '  ', 'a/b', 'a:b', 'a#b', 'a|b', '[[x]]', '.hidden']) expect(contactNameProblem(bad)).not.toBeNull();
  });
});
