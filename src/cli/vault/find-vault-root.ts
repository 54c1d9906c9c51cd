/**
 * The vault a single note belongs to: the nearest folder above it with an `.obsidian/` folder or
 * a `.followups.json`; the note's own folder when there is none. Settings and the templates
 * folder are read from there, and the note's path in messages is relative to it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { SETTINGS_FILES } from './load-settings';

/** What makes a folder a vault: an Obsidian config folder, or a followups settings file. */
export const VAULT_MARKERS = ['.obsidian', ...SETTINGS_FILES];
const MARKERS = VAULT_MARKERS;

export function findVaultRoot(noteFile: string): string {
  const start = dirname(noteFile);
  for (let dir = start; ; dir = dirname(dir)) {
    if (MARKERS.some((m) => existsSync(join(dir, m)))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** A path relative to the vault, with `/` on every platform. */
export function vaultPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
