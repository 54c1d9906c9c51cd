/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. Days are local calendar dates, so the
 * math runs on local-midnight Dates via date-fns (DST-safe: it moves by calendar days,
 * never by 24-hour blocks).
 */
import { addDays, differenceInCalendarDays, format } from 'date-fns';
import type { Day } from './types';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a day. `setFullYear` keeps years below 100 as written. */
export function dayToDate(day: Day): Date {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  const d = new Date(2000, 0, 1);
  d.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d;
}

/** The local calendar day of a Date. */
export function dateToDay(date: Date): Day {
  const y = String(date.getFullYear()).padStart(4, '0');
  const mo = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${mo}-${d}`;
}

/** True for a real calendar day (`2026-02-30` is not one). */
export function isValidDay(y: number, month: number, d: number): boolean {
  if (month < 1 || month > 12 || d < 1 || y < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (lengths[month - 1] ?? 0);
}

export function addDaysTo(day: Day, n: number): Day {
  return dateToDay(addDays(dayToDate(day), n));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return differenceInCalendarDays(dayToDate(to), dayToDate(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return dayToDate(day).getDay();
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** `Wed 11 Nov`: short, unambiguous within a year, in English. */
export function formatShortDay(day: Day): string {
  return format(dayToDate(day), 'EEE d MMM');
}
