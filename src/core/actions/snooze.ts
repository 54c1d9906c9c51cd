/**
 * Not due before a day (null removes the snooze). One rule for every adapter: the day must be
 * after today, and a stopped contact has nothing to snooze.
 */
import { isValidDay } from '../calendar';
import { snoozeUntil } from '../note-edit';
import type { Day } from '../types';
import { formatDay, nextLine, refusals } from '../words';
import { contactIn, isRefuse, planAfter, refuse, writeEdits } from './decide';
import type { Action } from './types';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const snooze: Action<{ until: Day | null }> = (text, { until }, env) => {
  const found = contactIn(text, env.path);
  if (isRefuse(found)) return found;
  const { contact } = found;
  if (contact.state === 'stopped') return refuse(refusals.stoppedNoSnooze(contact.name));
  const today = env.now.day;
  if (until !== null) {
    const m = DAY_RE.exec(until);
    if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return refuse(refusals.notADay(until));
    if (until <= today) return refuse(refusals.snoozeNotAfterToday(until, today));
  }
  const name = contact.name;
  const tail = (after: string): string => {
    const plan = planAfter(after, env.path, env.settings, today);
    if (plan === null || plan.due === null) return '';
    if (until !== null && plan.due > until) return ` The next follow-up is due ${formatDay(plan.due, today)} anyway.`;
    return nextLine(plan, env.settings.askAfter, today);
  };
  if (until === null) return writeEdits(text, env.path, [snoozeUntil(null)], (after) => `Snooze removed for ${name}.${tail(after)}`, `${name} is not snoozed; nothing changed.`);
  const shown = formatDay(until, today);
  return writeEdits(text, env.path, [snoozeUntil(until)], (after) => `Snoozed ${name} until ${shown}.${tail(after)}`, `${name} is already snoozed until ${shown}; nothing changed.${tail(text)}`);
};
