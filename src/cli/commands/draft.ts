/** `followups draft <note> [--today YYYY-MM-DD] [--append] [--json]`: the polite draft that is due. */
import { formatShortDay, weekdayOf } from '../../core/calendar';
import { draft, renderDraftBlock, type Draft } from '../../core/drafts';
import { planFollowUp } from '../../core/rules';
import type { Contact, Day, Plan } from '../../core/types';
import { refusal, usageError } from '../cli-error';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { todayFrom } from '../today-flag';
import { loadUserTemplates } from '../vault/load-user-templates';
import { editContactNote, openContactNote } from '../write/contact-note';

export const draftCommand: CommandSpec = {
  name: 'draft',
  summary: 'write the polite follow-up that is due (print it, or append it to the note)',
  usage: 'followups draft <note> [--today YYYY-MM-DD] [--append] [--json]',
  details: `Arguments:
  <note>                the contact's note

Options:
  --today YYYY-MM-DD    plan as of this day instead of today
  --append              also add the draft to the note under "## Follow-ups"
                        (the same step on the same day is not added twice)
  --json                print { subject, body, kind, step, language }

Stopped, replied, paused and not-yet-contacted notes have no draft.
Exit status: 0 drafted, 1 no draft for this contact or the note has problems, 2 bad usage.`,
  options: { today: { type: 'string' }, append: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(args) {
    const today = todayFrom(stringFlag(args, 'today'), (m) => usageError(m, seeHelp(draftCommand)));
    const append = booleanFlag(args, 'append');
    const note = openContactNote(args.positionals[0] ?? '', append ? 'write' : 'read');
    const { contact, settings } = note;
    const plan = planFollowUp(contact, settings, today);
    if (plan.kind === null || plan.slot === null) throw refusal(noDraft(contact, plan));

    const { templates, notices } = loadUserTemplates(note.root, settings.templatesFolder, contact.context, plan.kind);
    for (const n of notices) process.stderr.write(`followups: ${n}\n`);
    const written = draft(contact, plan, settings, templates);
    if (written === null) throw refusal(noDraft(contact, plan));

    // A slot already in the past is sent today, in the same part of the day.
    const sendOn: Day = plan.slot.date < today ? today : plan.slot.date;
    const json = booleanFlag(args, 'json');
    if (json) {
      const { subject, body, kind, step, language } = written;
      process.stdout.write(`${JSON.stringify({ subject, body, kind, step, language }, null, 2)}\n`);
    } else process.stdout.write(draftText(contact, plan, written, sendOn));

    if (append) {
      const block = renderDraftBlock(written, sendOn, weekdayOf(sendOn), plan.slot.part);
      const changed = editContactNote(note, [{ op: 'append-draft', block }]) !== null;
      const said = changed ? `Appended under "## Follow-ups" in ${note.path}.` : `Already in ${note.path} (same step, same day); nothing changed.`;
      // With --json, stdout stays one JSON object.
      (json ? process.stderr : process.stdout).write(`${said}\n`);
    }
    return 0;
  },
};

function draftText(contact: Contact, plan: Plan, d: Draft, sendOn: Day): string {
  const due = plan.due !== null && plan.due !== sendOn ? ` (due ${formatShortDay(plan.due)})` : '';
  const head = `${d.kind === 'follow-up' ? 'Follow-up' : d.kind === 'ask-to-stop' ? 'Ask-to-stop follow-up' : 'Check-in'} ${d.step} to ${contact.name}: send ${formatShortDay(sendOn)}, ${plan.slot?.part ?? ''}${due}`;
  const to = contact.email === null ? '' : `To: ${contact.email}\n`;
  return `${head}\n${to}Subject: ${d.subject}\n\n${d.body.trim()}\n`;
}

/** Why there is no draft, kindly. */
function noDraft(contact: Contact, plan: Plan): string {
  const name = contact.name;
  switch (plan.state) {
    case 'stopped':
      return `${name} asked you to stop, so there is no follow-up to write. Respecting that is the kindest follow-up of all.`;
    case 'replied':
      return `${name} replied: answer them in your own words. No follow-up is due while you talk.`;
    case 'paused':
      return `${name} is paused, so no follow-up is due. Run \`followups resume\` on the note when the time is right.`;
    case 'not-contacted':
      return `No message to ${name} is logged yet: the first one is yours to write. Log it with \`followups sent\` and the follow-ups start from there.`;
    default:
      return `There is no follow-up due for ${name}.`;
  }
}
