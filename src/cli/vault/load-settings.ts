/**
 * The vault's settings, so the CLI and the plugin agree on one vault: `.followups.json` at the
 * root when present, else the plugin's own data.json, else the defaults; always through the
 * core's `migrateSettings`, which drops what it does not understand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateSettings, type Settings } from '../../core/settings';
import { refusal } from '../cli-error';

export const SETTINGS_FILES = ['.followups.json', '.obsidian/plugins/pleasantly-persistent/data.json'] as const;

export function loadSettings(root: string): Settings {
  for (const name of SETTINGS_FILES) {
    const file = join(root, name);
    if (!existsSync(file)) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      // Guessing at settings would give a quietly wrong agenda: stop and say where.
      const why = error instanceof Error ? error.message : String(error);
      throw refusal(`${file}: settings are not valid JSON (${why}); fix or remove the file`);
    }
    return migrateSettings(raw);
  }
  return migrateSettings({});
}
