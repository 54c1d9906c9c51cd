/** The local wall clock, read once per command: the `now` every core action is given. */
import type { Now } from '../core/actions';
import { dateToDay, isValidDay } from '../core/calendar';

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function clockNow(date = new Date()): Now {
  return { day: dateToDay(date), time: `${pad2(date.getHours())}:${pad2(date.getMinutes())}` };
}

/**
 * `YYYY-MM-DD HH:mm` as a local wall time, checked against this machine's zone: null when it is
 * not one, or `gap` when the clocks skip it (a spring-forward DST gap, e.g. 02:30 in Europe on the
 * last Sunday of March). Only the CLI knows the zone; the core takes wall times as given.
 */
export function parseLocalTime(text: string): Now | 'gap' | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  if (h > 23 || mi > 59 || !isValidDay(y, mo, d)) return null;
  const date = new Date(2000, 0, 1, h, mi);
  date.setFullYear(y, mo - 1, d);
  // The round trip moves a wall time the clocks skip (to the next hour, or past midnight).
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d || date.getHours() !== h || date.getMinutes() !== mi) return 'gap';
  return { day: `${m[1]}-${m[2]}-${m[3]}`, time: `${m[4]}:${m[5]}` };
}
