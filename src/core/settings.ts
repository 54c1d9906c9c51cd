import { formatCadence, parseCadence } from './cadence';
import { showValue } from './schema';
import type { LearnedSlots } from './stats/learned-slots';
import { PARTS_OF_DAY, type Language, type PartOfDay } from './types';

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
  /** After the ask-to-stop step, check-ins come at most this often ("now and then"). */
  checkInDays: number;
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
  /** Lean the suggested part of day and weekday towards what got replies before (opt-in). */
  suggestFromHistory: boolean;
  /**
   * Derived, never stored: what the history taught, set only by `withLearnedSlots`
   * (core/stats/learn-from-history.ts). With `suggestFromHistory` on, the planner refuses
   * settings without it, so a surface that forgot to learn fails loudly instead of disagreeing.
   */
  learnedSlots?: LearnedSlots;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  settingsVersion: SETTINGS_VERSION,
  contactsFolder: '',
  cadence: Object.freeze([7, 7, 14]) as number[],
  minGapDays: 7,
  askAfter: 3,
  checkInDays: 30,
  skipWeekends: true,
  varyWeekday: true,
  reintroduceAfterDays: 21,
  language: 'en',
  myName: '',
  templatesFolder: '',
  remindOnStart: false,
  remindAtSlot: false,
  slotTimes: Object.freeze({ morning: '09:00', midday: '12:00', afternoon: '15:00' }),
  suggestFromHistory: false,
});

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `HH:mm` on the 24-hour clock (`9:00` is read as `09:00`); null otherwise. */
export function parseSlotTime(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(/^(\d):/, '0$1:');
  return TIME_RE.test(t) ? t : null;
}


const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** A setting that cannot be used: the key, the value as stored, and what was expected. */
export interface SettingProblem {
  key: string;
  value: unknown;
  message: string;
}

export interface SettingsRead {
  settings: Settings;
  problems: SettingProblem[];
}

/**
 * Why a folder setting would lead outside the vault, or null when it stays inside. Folders are
 * vault-relative (a leading `/` means the vault's root); `..` and drive letters leave it.
 */
export function folderProblem(folder: string): string | null {
  // eslint-disable-next-line no-control-regex -- a control character is never part of a folder name
  const outside = /[\u0000-\u001f]/.test(folder) || /^[A-Za-z]:/.test(folder) || folder.split(/[\\/]/).includes('..');
  return outside ? 'should be a folder inside the vault, written from the vault\'s root like People/Contacts (no .., no drive)' : null;
}

/** What a field reader makes of a stored value: the value, or why not (null: the usual "should be"). */
type Got<T> = { value: T } | { why: string | null };
const NO: Got<never> = { why: null };

const KNOWN_KEYS: readonly string[] = Object.keys(DEFAULT_SETTINGS);
/** Set by the core, not the user: settings handed back to be saved may carry it; it is dropped. */
const DERIVED_KEYS: readonly string[] = ['learnedSlots'];

/** Edit distance, for "did you mean": keys are short, so the plain table is fine. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

function unknownKey(key: string): string {
  const meant = KNOWN_KEYS.find((k) => k.toLowerCase() === key.toLowerCase()) ?? KNOWN_KEYS.find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
  const hint = meant === undefined ? '' : ` (did you mean \`${meant}\`?)`;
  return `\`${key}\` is not a setting${hint}; expected one of ${KNOWN_KEYS.join(', ')}`;
}

/**
 * Stored settings (data.json, `.followups.json`, hand edits, nothing) -> valid settings, plus a
 * problem for every value that could not be used: that value falls back to its default, and the
 * caller shows the problem, so nothing is replaced silently. The defaults are never mutated.
 */
