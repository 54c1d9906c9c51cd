/** `followups start <note>... [--context C] [--topic T] [--dry-run]`: make a note a contact. */
import { startFollowingUp } from '../../core/actions';
import { clockNow } from '../clock';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { eachNote } from '../write/each-note';

export const startCommand: CommandSpec = {
  name: 'start',
  usage: 'followups start <note>... [--context C] [--topic T] [--dry-run]',
  details: `Arguments:
  <note>...       a note that is not a follow-up note yet; several are started one by one

Options:
  --context C     job, sales, networking or any word (kept when the note has one)
  --topic T       what it is about, e.g. the role (kept when the note has one)
  --dry-run       show what would change; write nothing

Adds \`followup: active\` and logs your first message as sent now; existing \`contacted\`,
\`context\` and \`topic\` values are kept.
Exit status: 0 started, 1 refused (e.g. already a follow-up note), 2 bad usage.`,
  options: { context: { type: 'string' }, topic: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: Infinity },
  run(args) {
    const now = clockNow();
    const request = { context: stringFlag(args, 'context'), topic: stringFlag(args, 'topic') };
    return eachNote(args.positionals, booleanFlag(args, 'dry-run'), (target, carryOut) => carryOut(target, startFollowingUp, request, { now }));
  },
};
