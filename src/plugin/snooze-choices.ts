/** What a snooze picker offers, in the menu and the command alike: the core's presets, then a date of your choice. */
import type { Day } from '../core/types';
import { snoozePresets } from '../core/words';

/** A day to snooze until, or null for "pick a date". */
export interface SnoozeChoice {
  title: string;
  until: Day | null;
}

export function snoozeChoices(today: Day): SnoozeChoice[] {
  return [...snoozePresets(today), { title: 'Pick a date…', until: null }];
}
