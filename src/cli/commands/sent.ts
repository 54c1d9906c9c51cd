/** `followups sent <note> [--at "YYYY-MM-DD HH:mm"] [--force]`: log a message you sent. */
import { logSent } from '../../core/actions';
import { refusal, usageError } from '../cli-error';
import { clockNow, parseLocalTime } from '../clock';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { carryOut, locateNote } from '../write/contact-note';

export const sentCommand: CommandSpec = {
  name: 'sent',
  summary: 'log a message you sent (adds it to `contacted`)',
  usage: 'followups sent <note> [--at "YYYY-MM-DD HH:mm"] [--force]',
  details: `Arguments:
  <note>                     the contact's note

Options:
  --at "YYYY-MM-DD HH:mm"    when you sent it, local time (default: now); an earlier time
                             than the last one logged goes into the list in date order
  --force                    log it even though it is sooner than the minimum gap, or more
                             than a day in the future

Logging a message sooner than the minimum gap from another one is refused unless --force:
persistent does not mean every day (rule 2). A local time the clocks skip (a DST gap) is refused.
Exit status: 0 logged, 1 refused or the note has problems, 2 bad usage.`,
  options: { at: { type: 'string' }, force: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(args) {
    const now = clockNow();
    const atFlag = stringFlag(args, 'at');
    const at = atFlag === undefined ? now : parseLocalTime(atFlag);
    if (at === null) throw usageError(`sent: --at should be a local time like "2026-11-25 10:05"; got "${atFlag ?? ''}"`, seeHelp(sentCommand));
    if (at === 'gap') {
      throw refusal(`sent: ${atFlag ?? ''} does not exist on this machine's clock (TZ=${Intl.DateTimeFormat().resolvedOptions().timeZone}): the clocks skip it for daylight saving time. Give the time as your clock showed it, e.g. an hour later; nothing was logged.`);
    }
    const target = locateNote(args.positionals[0] ?? '');
    const { write } = carryOut(target, logSent, { at, force: booleanFlag(args, 'force') }, { now });
    process.stdout.write(`${write.message}\n`);
    return 0;
  },
};
