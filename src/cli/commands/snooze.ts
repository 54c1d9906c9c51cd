/** `followups snooze <note> <YYYY-MM-DD>`: not due before that day. */
import { snooze } from '../../core/actions';
import { usageError } from '../cli-error';
import { clockNow } from '../clock';
import type { CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { parseDay } from '../today-flag';
import { carryOut, locateNote } from '../write/contact-note';

export const snoozeCommand: CommandSpec = {
  name: 'snooze',
  summary: 'not due before a date (sets `snooze`)',
  usage: 'followups snooze <note> <YYYY-MM-DD>',
  details: `Arguments:
  <note>         the contact's note
  <YYYY-MM-DD>   the first day the next follow-up may be due (a day after today)

Exit status: 0 done, 1 refused or the note has problems, 2 bad usage.`,
  options: {},
  positionals: { min: 2, max: 2 },
  run(args) {
    const given = args.positionals[1] ?? '';
    const day = parseDay(given);
    if (day === null) throw usageError(`snooze: the date should look like 2026-12-01; got "${given}"`, seeHelp(snoozeCommand));
    const target = locateNote(args.positionals[0] ?? '');
    const { write } = carryOut(target, snooze, { until: day }, { now: clockNow() });
    process.stdout.write(`${write.message}\n`);
    return 0;
  },
};
