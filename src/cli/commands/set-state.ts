/** `followups replied|stop|pause|resume <note>`: set `followup:` and say what it means. */
import { formatShortDay } from '../../core/calendar';
import { setState } from '../../core/note-edit';
import { planFollowUp } from '../../core/rules';
import type { Contact, FollowupState } from '../../core/types';
import { refusal } from '../cli-error';
import type { CommandSpec } from '../command-spec';
import { clockToday } from '../today-flag';
import { readContactText } from '../vault/read-contact-text';
import { editContactNote, openContactNote } from '../write/contact-note';

interface StateAction {
  name: string;
  state: FollowupState;
  summary: string;
  /** Printed after the change. */
  done: (c: Contact) => string;
}

const ACTIONS: readonly StateAction[] = [
  {
    name: 'replied',
    state: 'replied',
    summary: 'they replied: no more follow-ups while the conversation is going',
    done: (c) => `Marked ${c.name} as replied: nothing more is due while you talk.`,
  },
  {
    name: 'stop',
    state: 'stopped',
    summary: 'they asked you to stop: no more follow-ups, ever',
    done: (c) => `Marked ${c.name} as stopped: no more follow-ups, as they asked.`,
  },
  {
    name: 'pause',
    state: 'paused',
    summary: 'pause following up until you resume',
    done: (c) => `Paused ${c.name}: nothing is due until you run \`followups resume\`.`,
  },
  {
    name: 'resume',
    state: 'active',
    summary: 'follow up again after a pause or a reply',
    done: (c) => `Resumed ${c.name}.`,
  },
];

function stateCommand(action: StateAction): CommandSpec {
  const spec: CommandSpec = {
    name: action.name,
    summary: action.summary,
    usage: `followups ${action.name} <note>`,
    details: `Arguments:
  <note>   the contact's note

Sets \`followup: ${action.state}\` and keeps every other byte of the note.${action.state === 'stopped' ? '\nStopped is final: no command starts it again.' : ''}
Exit status: 0 done (or already so), 1 refused or the note has problems, 2 bad usage.`,
    options: {},
    positionals: { min: 1, max: 1 },
    run(args) {
      const note = openContactNote(args.positionals[0] ?? '', 'write');
      const { contact } = note;
      if (contact.state === action.state) {
        process.stdout.write(`${contact.name} is already ${action.state}; nothing changed.\n`);
        return 0;
      }
      if (contact.state === 'stopped') {
        throw refusal(
          `${contact.name} asked you to stop, so the note stays stopped. If that was a mistake, change \`followup: stopped\` in the note yourself.`,
        );
      }
      const text = editContactNote(note, [setState(action.state)]) ?? note.text;
      let line = action.done(contact);
      const after = readContactText(note.path, text);
      if (action.state === 'active' && after?.ok) {
        const plan = planFollowUp(after.contact, note.settings, clockToday());
        if (plan.due !== null) line += ` Next: ${plan.kind ?? ''} ${plan.step ?? ''} due ${formatShortDay(plan.due)}.`;
      }
      process.stdout.write(`${line}\n`);
      return 0;
    },
  };
  return spec;
}

export const STATE_COMMANDS: readonly CommandSpec[] = ACTIONS.map(stateCommand);
