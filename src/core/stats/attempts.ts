/**
 * A contact's history as attempts: every message we sent up to the one their reply answers, each
 * with its step, weekday, part of day and whether it got the reply. A reply (`replied: <day>`) is
 * attributed to the last message sent on or before that day; messages after it belong to the
 * conversation, not to the cold follow-ups, so they are left out. A `followup: replied` note
 * without a `replied` day counts as an answer to its last message, with the wait unknown.
 */
import { daysBetween, weekdayOf } from '../calendar';
import { partOfDay } from '../rules';
import type { Contact, PartOfDay } from '../types';

/** first = the first message; follow-up N; ask-to-stop; check-in (everything after asking). */
export type AttemptKey = 'first' | `follow-up-${number}` | 'ask-to-stop' | 'check-in';

export interface Attempt {
  path: string;
  context: string;
  /** 0 for the first message, N for follow-up N. */
  step: number;
  key: AttemptKey;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** null when the note logged only a date. */
  part: PartOfDay | null;
  answered: boolean;
  /** Days from this message to the reply (answered only; null when the reply day is unknown). */
  replyAfterDays: number | null;
}

export function attemptKey(step: number, askAfter: number): AttemptKey {
  if (step === 0) return 'first';
  if (step <= askAfter) return `follow-up-${step}`;
  return step === askAfter + 1 ? 'ask-to-stop' : 'check-in';
}

/** The index of the message a reply answers, or -1 when no reply is known. */
function answeredIndex(contact: Contact): number {
  const sent = contact.contacted;
  const replied = contact.replied ?? null;
  if (replied === null) return contact.state === 'replied' ? sent.length - 1 : -1;
  let index = -1;
  for (let i = 0; i < sent.length; i++) if ((sent[i]?.day ?? '') <= replied) index = i;
  return index;
}

export function attemptsOf(contact: Contact, askAfter: number): Attempt[] {
  const answered = answeredIndex(contact);
  const last = answered === -1 ? contact.contacted.length - 1 : answered;
  const replied = contact.replied ?? null;
  const out: Attempt[] = [];
  for (let step = 0; step <= last; step++) {
    const o = contact.contacted[step];
    if (o === undefined) break;
    const isAnswer = step === answered;
    out.push({
      path: contact.path,
      context: contact.context,
      step,
      key: attemptKey(step, askAfter),
      weekday: weekdayOf(o.day),
      part: o.time === null ? null : partOfDay(o.time),
      answered: isAnswer,
      replyAfterDays: isAnswer && replied !== null ? daysBetween(o.day, replied) : null,
    });
  }
  return out;
}
