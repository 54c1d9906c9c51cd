/** `followups snooze <note>... <when>`: not due before that day. */
import { snooze } from '../../core/actions';
import { parseTypedDay } from '../../core/typed-dates';
import { usageError } from '../cli-error';
import { clockNow } from '../clock';
import { booleanFlag, type CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { eachNote } from '../write/each-note';

export const snoozeCommand: CommandSpec = {
  name: 'snooze',
  usage: 'followups snooze <note>... <when> [--dry-run]',
  details: `Arguments:
  <note>...   the contact's note; several notes are snoozed one by one
  <when>      the first day the next follow-up may be due (a day after today):
              2026-12-24, tomorrow, friday or next-friday (the next one after
              today), +3d, +2w

Options:
  --dry-run   show what would change; write nothing

Exit status: 0 done, 1 refused or a note has problems (the others are still snoozed), 2 bad usage.`,
  options: { 'dry-run': { type: 'boolean' } },
  positionals: { min: 2, max: Infinity },
  run(args) {
    const notes = args.positionals.slice(0, -1);
    const given = args.positionals.at(-1) ?? '';
    const now = clockNow();
    const day = parseTypedDay(given, now.day);
    if (day === null) throw usageError(`snooze: the date should look like 2026-12-01, next-monday or +2w; got "${given}"`, seeHelp(snoozeCommand));
    return eachNote(notes, booleanFlag(args, 'dry-run'), (target, carryOut) => carryOut(target, snooze, { until: day }, { now }));
  },
};
