/** `followups reply <note> [<file>|-] [--as KIND] [--yes] [--at "YYYY-MM-DD HH:mm"]`: log a reply. */
import { logReply, type ChosenReplyKind } from '../../core/actions';
import { usageError } from '../cli-error';
import { clockNow, parseLocalTime } from '../clock';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { readReplyText } from '../read-reply-text';
import { terminalWidth, wrapText } from '../output/fit-width';
import { carryOut, locateNote } from '../write/contact-note';
import { dryRunText } from '../write/each-note';

const KINDS: readonly ChosenReplyKind[] = ['stop', 'out-of-office', 'reply'];

export const replyCommand: CommandSpec = {
  name: 'reply',
  usage: 'followups reply <note> [<file>|-] [--as stop|out-of-office|reply] [--yes] [--at "YYYY-MM-DD HH:mm"] [--dry-run]',
  details: `Arguments:
  <note>              the contact's note
  <file>|-            the reply's text; - or nothing reads standard input

Options:
  --as KIND           what the reply is, when it reads as unsure or reads wrong:
                      stop, out-of-office or reply
  --yes               agree to stop following up when the reply asks you to stop
  --at "YYYY-MM-DD HH:mm"  when it came, local time (default: now)
  --dry-run           show what would change; write nothing

The reply is read in English or Swedish (quoted mail and signatures are skipped), and the
command says what it found and why:
  a stop request   asks first (--yes agrees), then \`followup: stopped\` (final)
  an auto-reply    not a reply: the follow-ups go on, snoozed to the day after the return
                   day when it names one; \`auto-reply: <day>\` is recorded
  a real reply     \`followup: replied\`; a light check-in follows if the note has \`after-reply\`
  unsure           nothing changes: choose with --as
A stop or a reply records \`replied: <day>\` and \`reply-kind: stop|reply\`. The text is added
under "## Follow-ups" as a quote with its date.
Exit status: 0 logged, 1 refused, unsure or waiting for --yes, 2 bad usage.`,
  options: { as: { type: 'string' }, yes: { type: 'boolean' }, at: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: 2 },
  run(args) {
    const as = stringFlag(args, 'as');
    if (as !== undefined && !KINDS.includes(as as ChosenReplyKind)) {
      throw usageError(`reply: --as should be stop, out-of-office or reply; got "${as}"`, seeHelp(replyCommand));
    }
    const atFlag = stringFlag(args, 'at');
    const at = atFlag === undefined ? clockNow() : parseLocalTime(atFlag);
    if (at === null || at === 'gap') throw usageError(`reply: --at should be a local time like "2026-11-25 10:05"; got "${atFlag ?? ''}"`, seeHelp(replyCommand));
    const target = locateNote(args.positionals[0] ?? '');
    const text = readReplyText(args.positionals[1], seeHelp(replyCommand));
    const request = { text, ...(as === undefined ? {} : { kind: as as ChosenReplyKind }), ...(booleanFlag(args, 'yes') ? { confirmed: true } : {}) };
    const dryRun = booleanFlag(args, 'dry-run');
    const carried = carryOut(target, logReply, request, { now: at }, { agreeFlag: '--yes', dryRun });
    process.stdout.write(`${wrapText(dryRun ? dryRunText(carried) : carried.write.message, terminalWidth(process.stdout, process.env))}\n`);
    return 0;
  },
};
