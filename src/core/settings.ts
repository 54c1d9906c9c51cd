import type { Language, PartOfDay } from './types';

/** `HH:mm` for each part of the day: when a slot's reminder and calendar event are. */
export type SlotTimes = Record<PartOfDay, string>;

/** Everything the user can set; shared by the plugin (data.json) and the CLI. */
export interface Settings {
  /** Bumped when the stored shape changes; see `migrateSettings`. */
  settingsVersion: number;
  /** Only notes under this folder count as contacts; empty for the whole vault. */
  contactsFolder: string;
  /** Default gaps in days before follow-up 1, 2, …; the last one repeats. */
  cadence: number[];
  /** No gap is ever shorter than this many days (rule 2). */
  minGapDays: number;
  /** Follow-ups before the one that asks whether to stop (rule 3). */
  askAfter: number;
  /** Move a due date off Saturday and Sunday. */
  skipWeekends: boolean;
  /** Never suggest the weekday of the last outreach again (rule 5). */
  varyWeekday: boolean;
  /** After this many days of silence, drafts remind the contact who you are. */
  reintroduceAfterDays: number;
  /** Draft language when a note does not say. */
  language: Language;
  /** Your name, for signing drafts. */
  myName: string;
  /** Folder of notes that override the built-in draft templates; empty for none. */
  templatesFolder: string;
  /** Plugin: a notice of what is due when Obsidian starts or a new day begins. */
  remindOnStart: boolean;
  /** Plugin: a notification at each part of the day that has follow-ups in its slot. */
  remindAtSlot: boolean;
  /** When each part of the day starts, for reminders and the calendar feed. */
  slotTimes: SlotTimes;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  settingsVersion: SETTINGS_VERSION,
  contactsFolder: '',
  cadence: Object.freeze([7, 7, 14]) as number[],
  minGapDays: 7,
  askAfter: 3,
  skipWeekends: true,
  varyWeekday: true,
  reintroduceAfterDays: 21,
  language: 'en',
  myName: '',
  templatesFolder: '',
  remindOnStart: false,
  remindAtSlot: false,
  slotTimes: Object.freeze({ morning: '09:00', midday: '12:00', afternoon: '15:00' }),
});

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `HH:mm` on the 24-hour clock (`9:00` is read as `09:00`); null otherwise. */
export function parseSlotTime(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(/^(\d):/, '0$1:');
  return TIME_RE.test(t) ? t : null;
}

function migrateSlotTimes(v: unknown): SlotTimes {
  const src = (v !== null && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS.slotTimes;
  return {
    morning: parseSlotTime(src.morning) ?? d.morning,
    midday: parseSlotTime(src.midday) ?? d.midday,
    afternoon: parseSlotTime(src.afternoon) ?? d.afternoon,
  };
}

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * Turns whatever was stored (older versions, hand edits, nothing) into valid settings.
 * Unknown or invalid fields fall back to the default; the defaults are never mutated.
 */
export function migrateSettings(raw: unknown): Settings {
  const src = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const cadence =
    Array.isArray(src.cadence) && src.cadence.length > 0 && src.cadence.every((g) => isInt(g, 1, 3650))
      ? src.cadence.map(Number)
      : [...d.cadence];
  return {
    settingsVersion: SETTINGS_VERSION,
    contactsFolder: typeof src.contactsFolder === 'string' ? src.contactsFolder : d.contactsFolder,
    cadence,
    minGapDays: isInt(src.minGapDays, 1, 365) ? src.minGapDays : d.minGapDays,
    askAfter: isInt(src.askAfter, 0, 50) ? src.askAfter : d.askAfter,
    skipWeekends: typeof src.skipWeekends === 'boolean' ? src.skipWeekends : d.skipWeekends,
    varyWeekday: typeof src.varyWeekday === 'boolean' ? src.varyWeekday : d.varyWeekday,
    reintroduceAfterDays: isInt(src.reintroduceAfterDays, 1, 3650) ? src.reintroduceAfterDays : d.reintroduceAfterDays,
    language: src.language === 'sv' || src.language === 'en' ? src.language : d.language,
    myName: typeof src.myName === 'string' ? src.myName : d.myName,
    templatesFolder: typeof src.templatesFolder === 'string' ? src.templatesFolder : d.templatesFolder,
    remindOnStart: typeof src.remindOnStart === 'boolean' ? src.remindOnStart : d.remindOnStart,
    remindAtSlot: typeof src.remindAtSlot === 'boolean' ? src.remindAtSlot : d.remindAtSlot,
    slotTimes: migrateSlotTimes(src.slotTimes),
  };
}
