/** Every command of docs/design.md "Command-line twin", in the order the help lists them. */
import type { CommandSpec } from '../command-spec';
import { agendaCommand } from './agenda';
import { checkCommand } from './check';
import { draftCommand } from './draft';
import { icsCommand } from './ics';
import { replyCommand } from './reply';
import { sentCommand } from './sent';
import { STATE_COMMANDS } from './set-state';
import { snoozeCommand } from './snooze';
import { startCommand } from './start';
import { statsCommand } from './stats';
import { toneCommand } from './tone';

export const COMMANDS: readonly CommandSpec[] = [agendaCommand, draftCommand, startCommand, sentCommand, replyCommand, ...STATE_COMMANDS, snoozeCommand, checkCommand, toneCommand, icsCommand, statsCommand];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

export const TOOL_USAGE = `usage: followups <command> [arguments] [options]
Run \`followups --help\` for the commands.`;

export function toolHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `followups: polite, well-timed follow-ups kept in your Markdown notes.

usage: followups <command> [arguments] [options]

${lines.join('\n')}

Run \`followups <command> --help\` for a command's arguments and options.
Exit status: 0 fine, 1 problems found or the action was refused, 2 bad usage.
`;
}
