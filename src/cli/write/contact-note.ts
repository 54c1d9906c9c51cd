/**
 * One contact note named on the command line: its text exactly as on disk, its vault and
 * settings, and the contact read from it. A note with problems is refused here, before any
 * command can write to it.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NoteEdit } from '../../core/note-edit';
import { applyEdit } from '../../core/note-edit';
import { splitNote } from '../../core/note-edit/split-note';
import type { Settings } from '../../core/settings';
import type { Contact } from '../../core/types';
import { CliError, EXIT_USAGE, refusal } from '../cli-error';
import { findVaultRoot, vaultPath } from '../vault/find-vault-root';
import { loadSettings } from '../vault/load-settings';
import { readContactText } from '../vault/read-contact-text';
import { writeFileAtomic } from './write-file-atomic';

export interface ContactNote {
  /** The real file (a symlinked note is written through to its target). */
  file: string;
  root: string;
  /** Vault-relative, for messages. */
  path: string;
  bytes: Buffer;
  text: string;
  settings: Settings;
  contact: Contact;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function openContactNote(arg: string, action: 'read' | 'write'): ContactNote {
  let file: string;
  try {
    file = realpathSync(arg);
  } catch {
    throw new CliError(`no such file: ${arg}`, EXIT_USAGE);
  }
  if (!statSync(file).isFile()) throw new CliError(`${arg} is a folder; expected a note (a .md file)`, EXIT_USAGE);
  const root = findVaultRoot(resolve(arg));
  const path = vaultPath(root, resolve(arg));
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw refusal(`${path}: is not UTF-8 text${action === 'write' ? '; it was not changed' : ''}`);
  }
  const settings = loadSettings(root);
  const read = readContactText(path, text);
  const untouched = action === 'write' ? ' (the note was not changed)' : '';
  if (read === null) {
    const why = splitNote(text).frontmatter === null ? 'it has no frontmatter' : 'its frontmatter has no `followup` key';
    throw refusal(`${path}: not a follow-up note: ${why}; add \`followup: active\` to start${untouched}`);
  }
  if (!read.ok) {
    throw refusal(read.problems.map((p) => `${p.path}: ${p.key}: ${p.message}${untouched}`).join('\n'));
  }
  return { file, root, path, bytes, text, settings, contact: read.contact };
}

/** Applies edits through the core's one write path; returns the new text, or null when unchanged. */
export function editContactNote(note: ContactNote, edits: readonly NoteEdit[]): string | null {
  const result = applyEdit(note.text, edits);
  if (!result.ok) throw refusal(`${note.path}: ${result.message}; the note was not changed`);
  if (!result.changed) return null;
  writeFileAtomic(note.file, result.text, note.bytes, note.path);
  return result.text;
}
