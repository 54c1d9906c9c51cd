/** The env every action test passes: default settings, a fixed clock, a path. No fakes. */
import type { ActionEnv } from '../../../src/core/actions';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

export function env(day = '2026-11-25', time = '10:00', path = 'People/Ada.md'): ActionEnv {
  return { path, settings: { ...DEFAULT_SETTINGS, cadence: [...DEFAULT_SETTINGS.cadence] }, now: { day, time } };
}

export const note = (fm: string, body = 'Body stays.\n'): string => `---\n${fm}---\n${body}`;
