/**
 * What the lens and the hover say about one contact note, read from the document's own text (an
 * unsaved edit shows at once) and planned by the core for today.
 */
import { daysBetween, formatShortDay } from '../../core/calendar';
import { describeGap } from '../../core/cadence';
import { planFollowUp } from '../../core/rules';
import type { ReadResult } from '../../core/schema';
import type { Settings } from '../../core/settings';
import type { Contact, Day, Plan } from '../../core/types';
import { stateLabel, stepLabel } from '../../core/words';

export type NoteSummary = { ok: true; contact: Contact; plan: Plan } | { ok: false; problems: number };

export function summarize(read: ReadResult, settings: Settings, today: Day): NoteSummary {
  if (!read.ok) return { ok: false, problems: read.problems.length };
  return { ok: true, contact: read.contact, plan: planFollowUp(read.contact, settings, today) };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Follow-up 2 of 3 · due Thu 19 Nov", "Ask whether to stop · due …", "Replied", "Not contacted yet". */
export function statusTitle(plan: Plan, askAfter: number): string {
  const step = stepLabel(plan, askAfter);
  if (step === null || plan.due === null) return stateLabel(plan.state);
  return `${capital(step)} · due ${formatShortDay(plan.due)}`;
}

/** The hover on `contacted`: every message sent, the last one's age, and the next date's why. */
export function explainContacted(contact: Contact, plan: Plan, today: Day): string {
  if (contact.contacted.length === 0) return `No message sent yet.\n\n${plan.why}`;
  const list = contact.contacted.map((o) => `- ${formatShortDay(o.day)} ${o.day.slice(0, 4)}${o.time ? ` at ${o.time}` : ''}`).join('\n');
  const last = contact.contacted[contact.contacted.length - 1];
  const ago = last ? daysBetween(last.day, today) : 0;
  const n = contact.contacted.length;
  return `**${n} ${n === 1 ? 'message' : 'messages'} sent**, the last ${ago === 0 ? 'today' : ago === 1 ? 'yesterday' : `${ago} days ago`}:\n\n${list}\n\n${plan.why}`;
}

/** The hover on `cadence`: the gaps in words, which one repeats, and the rule-2 floor. */
export function explainCadence(contact: Contact, plan: Plan, settings: Settings): string {
  const own = contact.cadence !== null;
  const gaps = contact.cadence ?? settings.cadence;
  const words = gaps.map((g, i) => `${i + 1}. ${describeGap(g)}`).join('\n');
  const source = own ? 'This note’s cadence' : 'The default cadence (settings)';
  return `**${source}**: the wait before each follow-up; the last one repeats.\n\n${words}\n\nNo gap is ever shorter than ${settings.minGapDays} days, and after ${settings.askAfter} follow-ups the next one asks whether to stop.\n\n${plan.why}`;
}
