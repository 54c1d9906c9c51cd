/** `followups snooze <note> <YYYY-MM-DD>`: not due before that day. */
import { formatShortDay } from '../../core/calendar';
import { snoozeUntil } from '../../core/note-edit';
import { planFollowUp } from '../../core/rules';
import { refusal, usageError } from '../cli-error';
import type { CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { clockToday, parseDay } from '../today-flag';
import { readContactText } from '../vault/read-contact-text';
import { editContactNote, openContactNote } from '../write/contact-note';

export const snoozeCommand: CommandSpec = {
  name: 'snooze',
  summary: 'not due before a date (sets `snooze`)',
  usage: 'followups snooze <note> <YYYY-MM-DD>',
  details: `Arguments:
  <note>         the contact's note
  <YYYY-MM-DD>   the first day the next follow-up may be due

Exit status: 0 done, 1 refused or the note has problems, 2 bad usage.`,
  options: {},
  positionals: { min: 2, max: 2 },
  run(args) {
    const given = args.positionals[1] ?? '';
    const day = parseDay(given);
    if (day === null) throw usageError(`snooze: the date should look like 2026-12-01; got "${given}"`, seeHelp(snoozeCommand));
    const note = openContactNote(args.positionals[0] ?? '', 'write');
    const { contact } = note;
    if (contact.state === 'stopped') throw refusal(`${contact.name} asked you to stop: there is no follow-up to snooze.`);
    const text = editContactNote(note, [snoozeUntil(day)]);
    const after = readContactText(note.path, text ?? note.text);
    const plan = after?.ok ? planFollowUp(after.contact, note.settings, clockToday()) : null;
    const head = text === null ? `${contact.name} is already snoozed until ${formatShortDay(day)}; nothing changed.` : `Snoozed ${contact.name} until ${formatShortDay(day)}.`;
    const due = plan?.due ?? null;
    const tail = due === null ? '' : due > day ? ` The next follow-up is due ${formatShortDay(due)} anyway.` : ` Next: ${plan?.kind ?? ''} ${plan?.step ?? ''} due ${formatShortDay(due)}.`;
    process.stdout.write(`${head}${tail}\n`);
    return 0;
  },
};
