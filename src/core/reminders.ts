/**
 * When to remind, decided from the agenda and the wall time handed in (the plugin owns the
 * clock and the timers): a digest once a day when Obsidian starts or a new day begins, and a
 * notification when the clock reaches a part of the day that has follow-ups in its slot.
 */
import type { AgendaItem } from './agenda';
import type { Now } from './actions';
import type { SlotTimes } from './settings';
import { PARTS_OF_DAY, type PartOfDay } from './types';


/** A slot notification fires only this long after its time, so a laptop waking late stays quiet. */
export const SLOT_WINDOW_MINUTES = 30;

export interface Digest {
  today: number;
  overdue: number;
  /** "3 follow-ups due today, 1 overdue". */
  text: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The day's digest, or null when nothing is due today or overdue. */
export function dueDigest(items: readonly AgendaItem[]): Digest | null {
  let today = 0;
  let overdue = 0;
  for (const { plan } of items) {
    if (plan.bucket === 'today') today += 1;
    else if (plan.bucket === 'overdue') overdue += 1;
  }
  if (today + overdue === 0) return null;
  const parts: string[] = [];
  if (today > 0) parts.push(`${plural(today, 'follow-up', 'follow-ups')} due today`);
  if (overdue > 0) parts.push(today > 0 ? `${overdue} overdue` : `${plural(overdue, 'follow-up', 'follow-ups')} overdue`);
  return { today, overdue, text: parts.join(', ') };
}

/** The digest is shown once per day: at start, and again when the day changes while open. */
export function digestDue(lastShownDay: string | null, now: Now): boolean {
  return lastShownDay !== now.day;
}

export interface SlotReminder {
  /** `YYYY-MM-DD part`: a reminder is given once per key. */
  key: string;
  part: PartOfDay;
  names: string[];
  /** "Time to follow up with Jane Doe and Tom Becker (this morning)". */
  text: string;
}

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length > 3) return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

const PART_PHRASE: Record<PartOfDay, string> = { morning: 'this morning', midday: 'around midday', afternoon: 'this afternoon' };

/**
 * The slot reminder due at `now`: the part of the day whose time has just come (within the
 * window) and that holds follow-ups due today or overdue, unless `given` already has its key.
 */
export function slotReminderDue(items: readonly AgendaItem[], now: Now, slotTimes: SlotTimes, given: ReadonlySet<string>): SlotReminder | null {
  const at = minutesOf(now.time);
  for (const part of PARTS_OF_DAY) {
    const start = minutesOf(slotTimes[part]);
    if (at < start || at >= start + SLOT_WINDOW_MINUTES) continue;
    const key = `${now.day} ${part}`;
    if (given.has(key)) continue;
    const names = items
      .filter(({ plan }) => (plan.bucket === 'today' || plan.bucket === 'overdue') && plan.slot?.part === part)
      .map(({ contact }) => contact.name);
    if (names.length === 0) continue;
    return { key, part, names, text: `Time to follow up with ${listNames(names)} (${PART_PHRASE[part]})` };
  }
  return null;
}
