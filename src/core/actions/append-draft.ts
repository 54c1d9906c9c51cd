/**
 * Appends the next follow-up's draft under `## Follow-ups`. Its heading carries the send day:
 * the planned slot, or today when that day has passed. The same step on the same day is not
 * added twice. `dueDraft` is the same decision without the write, for "print the draft".
 */
import { planOrProblem } from '../agenda';
import { weekdayOf } from '../calendar';
import { draft, renderDraftBlock, type Draft, type DraftBlock } from '../drafts';
import type { Settings } from '../settings';
import type { Contact, Day, Plan } from '../types';
import { refusals } from '../words';
import { contactIn, isRefuse, refuse, writeEdits } from './decide';
import type { Action, ActionEnv, Refuse } from './types';

export interface DueDraft {
  contact: Contact;
  plan: Plan;
  draft: Draft;
  /** The day to send: the slot's, or today when the slot has passed. */
  sendOn: Day;
  block: DraftBlock;
}

/** The draft that is due for a contact today, or why there is none. */
export function draftFor(contact: Contact, env: Pick<ActionEnv, 'settings' | 'now' | 'userTemplates'>): DueDraft | Refuse {
  const settings: Settings = env.settings;
  const today = env.now.day;
  // A note whose dates leave the calendar (year 9999) is refused with the problem on its key.
  const planned = planOrProblem(contact, settings, today);
  if (!planned.ok) return refuse(refusals.problems([planned.problem]));
  const { plan } = planned;
  if (plan.state !== 'scheduled') return refuse(refusals.noDraft(plan.state, contact.name));
  if (plan.slot === null) return refuse(refusals.noSlot(contact.name));
  const written = draft(contact, plan, settings, env.userTemplates);
  if (written === null) return refuse(refusals.noWording(contact.name));
  const sendOn = plan.slot.date < today ? today : plan.slot.date;
  return { contact, plan, draft: written, sendOn, block: renderDraftBlock(written, sendOn, weekdayOf(sendOn), plan.slot.part) };
}

/** `draftFor` on the contact in a note's text. */
export function dueDraft(text: string, env: ActionEnv): DueDraft | Refuse {
  const found = contactIn(text, env.path);
  return isRefuse(found) ? found : draftFor(found.contact, env);
}

export const appendDraft: Action<Record<string, never>> = (text, _request, env) => {
  const due = dueDraft(text, env);
  if ('type' in due) return due;
  const title = due.block.heading.replace(/^### /, '');
  return writeEdits(
    text,
    env.path,
    [{ op: 'append-draft', block: due.block }],
    () => `Draft added under "## Follow-ups": ${title}.`,
    `That draft is already in the note (${title}); nothing changed.`,
    due.block.heading,
  );
};
