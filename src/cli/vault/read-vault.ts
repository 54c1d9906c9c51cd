/** A folder of notes -> its settings and every contact in it (or in its contacts folder). */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadResult } from '../../core/schema';
import type { Settings } from '../../core/settings';
import type { Problem } from '../../core/types';
import { CliError, EXIT_USAGE, refusal } from '../cli-error';
import { readSettingsFile } from './load-settings';
import { readNotes } from './read-in-parallel';
import { unreadable } from './read-note';
import { walkVault } from './walk-vault';

export interface VaultRead {
  settings: Settings;
  /** Values in the settings file that could not be used (the default was). */
  settingsProblems: Problem[];
  reads: ReadResult[];
}

const isDir = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

export function readVault(root: string): VaultRead {
  if (!isDir(root)) throw new CliError(`no such folder: ${root}`, EXIT_USAGE);
  const { settings, problems: settingsProblems } = readSettingsFile(root);
  const folder = settings.contactsFolder.replace(/^\/+|\/+$/g, '');
  if (folder !== '' && !isDir(join(root, folder))) {
    throw refusal(`the contacts folder "${folder}" (from the settings) is not a folder in ${root}`);
  }
  const walk = walkVault(root, folder);
  const reads: ReadResult[] = [...walk.unreadable.map(({ path, message }) => unreadable(path, message)), ...readNotes(walk.files)];
  return { settings, settingsProblems, reads };
}
