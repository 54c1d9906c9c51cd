/**
 * The vault's settings, so the CLI and the plugin agree on one vault: `.followups.json` at the
 * root when present, else the plugin's own data.json, else the defaults; always through the
 * core's `readSettings`. A value it cannot use falls back to its default and is a problem on
 * that file and key, which every command shows; JSON that cannot be parsed is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSettings, type Settings } from '../../core/settings';
import type { Problem } from '../../core/types';
import { refusal } from '../cli-error';

export const SETTINGS_FILES = ['.followups.json', '.obsidian/plugins/pleasantly-persistent/data.json'] as const;

export interface SettingsFile {
  settings: Settings;
  /** Each with `path` the settings file, relative to the vault. */
  problems: Problem[];
}

/** The settings and their problems, printing nothing: for commands that list problems. */
export function readSettingsFile(root: string): SettingsFile {
  for (const name of SETTINGS_FILES) {
    const file = join(root, name);
    if (!existsSync(file)) continue;
    let raw: unknown;
    try {
      // Editors on Windows save JSON with a byte order mark; it is not part of the settings.
      raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      // Guessing at settings would give a quietly wrong agenda: stop and say where.
      const why = error instanceof Error ? error.message : String(error);
      throw refusal(`${file}: settings are not valid JSON (${why}); fix or remove the file`);
    }
    const { settings, problems } = readSettings(raw);
    return { settings, problems: problems.map((p) => ({ path: name, ...p })) };
  }
  return { settings: readSettings({}).settings, problems: [] };
}

/** The settings for a command that acts on one note: their problems are warnings on stderr. */
export function loadSettings(root: string): Settings {
  const { settings, problems } = readSettingsFile(root);
  for (const p of problems) process.stderr.write(`followups: ${p.path}: ${p.key}: ${p.message}\n`);
  return settings;
}
