/**
 * Short English labels for a plan, shared by the sidebar view and the agenda block so both say
 * "follow-up 2 of 3", "3 days overdue" and "Thu afternoon" the same way.
 */
import { daysBetween, formatShortDay, WEEKDAY_NAMES, weekdayOf } from '../core/calendar';
import type { Day, Plan, Slot } from '../core/types';

/** "follow-up 2 of 3", "ask whether to stop", "check-in"; null when nothing is due. */
export function stepLabel(plan: Plan, askAfter: number): string | null {
  if (plan.kind === 'follow-up') return `follow-up ${plan.step ?? 1} of ${askAfter}`;
  if (plan.kind === 'ask-to-stop') return 'ask whether to stop';
  if (plan.kind === 'check-in') return 'check-in';
  return null;
}

/** "3 days overdue", "1 day overdue", "today", "tomorrow", "in 5 days". */
export function dueLabel(due: Day, today: Day): string {
  const d = daysBetween(today, due);
  if (d < 0) return `${-d} ${-d === 1 ? 'day' : 'days'} overdue`;
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  return `in ${d} days`;
}

/** "Thu 26 Nov 2026": the absolute date, for hovers and screen readers. */
export function longDay(day: Day): string {
  return `${formatShortDay(day)} ${day.slice(0, 4)}`;
}

/** "Thu afternoon". */
export function slotLabel(slot: Slot): string {
  return `${WEEKDAY_NAMES[weekdayOf(slot.date)]?.slice(0, 3) ?? ''} ${slot.part}`;
}

/** "Paused", "Replied", "Stopped", "Not contacted yet": for rows without a due date. */
export function stateLabel(plan: Plan): string {
  switch (plan.state) {
    case 'not-contacted':
      return 'Not contacted yet';
    case 'paused':
      return 'Paused';
    case 'replied':
      return 'Replied';
    case 'stopped':
      return 'Stopped';
    case 'scheduled':
      return 'Scheduled';
  }
}