export function readSettings(raw: unknown): SettingsRead {
  const problems: SettingProblem[] = [];
  const isMap = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
  if (!isMap && raw !== null && raw !== undefined) {
    problems.push({ key: 'settings', value: raw, message: `the settings should be a JSON object of "key": value pairs; found ${showValue(raw)}` });
  }
  const src = (isMap ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;

  /** One field: its value when `read` accepts it, else its default and a problem. */
  function take<T>(key: keyof Settings, fallback: T, fallbackText: string, expected: string, read: (v: unknown) => Got<T>): T {
    const value = src[key];
    if (value === undefined) return fallback;
    const got = read(value);
    if ('value' in got) return got.value;
    problems.push({ key, value, message: `${got.why ?? `\`${key}\` ${expected}`}; found ${showValue(value)} (${fallbackText})` });
    return fallback;
  }
  const int = (min: number, max: number) => (v: unknown) => (isInt(v, min, max) ? { value: v } : NO);
  const whole = (min: number, max: number): string => `should be a whole number from ${min} to ${max}`;
  const bool = (v: unknown): Got<boolean> => (typeof v === 'boolean' ? { value: v } : NO);
  const text = (v: unknown): Got<string> => (typeof v === 'string' ? { value: v } : NO);
  const folder = (key: string) => (v: unknown): Got<string> => {
    if (typeof v !== 'string') return NO;
    const outside = folderProblem(v);
    return outside === null ? { value: v } : { why: `\`${key}\` ${outside}` };
  };
  const cadenceOf = (v: unknown): Got<number[]> => {
    if (Array.isArray(v) && v.length > 0 && v.every((g) => isInt(g, 1, 3650))) return { value: v.map(Number) };
    const parsed = parseCadence(v);
    return parsed.ok ? { value: parsed.days } : { why: parsed.message };
  };
  const dflt = (v: unknown): string => `the default ${showValue(v)} is used`;

  const settings: Settings = {
    settingsVersion: SETTINGS_VERSION,
    contactsFolder: take('contactsFolder', d.contactsFolder, 'the whole vault is used', 'should be a folder name', folder('contactsFolder')),
    cadence: take('cadence', [...d.cadence], `the default ${formatCadence(d.cadence)} is used`, 'should be a cadence', cadenceOf),
    minGapDays: take('minGapDays', d.minGapDays, dflt(d.minGapDays), whole(1, 365), int(1, 365)),
    askAfter: take('askAfter', d.askAfter, dflt(d.askAfter), whole(0, 50), int(0, 50)),
    checkInDays: take('checkInDays', d.checkInDays, dflt(d.checkInDays), whole(1, 3650), int(1, 3650)),
    skipWeekends: take('skipWeekends', d.skipWeekends, dflt(d.skipWeekends), 'should be true or false', bool),
    varyWeekday: take('varyWeekday', d.varyWeekday, dflt(d.varyWeekday), 'should be true or false', bool),
    reintroduceAfterDays: take('reintroduceAfterDays', d.reintroduceAfterDays, dflt(d.reintroduceAfterDays), whole(1, 3650), int(1, 3650)),
    language: take('language', d.language, dflt(d.language), 'should be en or sv', (v): Got<Language> => (v === 'en' || v === 'sv' ? { value: v } : NO)),
    myName: take('myName', d.myName, 'no name is used', 'should be a text', text),
    templatesFolder: take('templatesFolder', d.templatesFolder, 'the built-in drafts are used', 'should be a folder name', folder('templatesFolder')),
    remindOnStart: take('remindOnStart', d.remindOnStart, dflt(d.remindOnStart), 'should be true or false', bool),
    remindAtSlot: take('remindAtSlot', d.remindAtSlot, dflt(d.remindAtSlot), 'should be true or false', bool),
    slotTimes: { ...d.slotTimes },
    suggestFromHistory: take('suggestFromHistory', d.suggestFromHistory, dflt(d.suggestFromHistory), 'should be true or false', bool),
  };
  settings.slotTimes = readSlotTimes(src.slotTimes, problems);
  for (const key of Object.keys(src)) if (!KNOWN_KEYS.includes(key) && !DERIVED_KEYS.includes(key)) problems.push({ key, value: src[key], message: `${unknownKey(key)}; found ${showValue(src[key])}` });
  return { settings, problems };
}

/** Each part's time alone: one bad time falls back to its default, the others are kept. */
function readSlotTimes(v: unknown, problems: SettingProblem[]): SlotTimes {
  const d = DEFAULT_SETTINGS.slotTimes;
  if (v === undefined) return { ...d };
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    problems.push({ key: 'slotTimes', value: v, message: `\`slotTimes\` should be { "morning": "09:00", "midday": "12:00", "afternoon": "15:00" }; found ${showValue(v)} (the defaults are used)` });
    return { ...d };
  }
  const src = v as Record<string, unknown>;
  const out = { ...d };
  for (const part of PARTS_OF_DAY) {
    if (src[part] === undefined) continue;
    const time = parseSlotTime(src[part]);
    if (time !== null) out[part] = time;
    else problems.push({ key: `slotTimes.${part}`, value: src[part], message: `\`slotTimes.${part}\` should be a time like 09:00; found ${showValue(src[part])} (the default ${d[part]} is used)` });
  }
  return out;
}

/** Valid settings from whatever was stored; what cannot be used falls back to its default. */
export function migrateSettings(raw: unknown): Settings {
  return readSettings(raw).settings;
}
