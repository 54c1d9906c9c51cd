/**
 * The rules engine: one contact, the settings and today -> when the next follow-up is due,
 * what kind it is, when in the day to send it, and why. Pure and deterministic.
 */
import { addDaysTo, daysBetween, formatShortDay, WEEKDAY_NAMES, weekdayOf } from './calendar';
import { addAfterReply, describeAfterReply } from './after-reply';
import { describeGap } from './cadence';
import type { Settings } from './settings';
import { leanPart, leanWeekday } from './slot-lean';
import type { LearnedSlots } from './stats/learned-slots';
import type { Bucket, Contact, Day, Kind, Outreach, PartOfDay, Plan } from './types';

/** Morning before 11:00, midday 11:00-13:59, afternoon from 14:00. */
export function partOfDay(time: string): PartOfDay {
  const hour = Number(time.slice(0, 2));
  return hour < 11 ? 'morning' : hour < 14 ? 'midday' : 'afternoon';
}

export function kindOfStep(step: number, askAfter: number): Kind {
  if (step <= askAfter) return 'follow-up';
  return step === askAfter + 1 ? 'ask-to-stop' : 'check-in';
}

export function bucketOf(due: Day, today: Day): Bucket {
  const d = daysBetween(today, due);
  return d < 0 ? 'overdue' : d === 0 ? 'today' : d <= 7 ? 'week' : 'later';
}

const CLOSED_WHY = {
  stopped: 'Stopped: they asked you to stop, so nothing more is sent.',
  replied: 'Replied: nothing is due while the conversation is going.',
  paused: 'Paused: nothing is due until you resume.',
} as const;

export function planFollowUp(contact: Contact, settings: Settings, today: Day): Plan {
  const learned = learnedFor(settings);
  const last = contact.contacted[contact.contacted.length - 1];
  const daysSinceLast = last ? daysBetween(last.day, today) : null;
  const idle = { due: null, bucket: null, step: null, kind: null, slot: null, daysSinceLast, reintroduce: false, warnings: [] };

  if (contact.state === 'replied') {
    const checkIn = checkInAfterReply(contact, settings, today, last?.day ?? null, learned);
    if (checkIn !== null) return { ...checkIn, daysSinceLast, reintroduce: daysSinceLast !== null && daysSinceLast > settings.reintroduceAfterDays };
  }
  if (contact.state !== 'active') return { ...idle, state: contact.state, why: CLOSED_WHY[contact.state] };
  if (!last) {
    return { ...idle, state: 'not-contacted', why: 'No message logged yet: log the first one and the cadence starts from it.' };
  }

  const warnings = gapWarnings(contact.contacted, settings.minGapDays);
  const cadence = contact.cadence ?? settings.cadence;
  const n = contact.contacted.length - 1;
  const wanted = cadence[Math.min(n, cadence.length - 1)] ?? settings.minGapDays;
  const step = n + 1;
  const kind = kindOfStep(step, settings.askAfter);
  // After the ask, the drafts say "now and then": check-ins keep a slower pace than the cadence.
  const paced = kind === 'check-in' ? Math.max(wanted, settings.checkInDays) : wanted;
  const gap = Math.max(settings.minGapDays, paced);
  if (cadence.some((g) => g < settings.minGapDays)) {
    const low = cadence.filter((g) => g < settings.minGapDays);
    warnings.push(
      `The cadence has ${low.map(describeGap).join(', ')} between messages, below the minimum gap of ${describeGap(settings.minGapDays)}; those gaps are raised to ${describeGap(settings.minGapDays)}.`,
    );
  }
  const since = daysBetween(last.day, today);
  if (since < 0) {
    warnings.push(`The last message is logged on ${formatShortDay(last.day)}, after today: check the date.`);
  }

  const lastWeekday = weekdayOf(last.day);
  const onWeekend = (wd: number): boolean => settings.skipWeekends && (wd === 0 || wd === 6);
  /** A day a follow-up may go out on: not a skipped weekend, not the last message's weekday. */
  const allowed = (day: Day): boolean => {
    const wd = weekdayOf(day);
    return !onWeekend(wd) && !(settings.varyWeekday && wd === lastWeekday);
  };
  const onDay = addDaysTo(last.day, gap);
  let due = onDay;
  let skippedWeekend = false;
  let skippedWeekday = false;
  // At most three moves: a weekend, then possibly the last weekday (a Monday after a Monday).
  while (!allowed(due)) {
    if (onWeekend(weekdayOf(due))) skippedWeekend = true;
    else skippedWeekday = true;
    due = addDaysTo(due, 1);
  }

  let why = `last message ${formatShortDay(last.day)} + ${describeGap(gap)}`;
  if (gap > paced) why += ` (raised from ${describeGap(paced)}, the minimum gap)`;
  why += ` ${stepPhrase(step, kind, settings.askAfter)}`;
  if (paced > wanted) why += `; check-ins come at most every ${describeGap(settings.checkInDays)} (the check-in pace)`;
  if (due !== onDay) {
    const weekday = WEEKDAY_NAMES[lastWeekday];
    const reason =
      skippedWeekend && skippedWeekday
        ? `so it is not on a ${weekday} again or a weekend`
        : skippedWeekday
          ? `so it is not on a ${weekday} again`
          : 'to skip the weekend';
    why += `; moved to ${formatShortDay(due)} ${reason}`;
  }
  const later = leanWeekday(due, allowed, contact.context, learned);
  if (later !== null) {
    due = later.value;
    why += later.why;
  }
  if (contact.snooze !== null && contact.snooze > due) {
    due = contact.snooze;
    why += `; snoozed until ${formatShortDay(due)}`;
  }

  const sendOn = sendDay(due, today, settings.skipWeekends);
  if (sendOn !== due) {
    why += sendOn === today ? '; overdue, so it goes out today' : `; overdue, so it goes out on ${formatShortDay(sendOn)}, the next weekday`;
  }
  const part = slotPart(contact, learned);
  why += part.why;

  return {
    state: 'scheduled',
    due,
    bucket: bucketOf(due, today),
    step,
    kind,
    slot: { date: sendOn, part: part.value },
    daysSinceLast: since,
    reintroduce: since > settings.reintroduceAfterDays,
    why,
    warnings,
  };
}

