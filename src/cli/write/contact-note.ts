/**
 * One contact note named on the command line, and the one way the CLI changes it: under the
 * note's lock, read its bytes, let the core action decide on exactly that text, and write what
 * it decided (atomically, keeping mode and owner). The CLI decides nothing itself; a question
 * the core asks (confirm) becomes a refusal that names the flag that agrees.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readNoteText, type Action, type ActionEnv, type Write } from '../../core/actions';
import type { Settings } from '../../core/settings';
import type { Contact } from '../../core/types';
import { refusals } from '../../core/words';
import { CliError, EXIT_USAGE, refusal } from '../cli-error';
import { findVaultRoot, vaultPath } from '../vault/find-vault-root';
import { planningSettingsForNote } from '../planning-settings';
import { loadSettings } from '../vault/load-settings';
import { withNoteLock } from './note-lock';
import { readOnlyReason, writeFileAtomic } from './write-file-atomic';

export interface NoteTarget {
  /** The real file (a symlinked note is written through to its target). */
  file: string;
  root: string;
  /** Vault-relative, for messages. */
  path: string;
  settings: Settings;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function locateNote(arg: string): NoteTarget {
  let file: string;
  try {
    file = realpathSync(arg);
  } catch {
    throw new CliError(`no such file: ${arg}`, EXIT_USAGE);
  }
  if (!statSync(file).isFile()) throw new CliError(`${arg} is a folder; expected a note (a .md file)`, EXIT_USAGE);
  const root = findVaultRoot(resolve(arg));
  return { file, root, path: vaultPath(root, resolve(arg)), settings: planningSettingsForNote(root, loadSettings(root)) };
}

function readText(target: NoteTarget, forWrite: boolean): { bytes: Buffer; text: string } {
  const bytes = readFileSync(target.file);
  try {
    return { bytes, text: utf8.decode(bytes) };
  } catch {
    throw refusal(`${target.path}: is not UTF-8 text${forWrite ? '; it was not changed' : ''}`);
  }
}

/** For commands that only read (print a draft): the contact, or a refusal saying why not. */
export function readContactNote(target: NoteTarget, forWrite: boolean): { text: string; contact: Contact } {
  const { text } = readText(target, forWrite);
  const read = readNoteText(text, target.path);
  const strip = (m: string): string => (forWrite ? m : m.replace(/ \(the note was not changed\)$/gm, ''));
  if (read.kind === 'not-a-contact') throw refusal(strip(refusals.notAContact(target.path, read.why)));
  if (read.kind === 'problems') throw refusal(strip(refusals.problems(read.problems)));
  return { text, contact: read.contact };
}

export interface Carried {
  write: Write;
  /** The text the decision was made on. */
  before: string;
}

export interface CarryOptions {
  /** What the user adds to agree to a confirmation (e.g. `--force`). */
  agreeFlag?: string;
  /** Decide on the note as it is now and report, but write nothing (not even the lock). */
  dryRun?: boolean;
}

/** Runs `action` on the note under its lock and writes the result (unless a dry run). */
export function carryOut<R>(target: NoteTarget, action: Action<R>, request: R, env: Omit<ActionEnv, 'path' | 'settings'>, options: CarryOptions = {}): Carried {
  const agreeFlag = options.agreeFlag ?? '--force';
  const readOnly = readOnlyReason(target.file);
  if (readOnly !== null) throw refusal(`${target.path}: ${readOnly}; it was not changed`);
  const decide = (): Carried => {
    const { bytes, text } = readText(target, true);
    const decision = action(text, request, { ...env, path: target.path, settings: target.settings });
    if (decision.type === 'refuse') throw refusal(decision.message);
    if (decision.type === 'confirm') throw refusal(`${decision.message} To do it anyway, run again with ${agreeFlag}.`);
    if (decision.changed && options.dryRun !== true) writeFileAtomic(target.file, decision.text, bytes, target.path);
    return { write: decision, before: text };
  };
  return options.dryRun === true ? decide() : withNoteLock(target.file, target.path, decide);
}
