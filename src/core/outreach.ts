/**
 * One `contacted` item: `YYYY-MM-DD`, `YYYY-MM-DD HH:mm`, or an ISO datetime
 * (`YYYY-MM-DDTHH:mm[:ss][Z|±hh:mm]`), or a Date as a YAML library hands it over.
 */
import { dateToDay, isValidDay } from './calendar';
import type { Day, Outreach } from './types';

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const ZONED_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const DATE_DAY_RE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function validClock(h: number, m: number, s: number): boolean {
  return h <= 23 && m <= 59 && s <= 59;
}

/** The local day and wall time of an instant. */
function fromInstant(date: Date, raw: string): Outreach {
  return { day: dateToDay(date), time: `${pad2(date.getHours())}:${pad2(date.getMinutes())}`, raw };
}

/** A Date as YAML libraries hand it over; null when invalid. */
function fromDate(value: Date): Outreach | null {
  if (Number.isNaN(value.getTime())) return null;
  const raw = value.toISOString();
  // A bare YAML date arrives as UTC midnight: it means that calendar day in every zone.
  if (value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0) {
    return { day: raw.slice(0, 10), time: null, raw: raw.slice(0, 10) };
  }
  return fromInstant(value, raw);
}

/** Parses one outreach; null when the value is not one of the accepted forms. */
export function parseOutreach(value: unknown): Outreach | null {
  if (value instanceof Date) {
    const o = fromDate(value);
    // Years outside 1-9999 have no `YYYY-MM-DD` form, and the calendar math would throw on them.
    return o !== null && DATE_DAY_RE.test(o.day) ? o : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();

  const local = LOCAL_RE.exec(text);
  if (local) {
    // Plain numbers, no destructured arrays: this runs for every logged message of every contact.
    if (!isValidDay(Number(local[1]), Number(local[2]), Number(local[3]))) return null;
    const day: Day = text.slice(0, 10);
    if (local[4] === undefined) return { day, time: null, raw: text };
    if (!validClock(Number(local[4]), Number(local[5]), Number(local[6] ?? 0))) return null;
    return { day, time: `${local[4]}:${local[5]}`, raw: text };
  }

  const zoned = ZONED_RE.exec(text);
  if (zoned) {
    const [y, mo, d] = [Number(zoned[1]), Number(zoned[2]), Number(zoned[3])];
    const [h, m, s] = [Number(zoned[4]), Number(zoned[5]), Number(zoned[6] ?? 0)];
    if (!isValidDay(y, mo, d) || !validClock(h, m, s)) return null;
    const instant = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (Number.isNaN(instant.getTime())) return null;
    return fromInstant(instant, text);
  }
  return null;
}

/** Orders outreaches by day, then time (a dateless time counts as the start of the day). */
export function compareOutreach(a: Outreach, b: Outreach): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  const ta = a.time ?? '';
  const tb = b.time ?? '';
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

/**
 * The form we write into notes: `YYYY-MM-DDTHH:mm`, local wall time with no zone. It is the form
 * of Obsidian's own "Date & time" property, which Dataview and Bases read as a date (the older
 * `YYYY-MM-DD HH:mm` they read as text); notes written before keep their form.
 */
export function formatOutreach(at: { day: Day; time: string }): string {
  return `${at.day}T${at.time}`;
}