/** The day to send: the due day, or for an overdue one today (the next weekday when weekends are skipped). */
export function sendDay(due: Day, today: Day, skipWeekends: boolean): Day {
  if (due >= today) return due;
  let day = today;
  while (skipWeekends && (weekdayOf(day) === 0 || weekdayOf(day) === 6)) day = addDaysTo(day, 1);
  return day;
}

/**
 * A replied contact with `after-reply` gets one light check-in that long after the later of the
 * reply and the last message (off the weekend when the settings say so; a snooze still holds).
 */
function checkInAfterReply(contact: Contact, settings: Settings, today: Day, lastSent: Day | null, learned: LearnedSlots | undefined): Omit<Plan, 'daysSinceLast'> | null {
  const wait = contact.afterReply;
  const replied = contact.replied;
  if (!wait || !replied) return null;
  const from = lastSent !== null && lastSent > replied ? lastSent : replied;
  let due = addAfterReply(from, wait);
  if (settings.skipWeekends) while (weekdayOf(due) === 0 || weekdayOf(due) === 6) due = addDaysTo(due, 1);
  let why = `replied ${formatShortDay(replied)}; after-reply ${describeAfterReply(wait)}: a light check-in`;
  if (from !== replied) why = `last message ${formatShortDay(from)} + ${describeAfterReply(wait)} (after-reply): a light check-in`;
  if (contact.snooze !== null && contact.snooze > due) {
    due = contact.snooze;
    why += `; snoozed until ${formatShortDay(due)}`;
  }
  const step = contact.contacted.length;
  // Overdue, it goes out today (or the next weekday), like every other follow-up.
  const part = slotPart(contact, learned);
  why += part.why;
  const slot = { date: sendDay(due, today, settings.skipWeekends), part: part.value };
  return { state: 'scheduled', due, bucket: bucketOf(due, today), step, kind: 'check-in', slot, reintroduce: false, why, warnings: [] };
}

function stepPhrase(step: number, kind: Kind, askAfter: number): string {
  if (kind === 'follow-up') return `(follow-up ${step} of ${askAfter})`;
  if (kind === 'ask-to-stop') return `(follow-up ${step}: time to ask kindly whether to stop)`;
  return `(check-in ${step}, after asking whether to stop)`;
}

/**
 * The history the planner may lean on: none while the opt-in is off (plans exactly as without
 * it). On, the settings must come from `withLearnedSlots`; a caller that skipped it would plan
 * differently from the others without a word, so it is an error instead.
 */
function learnedFor(settings: Settings): LearnedSlots | undefined {
  if (!settings.suggestFromHistory) return undefined;
  if (settings.learnedSlots === undefined) throw new Error('suggestFromHistory is on, but these settings were not given the history (withLearnedSlots)');
  return settings.learnedSlots;
}

/** The newest two timed outreaches' parts of day, newest first. */
function recentParts(contacted: readonly Outreach[]): [PartOfDay | null, PartOfDay | null] {
  let newest: PartOfDay | null = null;
  let before: PartOfDay | null = null;
  for (const o of contacted) {
    if (o.time === null) continue;
    before = newest;
    newest = partOfDay(o.time);
  }
  return [newest, before];
}

/** The first part of the day that the newest two timed outreaches did not use. */
function freePart(newest: PartOfDay | null, before: PartOfDay | null): PartOfDay {
  if (newest !== 'morning' && before !== 'morning') return 'morning';
  return newest === 'midday' || before === 'midday' ? 'afternoon' : 'midday';
}

/** freePart, or the history's lean (which may reuse the part before last, never the newest). */
function slotPart(contact: Contact, learned: LearnedSlots | undefined): { value: PartOfDay; why: string } {
  const [newest, before] = recentParts(contact.contacted);
  const suggested = freePart(newest, before);
  return leanPart(suggested, newest, contact.context, learned) ?? { value: suggested, why: '' };
}

/** Rule 2 broken in the past: two messages closer than the minimum gap. */
function gapWarnings(contacted: readonly Outreach[], minGapDays: number): string[] {
  const out: string[] = [];
  let previous: Outreach | undefined;
  for (const o of contacted) {
    if (previous !== undefined) {
      const apart = daysBetween(previous.day, o.day);
      if (apart < minGapDays) {
        out.push(
          `Messages on ${formatShortDay(previous.day)} and ${formatShortDay(o.day)} were ${describeGap(apart)} apart, less than the minimum gap of ${describeGap(minGapDays)}.`,
        );
      }
    }
    previous = o;
  }
  return out;
}
