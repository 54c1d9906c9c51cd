/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. Days are local calendar dates, so the math
 * runs on whole day numbers (days since 1970-01-01 in the proleptic Gregorian calendar), never
 * on Dates or 24-hour blocks: DST cannot shift a result, and the rules engine's hot path
 * allocates no Date (a profile of planning 100k contacts showed Date and date-fns on top).
 */
import type { Day } from './types';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

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

/** The value of `length` ASCII digits at `from`, or -1 when any is not a digit. */
function digits(s: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Days since 1970-01-01. Like `Date`, an out-of-range month or day rolls over
 * (`2026-02-30` is 2 March), so results match the Date-based arithmetic this replaced.
 */
function dayNumber(day: Day): number {
  const y = day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45 ? digits(day, 0, 4) : -1;
  const mo = digits(day, 5, 2);
  const d = digits(day, 8, 2);
  if (y < 0 || mo < 0 || d < 0) throw new RangeError(`not a day: ${day}`);
  const months = y * 12 + mo - 1;
  const year = Math.floor(months / 12);
  return civilToNumber(year, months - year * 12 + 1, d);
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer Gregorian conversions.
function civilToNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function numberToCivil(n: number): [year: number, month: number, day: number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function numberToDay(n: number): Day {
  const [y, m, d] = numberToCivil(n);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** The days `YYYY-MM-DD` can write: 0001-01-01 … 9999-12-31. */
export const FIRST_DAY: Day = '0001-01-01';
export const LAST_DAY: Day = '9999-12-31';
const FIRST_NUMBER = civilToNumber(1, 1, 1);
const LAST_NUMBER = civilToNumber(9999, 12, 31);

/** Day arithmetic that would leave the years 0001-9999; callers turn it into a problem on a key. */
export class DayOutOfRange extends RangeError {
  constructor(
    readonly from: Day,
    readonly days: number,
  ) {
    super(`${days} days from ${from} is outside ${FIRST_DAY} … ${LAST_DAY}`);
    this.name = 'DayOutOfRange';
  }
}

/** True for a `YYYY-MM-DD` text with a four-digit year from 0001 and a real month and day. */
export function isDay(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  return isValidDay(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
}

export function addDaysTo(day: Day, n: number): Day {
  const result = dayNumber(day) + n;
  if (!(result >= FIRST_NUMBER && result <= LAST_NUMBER)) throw new DayOutOfRange(day, n);
  return numberToDay(result);
}

/** `addDaysTo` that stops at the calendar's first or last day: for the end of a range, never for a due date. */
export function addDaysWithin(day: Day, n: number): Day {
  const result = Math.min(Math.max(dayNumber(day) + n, FIRST_NUMBER), LAST_NUMBER);
  return numberToDay(result);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** `Wed 11 Nov`: short, unambiguous within a year, in English. */
export function formatShortDay(day: Day): string {
  const n = dayNumber(day);
  const [, m, d] = numberToCivil(n);
  const weekday = WEEKDAY_NAMES[(((n + 4) % 7) + 7) % 7] ?? '';
  return `${weekday.slice(0, 3)} ${d} ${MONTH_SHORT[m - 1] ?? ''}`;
}
