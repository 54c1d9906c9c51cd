/**
 * Logs a message the user sent. Rule 2 (at least `minGapDays` between messages) is measured
 * from the logged message nearest to `at`, before or after it; too soon asks first. A time far
 * in the future (more than a day after now) is almost always a typo and asks first too. An older
 * time goes into `contacted` in date order, so the list stays oldest first. Stopped is final.
 */
import { describeGap } from '../cadence';
import { addDaysTo, daysBetween, isValidDay } from '../calendar';
import { insertSent } from '../note-edit';
import { compareOutreach, formatOutreach, parseOutreach } from '../outreach';
import type { Outreach } from '../types';
import { formatDay, nextLine, refusals } from '../words';
import { contactIn, isRefuse, planAfter, refuse, writeEdits } from './decide';
import type { Action, Now } from './types';

export type LogSentRequest = { at?: Now; force?: boolean };

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const logSent: Action<LogSentRequest> = (text, request, env) => {
  const found = contactIn(text, env.path);
  if (isRefuse(found)) return found;
  const { contact, data } = found;
  if (contact.state === 'stopped') return refuse(refusals.stoppedNoMessages(contact.name));
  const at = request.at ?? env.now;
  const day = DAY_RE.exec(at.day);
  if (!day || !isValidDay(Number(day[1]), Number(day[2]), Number(day[3])) || !TIME_RE.test(at.time)) {
    return refuse(`"${at.day} ${at.time}" is not a local time; expected one like 2026-11-25 10:05.`);
  }
  const raw = formatOutreach(at);
  const sent: Outreach = { day: at.day, time: at.time, raw };
  // Messages say the time as people write it; the note gets the form Dataview and Bases read.
  const shown = `${at.day} ${at.time}`;
  const today = env.now.day;
  const force = request.force === true;
  // The same day and time in any written form (an older note may have `YYYY-MM-DD HH:mm`).
  if (contact.contacted.some((o) => o.day === at.day && o.time === at.time)) {
    return { type: 'write', text, changed: false, message: `A message to ${contact.name} at ${shown} is already logged; nothing changed.` };
  }

  if (!force) {
    const farFuture = at.day > addDaysTo(today, 1) || (at.day === addDaysTo(today, 1) && at.time > env.now.time);
    if (farFuture) {
      return {
        type: 'confirm',
        title: 'Log a message in the future?',
        message: `Not logged: ${shown} is ${formatDay(at.day, today)}, more than a day from now. If you really mean that time, log it anyway.`,
        confirmText: 'Log it anyway',
        confirmed: { ...request, at, force: true },
      };
    }
    const nearest = nearestLogged(contact.contacted, sent);
    if (nearest !== null && nearest.apart < env.settings.minGapDays) {
      const gap = env.settings.minGapDays === 7 ? 'a week' : describeGap(env.settings.minGapDays);
      const distance = nearest.apart === 0 ? 'on the same day' : `only ${describeGap(nearest.apart)} from ${at.day}`;
      return {
        type: 'confirm',
        title: 'Log a follow-up this soon?',
        message: `Not logged: you already wrote to ${contact.name} on ${formatDay(nearest.o.day, today)}, ${distance}. Persistent does not mean every day: wait at least ${gap} between messages (rule 2).`,
        confirmText: 'Log it anyway',
        confirmed: { ...request, at, force: true },
      };
    }
  }

  const index = insertionIndex(data.contacted, sent);
  const count = contact.contacted.length;
  const inOrder = index >= listLength(data.contacted);
  const what = count === 0 ? 'the first message' : inOrder ? `follow-up ${count}` : 'an earlier message';
  return writeEdits(
    text,
    env.path,
    [insertSent(raw, index)],
    (after) => {
      const plan = planAfter(after, env.path, env.settings, today);
      const tail = contact.state === 'active' ? (plan === null ? '' : nextLine(plan, env.settings.askAfter, today)) : ` The note stays ${contact.state}.`;
      return `Logged ${what} to ${contact.name} at ${shown}${inOrder ? '' : ' (in date order)'}.${tail}`;
    },
    `A message to ${contact.name} at ${shown} is already logged; nothing changed.`,
  );
};

function nearestLogged(list: readonly Outreach[], at: Outreach): { o: Outreach; apart: number } | null {
  let best: { o: Outreach; apart: number } | null = null;
  for (const o of list) {
    const apart = Math.abs(daysBetween(o.day, at.day));
    if (best === null || apart < best.apart) best = { o, apart };
  }
  return best;
}

function listLength(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0;
  return Array.isArray(value) ? value.length : 1;
}

/** Before the first item, in the note's own order, that is later than `at`; else at the end. */
function insertionIndex(value: unknown, at: Outreach): number {
  const items: unknown[] = value === null || value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value];
  const later = items.findIndex((item) => {
    const o = parseOutreach(item);
    return o !== null && compareOutreach(o, at) > 0;
  });
  return later === -1 ? items.length : later;
}
