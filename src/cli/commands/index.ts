/**
 * Every command of docs/design.md "Command-line twin", in the order the help lists them: its
 * name and one-line summary here, everything else in its own file, imported on first use so
 * start-up evaluates only the command that runs (the bundle turns each import() into a lazily
 * initialised module).
 */
import type { CommandEntry, CommandSpec } from '../command-spec';

/** One of the four `followup:` setters, which share one file. */
async function stateCommand(name: string): Promise<CommandSpec> {
  const spec = (await import('./set-state')).STATE_COMMANDS.find((c) => c.name === name);
  if (spec === undefined) throw new Error(`no state command "${name}"`);
  return spec;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'agenda', summary: 'what is due: overdue, today, this week, later, and notes with problems', load: async () => (await import('./agenda')).agendaCommand },
  { name: 'draft', summary: 'write the polite follow-up that is due (print it, or append it to the note)', load: async () => (await import('./draft')).draftCommand },
  { name: 'start', summary: 'start following up with a note (`followup: active`, first message sent now)', load: async () => (await import('./start')).startCommand },
  { name: 'sent', summary: 'log a message you sent (adds it to `contacted`)', load: async () => (await import('./sent')).sentCommand },
  { name: 'reply', summary: 'log a reply they sent: a stop request stops, an auto-reply waits, a reply marks replied', load: async () => (await import('./reply')).replyCommand },
  { name: 'replied', summary: 'they replied: no more follow-ups while the conversation is going', load: () => stateCommand('replied') },
  { name: 'stop', summary: 'they asked you to stop: no more follow-ups, ever', load: () => stateCommand('stop') },
  { name: 'pause', summary: 'pause following up until you resume', load: () => stateCommand('pause') },
  { name: 'resume', summary: 'follow up again after a pause or a reply', load: () => stateCommand('resume') },
  { name: 'snooze', summary: 'not due before a date (sets `snooze`)', load: async () => (await import('./snooze')).snoozeCommand },
  { name: 'check', summary: 'list notes whose follow-up properties cannot be read; exit 1 when there are any', load: async () => (await import('./check')).checkCommand },
  { name: 'tone', summary: 'check a text for accusatory or pushy phrases (reads stdin without a file)', load: async () => (await import('./tone')).toneCommand },
  { name: 'ics', summary: 'an iCalendar feed of upcoming follow-ups, for a calendar app', load: async () => (await import('./ics')).icsCommand },
  { name: 'stats', summary: 'reply rates from your own history: by attempt, weekday, part of day, context', load: async () => (await import('./stats')).statsCommand },
];

export function findCommand(name: string): CommandEntry | undefined {
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
