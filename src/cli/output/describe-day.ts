/** Days in words for people: "Mon 23 Nov (2 days ago)". */
import { daysBetween, formatShortDay } from '../../core/calendar';
import type { Day } from '../../core/types';

export function relativeDay(day: Day, today: Day): string {
  const d = daysBetween(today, day);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d === -1) return 'yesterday';
  return d > 0 ? `in ${d} days` : `${-d} days ago`;
}

export function dueText(day: Day, today: Day): string {
  return `${formatShortDay(day)} (${relativeDay(day, today)})`;
}

/** `Wed 25 Nov 2026`: the agenda's title date. */
export function longDay(day: Day): string {
  return `${formatShortDay(day)} ${day.slice(0, 4)}`;
}
