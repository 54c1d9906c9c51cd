import { migrateSettings, type Settings } from '../../core/settings';
import type { PluginContext } from '../context';

/** Saves one change at once, through `migrateSettings`, so only valid settings are ever stored. */
export function saveSetting(ctx: PluginContext, patch: Partial<Settings>): Promise<void> {
  return ctx.saveSettings(migrateSettings({ ...ctx.settings(), ...patch }));
}

/** The same bounds `migrateSettings` enforces; a value outside them would be dropped silently. */
export const NUMBER_BOUNDS = {
  minGapDays: { min: 1, max: 365 },
  askAfter: { min: 0, max: 50 },
  reintroduceAfterDays: { min: 1, max: 3650 },
} as const;

export type NumberKey = keyof typeof NUMBER_BOUNDS;
