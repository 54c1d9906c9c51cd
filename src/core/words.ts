/**
 * The product's one vocabulary: how every surface (sidebar, agenda block, CLI, notices) names
 * steps, groups, days and states, and the refusals every adapter shows. English only, sentence
 * case. Keeping the words here is what keeps the plugin and the CLI from drifting apart.
 */
import { addDaysTo, daysBetween, formatShortDay, WEEKDAY_NAMES, weekdayOf } from './calendar';
import type { GroupId } from './agenda';
import type { Day, Plan, PlanState, Problem, Slot } from './types';

// ---- Days ----------------------------------------------------------------------------------

/** A day as a four-digit-year `YYYY-MM-DD` the calendar can do arithmetic on. */
export function isPrintableDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day);
}

/** `Wed 2 Dec`, or `Wed 2 Dec 2027` when the day is not in `today`'s year. */
export function formatDay(day: Day, today: Day): string {
  if (!isPrintableDay(day)) return day;
  return day.slice(0, 4) === today.slice(0, 4) ? formatShortDay(day) : longDay(day);
}

/** `Thu 26 Nov 2026`: the absolute date, for titles, hovers and screen readers. */
export function longDay(day: Day): string {
  return isPrintableDay(day) ? `${formatShortDay(day)} ${day.slice(0, 4)}` : day;
}

/** `Thu`. */
export function shortWeekday(day: Day): string {
  return WEEKDAY_NAMES[weekdayOf(day)]?.slice(0, 3) ?? '';
}

/** "today", "tomorrow", "yesterday", "in 5 days", "3 days ago". */
export function relativeDay(day: Day, today: Day): string {
  const d = daysBetween(today, day);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d === -1) return 'yesterday';
  return d > 0 ? `in ${d} days` : `${-d} days ago`;
}

/** "3 days overdue", "1 day overdue", "today", "tomorrow", "in 5 days". */
export function dueLabel(due: Day, today: Day): string {
  const d = daysBetween(today, due);
  if (d < 0) return `${-d} ${-d === 1 ? 'day' : 'days'} overdue`;
  return relativeDay(due, today);
}

/** "Thu afternoon". */
export function slotLabel(slot: Slot): string {
  return `${shortWeekday(slot.date)} ${slot.part}`;
}

// ---- Plans ---------------------------------------------------------------------------------

/** "follow-up 2 of 3", "ask whether to stop", "check-in"; null when nothing is due. */
export function stepLabel(plan: Plan, askAfter: number): string | null {
  if (plan.kind === 'follow-up') return `follow-up ${plan.step ?? 1} of ${askAfter}`;
  if (plan.kind === 'ask-to-stop') return 'ask whether to stop';
  if (plan.kind === 'check-in') return 'check-in';
  return null;
}

/** "Paused", "Replied", "Stopped", "Not contacted yet": for rows without a due date. */
export function stateLabel(state: PlanState): string {
  return STATE_LABELS[state];
}

const STATE_LABELS: Record<PlanState, string> = {
  scheduled: 'Scheduled',
  'not-contacted': 'Not contacted yet',
  paused: 'Paused',
  replied: 'Replied',
  stopped: 'Stopped',
};

/** The agenda's groups, as the sidebar, the agenda block and the CLI title them. */
export const GROUP_TITLES: Readonly<Record<GroupId, string>> = {
  overdue: 'Overdue',
  today: 'Today',
  week: 'This week',
  later: 'Later',
  'not-contacted': 'Not contacted',
  closed: 'Paused, replied or stopped',
  problems: 'Problems',
};

/** ` Next: follow-up 2 of 3 due Wed 2 Dec.` (with its leading space), or '' when nothing is due. */
export function nextLine(plan: Plan, askAfter: number, today: Day): string {
  if (plan.due === null || !isPrintableDay(plan.due)) return '';
  return ` Next: ${stepLabel(plan, askAfter) ?? 'follow-up'} due ${formatDay(plan.due, today)}.`;
}

// ---- Snooze --------------------------------------------------------------------------------

/** The quick choices offered wherever a snooze is picked; "Pick a date…" is the adapter's own. */
export function snoozePresets(today: Day): { title: string; until: Day }[] {
  return [
    { title: '1 week', until: addDaysTo(today, 7) },
    { title: '2 weeks', until: addDaysTo(today, 14) },
  ];
}

// ---- Refusals ------------------------------------------------------------------------------

export const refusals = {
  notAContact: (path: string, why: string) => `${path}: not a follow-up note: ${why}; add \`followup: active\` to start (the note was not changed)`,
  alreadyAContact: (path: string) => `${path} is already a follow-up note.`,
  /** Every problem on its own line: path, key, what was found and expected. */
  problems: (problems: readonly Problem[]) =>
    problems.length === 0 ? 'The note has problems (the note was not changed)' : problems.map((p) => `${p.path}: ${p.key}: ${p.message} (the note was not changed)`).join('\n'),
  stoppedIsFinal: (name: string) =>
    `${name} asked you to stop, so the note stays stopped: that is final. If it was a mistake, change \`followup: stopped\` in the note yourself.`,
  stoppedNoMessages: (name: string) => `${name} asked you to stop, so no more messages go out; nothing was logged.`,
  stoppedNoSnooze: (name: string) => `${name} asked you to stop: there is no follow-up to snooze.`,
  cannotEdit: (path: string, why: string) => `${path}: ${why}; the note was not changed`,
  stopByHand: (path: string, why: string) =>
    `${path} could not be marked as stopped automatically (${why}). Open the note and set \`followup: stopped\` in its frontmatter by hand; until then no follow-up is drafted for it.`,
  snoozeNotAfterToday: (until: Day, today: Day) => `Snooze until a day after today (${formatDay(today, today)}), not ${until}.`,
  notADay: (value: string) => `"${value}" is not a date; expected one like 2026-12-01.`,
  noDraft: (state: Exclude<PlanState, 'scheduled'>, name: string) => NO_DRAFT[state](name),
  noSlot: (name: string) => `No send slot for ${name}: check the note's dates.`,
  noWording: (name: string) => `No draft wording fits ${name}'s next follow-up.`,
} as const;

const NO_DRAFT: Record<Exclude<PlanState, 'scheduled'>, (name: string) => string> = {
  stopped: (name) => `${name} asked you to stop, so there is no follow-up to write. Respecting that is the kindest follow-up of all.`,
  replied: (name) => `${name} replied: answer them in your own words. No follow-up is due while you talk; resume following up to draft again.`,
  paused: (name) => `Following up with ${name} is paused, so no follow-up is due: resume it to draft again.`,
  'not-contacted': (name) => `No message to ${name} is logged yet: the first one is yours to write. Log it as sent and the follow-ups start from there.`,
};
