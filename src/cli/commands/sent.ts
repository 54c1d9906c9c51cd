/** `followups sent <note>... [--at WHEN] [--force] [--dry-run]`: log a message you sent. */
import { logSent } from '../../core/actions';
import { parseTypedTime } from '../../core/typed-dates';
import { refusal, usageError } from '../cli-error';
import { clockNow, parseLocalTime } from '../clock';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { eachNote } from '../write/each-note';

export const sentCommand: CommandSpec = {
  name: 'sent',
  usage: 'followups sent <note>... [--at WHEN] [--force] [--dry-run]',
  details: `Arguments:
  <note>...        the contact's note; several notes are logged one by one

Options:
  --at WHEN        when you sent it, local time (default: now): "2026-11-25 10:05",
                   "yesterday 14:00", "14:00" (today), or a day alone ("2026-11-25",
                   "yesterday": at the current time of day); an earlier time than the
                   last one logged goes into the list in date order
  --force          log it even though it is sooner than the minimum gap, or more
                   than a day in the future
  --dry-run        show what would change; write nothing

Logging a message sooner than the minimum gap from another one is refused unless --force:
persistent does not mean every day (rule 2). A local time the clocks skip (a DST gap) is refused.
Exit status: 0 logged, 1 refused or a note has problems (the others are still logged), 2 bad usage.`,
  options: { at: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: Infinity },
  run(args) {
    const now = clockNow();
    const atFlag = stringFlag(args, 'at');
    const typed = atFlag === undefined ? now : parseTypedTime(atFlag, now);
    const at = typed === null ? null : atFlag === undefined ? now : parseLocalTime(`${typed.day} ${typed.time}`);
    if (at === null) throw usageError(`sent: --at should be a local time like "2026-11-25 10:05", "yesterday 14:00" or a day like 2026-11-25; got "${atFlag ?? ''}"`, seeHelp(sentCommand));
    if (at === 'gap') {
      throw refusal(`sent: ${typed === null ? '' : `${typed.day} ${typed.time}`} does not exist on this machine's clock (TZ=${Intl.DateTimeFormat().resolvedOptions().timeZone}): the clocks skip it for daylight saving time. Give the time as your clock showed it, e.g. an hour later; nothing was logged.`);
    }
    const force = booleanFlag(args, 'force');
    return eachNote(args.positionals, booleanFlag(args, 'dry-run'), (target, carryOut) => carryOut(target, logSent, { at, force }, { now }));
  },
};
