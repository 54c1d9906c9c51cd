/**
 * `followups`: the command-line twin of the plugin. Picks the command, runs it, and turns a
 * CliError into its message on stderr and its exit code (0 fine, 1 refused/problems, 2 usage).
 */
import { DayOutOfRange, LAST_DAY } from '../core/calendar';
import { CliError, EXIT_USAGE, refusal } from './cli-error';
import { findCommand, toolHelp, TOOL_USAGE } from './commands';
import { guardStream } from './output/terminal-text';
import { parseCommandArgs } from './parse-command-args';
import { isReadWorker, serveReadWorker } from './vault/read-in-parallel';

function run(argv: string[]): number {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const asked = name === 'help' && rest[0] !== '--help' && rest[0] !== '-h' ? rest[0] : undefined;
    const topic = asked === undefined ? undefined : findCommand(asked);
    if (asked !== undefined && topic === undefined) throw new CliError(`help: unknown command "${asked}"`, EXIT_USAGE, TOOL_USAGE);
    process.stdout.write(topic ? `usage: ${topic.usage}\n\n${topic.details}\n` : toolHelp());
    return 0;
  }
  const command = name === undefined ? undefined : findCommand(name);
  if (!command) {
    const what = name === undefined ? 'missing command' : `unknown command "${name}"`;
    throw new CliError(what, EXIT_USAGE, TOOL_USAGE);
  }
  const args = parseCommandArgs(command, rest);
  if (args === 'help') {
    process.stdout.write(`${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.\n\nusage: ${command.usage}\n\n${command.details}\n`);
    return 0;
  }
  return command.run(args);
}

/** A command that plans one note past the calendar's end says so, like any other refusal. */
function outOfRange(error: DayOutOfRange): CliError {
  return refusal(`the next follow-up, ${error.days} days after ${error.from}, would fall after ${LAST_DAY}, the last day that can be planned; check the note's \`contacted\` dates and cadence`);
}

function main(): void {
  // Notes are untrusted text: nothing a command prints may drive the terminal (terminal-text.ts).
  guardStream(process.stdout);
  guardStream(process.stderr);
  // Piped into `head`: stop quietly when the reader goes away.
  process.stdout.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (thrown) {
    const error = thrown instanceof DayOutOfRange ? outOfRange(thrown) : thrown;
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`followups: ${error.message}\n${error.hint === '' ? '' : `${error.hint}\n`}`);
    process.exitCode = error.exitCode;
  }
}

// A large vault is read on two threads: the second one is this same bundle, started as a worker.
if (isReadWorker()) serveReadWorker();
else main();
