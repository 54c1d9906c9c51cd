/**
 * The day an out-of-office reply names as the end of the absence: "until 7 December",
 * "back on Monday 30 November", "returning January 4th, 2027", "t.o.m. 4/1", "åter vecka 2",
 * "till den 6 jan 2027", "2026-12-10". Dates without a year are the next such day (a day up to
 * a month past still counts as this year: the absence is simply over). English `12/7` can be
 * 12 July or 7 December, so it gives no day unless one part is above 12; Swedish is day/month.
 */
import { addDaysTo, daysBetween, isValidDay, weekdayOf } from '../calendar';
import type { Day, Language } from '../types';

export interface ReturnDay {
  day?: Day;
  /** The date as written, for messages. */
  phrase: string;
  /** Set when the only date found cannot be read without guessing. */
  ambiguous?: string;
}

const MONTHS: Record<string, number> = {
  january: 1, januari: 1, jan: 1, february: 2, februari: 2, feb: 2, march: 3, mars: 3, mar: 3,
  april: 4, apr: 4, may: 5, maj: 5, june: 6, juni: 6, jun: 6, july: 7, juli: 7, jul: 7,
  august: 8, augusti: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oktober: 10, oct: 10,
  okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAYS: Record<string, number> = {
  sunday: 0, söndag: 0, monday: 1, måndag: 1, tuesday: 2, tisdag: 2, wednesday: 3, onsdag: 3,
  thursday: 4, torsdag: 4, friday: 5, fredag: 5, saturday: 6, lördag: 6,
};
const WEEKDAY = Object.keys(WEEKDAYS).join('|');

// Consumed, not a lookbehind (older iOS has none): phrases are trimmed where they are shown.
const L = '(?:^|[^\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const ISO = new RegExp(`${L}(\\d{4})-(\\d{2})-(\\d{2})${R}`, 'gu');
const DAY_MONTH = new RegExp(`${L}(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\.?\\s(?:of\\s)?(${MONTH})${R}\\.?(?:,?\\s(\\d{4})${R})?`, 'giu');
const MONTH_DAY = new RegExp(`${L}(${MONTH})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?${R}(?:,?\\s(\\d{4})${R})?`, 'giu');
const NUMERIC = new RegExp(`(?:^|[^\\d/.-])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2})|\\s(\\d{4}))?(?![\\d/])`, 'gu');
const WEEK = new RegExp(`${L}(?:week|vecka|v\\.?)\\s?(\\d{1,2})${R}`, 'giu');
const WEEKDAY_RE = new RegExp(`${L}(${WEEKDAY})${R}`, 'giu');
const TOMORROW = new RegExp(`${L}(tomorrow|imorgon|i morgon)${R}`, 'iu');

function dayOf(y: number, m: number, d: number): Day | undefined {
  if (!isValidDay(y, m, d)) return undefined;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The next (m, d) from today, allowing a month in the past before rolling to next year. */
function nextDay(m: number, d: number, today: Day): Day | undefined {
  const y = Number(today.slice(0, 4));
  const thisYear = dayOf(y, m, d);
  if (thisYear !== undefined && daysBetween(today, thisYear) >= -31) return thisYear;
  return dayOf(y + 1, m, d);
}

function fullYear(y: string | undefined): number | undefined {
  if (y === undefined) return undefined;
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function monthDay(m: number, d: number, y: number | undefined, today: Day): Day | undefined {
  return y === undefined ? nextDay(m, d, today) : dayOf(y, m, d);
}

/** Monday of ISO week `w`, in today's ISO year or, when that is over a month past, the next. */
function weekMonday(w: number, today: Day): Day | undefined {
  if (w < 1 || w > 53) return undefined;
  const mondayOfWeek = (y: number): Day => {
    const jan4 = `${y}-01-04`;
    const week1 = addDaysTo(jan4, -((weekdayOf(jan4) + 6) % 7));
    return addDaysTo(week1, (w - 1) * 7);
  };
  const y = Number(today.slice(0, 4));
  const candidate = mondayOfWeek(y);
  return daysBetween(today, candidate) >= -31 ? candidate : mondayOfWeek(y + 1);
}

interface Found {
  day: Day;
  phrase: string;
}

function explicitDates(text: string, today: Day, language: Language, ambiguous: string[]): Found[] {
  const found: Found[] = [];
  const add = (day: Day | undefined, phrase: string): void => {
    if (day !== undefined) found.push({ day, phrase: phrase.trim() });
  };
  for (const m of text.matchAll(ISO)) add(dayOf(Number(m[1]), Number(m[2]), Number(m[3])), m[0]);
  for (const m of text.matchAll(DAY_MONTH)) {
    add(monthDay(MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[1]), fullYear(m[3]), today), m[0]);
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    add(monthDay(MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, Number(m[2]), fullYear(m[3]), today), m[0]);
  }
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fullYear(m[3] ?? m[4]);
    if (language === 'sv' || a > 12) add(monthDay(b, a, y, today), m[0]);
    else if (b > 12 || a === b) add(monthDay(a, b, y, today), m[0]);
    else ambiguous.push(m[0].trim());
  }
  for (const m of text.matchAll(WEEK)) add(weekMonday(Number(m[1]), today), m[0]);
  return found;
}

/** A weekday on its own ("back Monday", "till onsdag"): the next one after today. */
function weekdayDates(text: string, today: Day): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const target = WEEKDAYS[(m[1] ?? '').toLowerCase()] ?? 0;
    const ahead = (target - weekdayOf(today) + 7) % 7 || 7;
    found.push({ day: addDaysTo(today, ahead), phrase: m[0].trim() });
  }
  return found;
}

function latest(found: Found[]): Found | undefined {
  let best: Found | undefined;
  for (const f of found) if (best === undefined || f.day > best.day) best = f;
  return best;
}

export function findReturnDay(text: string, today: Day, language: Language): ReturnDay | undefined {
  const ambiguous: string[] = [];
  const explicit = latest(explicitDates(text, today, language, ambiguous));
  if (explicit) return { day: explicit.day, phrase: explicit.phrase };
  if (ambiguous[0] !== undefined) return { phrase: ambiguous[0], ambiguous: ambiguous[0] };
  const weekday = latest(weekdayDates(text, today));
  if (weekday) return { day: weekday.day, phrase: weekday.phrase };
  const tomorrow = TOMORROW.exec(text);
  if (tomorrow) return { day: addDaysTo(today, 1), phrase: tomorrow[0].trim() };
  return undefined;
}
