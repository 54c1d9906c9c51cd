/**
 * The settings a command plans with. With `suggestFromHistory` on, the planner needs what the
 * vault's notes teach (core withLearnedSlots), from the same notes `agenda` reads, so a draft's
 * slot and the agenda's agree; off, the notes are not even looked at.
 */
import type { Settings } from '../core/settings';
import { withLearnedSlots } from '../core/stats/learn-from-history';
import { readVault, type VaultRead } from './vault/read-vault';

/** For commands that read the whole vault anyway (agenda, check, ics). */
export function planningSettings(vault: Pick<VaultRead, 'settings' | 'reads'>): Settings {
  return vault.settings.suggestFromHistory ? withLearnedSlots(vault.settings, vault.reads) : vault.settings;
}

/** For commands on one note: the vault is read (through the cache) only when the opt-in is on. */
export function planningSettingsForNote(root: string, settings: Settings): Settings {
  if (!settings.suggestFromHistory) return settings;
  const vault = readVault(root, { cache: true });
  vault.saveCache();
  return withLearnedSlots(settings, vault.reads);
}
