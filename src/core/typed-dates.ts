/**
 * Dates and times as a person types them on the command line, read against `today`/`now`
 * passed in (the core has no clock): `2026-12-24`, `today`, `tomorrow`, `yesterday`, a weekday
 * (`friday`: the next one after today), `next-monday` / `next monday` (the same), `+3d`, `+2w`
 * or a plain `+3` (days), and for times any of those followed by `HH:mm`. English words only,
 * any case. Anything else is null: the caller says what was expected.
 */
import { addDaysTo, isDay, weekdayOf, WEEKDAY_NAMES } from './calendar';
import type { Day } from './types';

export interface WallTime {
  day: Day;
  /** `HH:mm`. */
  time: string;
}

const RELATIVE_RE = /^\+(\d{1,5})\s*([dw]?)$/;
const TIME_RE = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const WEEKDAYS = WEEKDAY_NAMES.map((w) => w.toLowerCase());

/** The first day after `today` that falls on `weekday` (0 = Sunday): never today itself. */
function nextWeekday(today: Day, weekday: number): Day {
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  return addDaysTo(today, ahead === 0 ? 7 : ahead);
}

/** A day typed by a person, or null. Throws DayOutOfRange past the calendar's last day. */
export function parseTypedDay(text: string, today: Day): Day | null {
  if (isDay(text.trim())) return text.trim();
  const t = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (t === 'today') return today;
  if (t === 'tomorrow') return addDaysTo(today, 1);
  if (t === 'yesterday') return addDaysTo(today, -1);
  const relative = RELATIVE_RE.exec(t.replace(/ /g, ''));
  if (relative) return addDaysTo(today, Number(relative[1]) * (relative[2] === 'w' ? 7 : 1));
  const weekday = WEEKDAYS.indexOf(t.startsWith('next ') ? t.slice(5) : t);
  if (weekday >= 0) return nextWeekday(today, weekday);
  return null;
}

/**
 * A local wall time typed by a person: a day as `parseTypedDay` reads it, then optionally
 * `HH:mm`; a time alone means today. A day without a time keeps `now`'s time of day, so
 * `yesterday` is about a day ago.
 */
export function parseTypedTime(text: string, now: WallTime): WallTime | null {
  const t = text.trim();
  const last = t.lastIndexOf(' ');
  const tail = last < 0 ? t : t.slice(last + 1);
  const clock = TIME_RE.exec(tail);
  const dayPart = clock ? (last < 0 ? '' : t.slice(0, last)) : t;
  const day = dayPart === '' ? now.day : parseTypedDay(dayPart, now.day);
  if (day === null) return null;
  const time = clock ? `${(clock[1] ?? '').padStart(2, '0')}:${clock[2] ?? ''}` : now.time;
  return { day, time };
}
