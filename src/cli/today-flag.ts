/** `--today YYYY-MM-DD` or the local clock: the one place the CLI reads the date. */
import { dateToDay, isValidDay } from '../core/calendar';
import type { Day } from '../core/types';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, or null (`2026-02-30` is not one). */
export function parseDay(text: string): Day | null {
  const m = DAY_RE.exec(text.trim());
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  return text.trim();
}

/** Today on this machine's clock, as a local calendar day. */
export function clockToday(): Day {
  return dateToDay(new Date());
}

/** Throws the given error maker's result when the flag is not a valid day. */
export function todayFrom(flag: string | undefined, bad: (message: string) => Error): Day {
  if (flag === undefined) return clockToday();
  const day = parseDay(flag);
  if (day === null) throw bad(`--today should be a date like 2026-11-25; got "${flag}"`);
  return day;
}
