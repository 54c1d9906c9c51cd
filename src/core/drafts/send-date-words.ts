/**
 * Words that depend on the day the draft goes out (the plan's slot): "later this month" is
 * wrong on the 30th, "have a good rest of the week" is wrong on a Friday. The day is always
 * the send day, never the planned one, so the words and the heading agree.
 */
import { weekdayOf } from '../calendar';
import type { Day } from '../types';

export interface SendDay {
  weekday: number;
  dayOfMonth: number;
  month: number;
  daysLeftInMonth: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function sendDayOf(day: Day | null): SendDay | null {
  if (day === null) return null;
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const length = m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 30);
  return { weekday: weekdayOf(day), dayOfMonth: d, month: m, daysLeftInMonth: length - d };
}

/** The rest of the month is long enough to say "later this month" (at least ten days). */
export const monthHasRoom = (day: SendDay): boolean => day.daysLeftInMonth >= 10;
export const isFriday = (day: SendDay): boolean => day.weekday === 5;
export const isWeekend = (day: SendDay): boolean => day.weekday === 0 || day.weekday === 6;
