/** `followups replied|stop|pause|resume <note>... [--dry-run]`: set `followup:` and say what it means. */
import { markReplied, pause, resume, stop, type Action } from '../../core/actions';
import type { FollowupState } from '../../core/types';
import { clockNow } from '../clock';
import { booleanFlag, type CommandSpec } from '../command-spec';
import { eachNote } from '../write/each-note';

interface StateCommand {
  name: string;
  state: FollowupState;
  action: Action<Record<string, never>>;
  /** More help text for this command alone. */
  note?: string;
}

const STATES: readonly StateCommand[] = [
  { name: 'replied', state: 'replied', action: markReplied },
  {
    name: 'stop',
    state: 'stopped',
    action: stop,
    note: '\nStopped is final: no command starts it again. It works even on a note with other\nproblems (say a typo in `cadence`), and changes only `followup`.',
  },
  { name: 'pause', state: 'paused', action: pause },
  { name: 'resume', state: 'active', action: resume },
];

function stateCommand(s: StateCommand): CommandSpec {
  const extra = s.note ?? '';
  return {
    name: s.name,
    usage: `followups ${s.name} <note>... [--dry-run]`,
    details: `Arguments:
  <note>...   the contact's note; several notes are changed one by one

Options:
  --dry-run   show what would change; write nothing

Sets \`followup: ${s.state}\` and keeps every other byte of the note.${extra}
Exit status: 0 done (or already so), 1 refused or a note has problems, 2 bad usage.`,
    options: { 'dry-run': { type: 'boolean' } },
    positionals: { min: 1, max: Infinity },
    run(args) {
      const now = clockNow();
      return eachNote(args.positionals, booleanFlag(args, 'dry-run'), (target, carryOut) => carryOut(target, s.action, {}, { now }));
    },
  };
}

export const STATE_COMMANDS: readonly CommandSpec[] = STATES.map(stateCommand);
