/** `followups sent <note> [--at "YYYY-MM-DD HH:mm"] [--force]`: log a message you sent. */
import { daysBetween, formatShortDay } from '../../core/calendar';
import { describeGap } from '../../core/cadence';
import { logSent } from '../../core/note-edit';
import { formatOutreach, parseOutreach } from '../../core/outreach';
import { planFollowUp } from '../../core/rules';
import type { Contact, Outreach } from '../../core/types';
import { refusal, usageError } from '../cli-error';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { readContactText } from '../vault/read-contact-text';
import { editContactNote, openContactNote } from '../write/contact-note';

const AT_RE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

export const sentCommand: CommandSpec = {
  name: 'sent',
  summary: 'log a message you sent (adds it to `contacted`)',
  usage: 'followups sent <note> [--at "YYYY-MM-DD HH:mm"] [--force]',
  details: `Arguments:
  <note>                     the contact's note

Options:
  --at "YYYY-MM-DD HH:mm"    when you sent it, local time (default: now)
  --force                    log it even though it is sooner than the minimum gap

Logging a message sooner than the minimum gap after the last one is refused unless --force:
persistent does not mean every day (rule 2).
Exit status: 0 logged, 1 refused or the note has problems, 2 bad usage.`,
  options: { at: { type: 'string' }, force: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(args) {
    const atFlag = stringFlag(args, 'at');
    const at = atFlag === undefined ? parseOutreach(formatOutreach(new Date())) : AT_RE.test(atFlag.trim()) ? parseOutreach(atFlag) : null;
    if (at === null) throw usageError(`sent: --at should be a local time like "2026-11-25 10:05"; got "${atFlag ?? ''}"`, seeHelp(sentCommand));
    const note = openContactNote(args.positionals[0] ?? '', 'write');
    const { contact, settings } = note;
    if (contact.state === 'stopped') {
      throw refusal(`${contact.name} asked you to stop, so no more messages go out; nothing was logged.`);
    }
    if (!booleanFlag(args, 'force')) tooSoon(contact, at, settings.minGapDays);

    const text = editContactNote(note, [logSent(at.raw)]);
    const count = contact.contacted.length;
    const what = count === 0 ? 'the first message' : `follow-up ${count}`;
    if (text === null) {
      process.stdout.write(`Nothing changed in ${note.path}.\n`);
      return 0;
    }
    const after = readContactText(note.path, text);
    const next = after?.ok ? planFollowUp(after.contact, settings, at.day) : null;
    const tail =
      next && next.due !== null ? ` Next: ${next.kind} ${next.step ?? ''} due ${formatShortDay(next.due)}.` : contact.state === 'active' ? '' : ` The note stays ${contact.state}.`;
    process.stdout.write(`Logged ${what} to ${contact.name} at ${at.raw}.${tail}\n`);
    return 0;
  },
};

/** Rule 2: refuses, saying why, when `at` is closer than the minimum gap to any logged message. */
function tooSoon(contact: Contact, at: Outreach, minGapDays: number): void {
  const nearest = contact.contacted
    .map((o) => ({ o, apart: Math.abs(daysBetween(o.day, at.day)) }))
    .reduce<{ o: Outreach; apart: number } | null>((best, x) => (best === null || x.apart < best.apart ? x : best), null);
  if (nearest === null || nearest.apart >= minGapDays) return;
  const gap = minGapDays === 7 ? 'a week' : describeGap(minGapDays);
  const distance = nearest.apart === 0 ? 'on the same day' : `only ${describeGap(nearest.apart)} from ${at.day}`;
  throw refusal(
    `Not logged: you already wrote to ${contact.name} on ${formatShortDay(nearest.o.day)}, ${distance}. Persistent does not mean every day: wait at least ${gap} between messages (rule 2). If you really sent it, run again with --force.`,
  );
}
