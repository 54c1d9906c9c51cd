/**
 * `followups`: the command-line twin of the plugin. Picks the command, runs it, and turns a
 * CliError into its message on stderr and its exit code (0 fine, 1 refused/problems, 2 usage).
 */
import { asCliError, CliError, EXIT_USAGE } from './cli-error';
import { findCommand, toolHelp, TOOL_USAGE } from './commands';
import { wrapText } from './output/fit-width';
import { parseCommandArgs } from './parse-command-args';
import { guardStreamsOnFirstUse, outputWidth, writeOutput } from './startup/std-streams';
import { cliVersion } from './version';

/**
 * `--color` / `--no-color` anywhere on the line (the last one wins) become FORCE_COLOR, which
 * colour.ts reads: one switch, so flag, environment and terminal can never disagree.
 */
function takeColourFlags(argv: string[]): string[] {
  const rest: string[] = [];
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') return [...rest, ...argv.slice(i)];
    if (arg === '--color' || arg === '--colour') process.env.FORCE_COLOR = '1';
    else if (arg === '--no-color' || arg === '--no-colour') process.env.FORCE_COLOR = '0';
    else rest.push(arg);
  }
  return rest;
}

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = takeColourFlags(argv);
  if (name === '--version' || name === '-V' || name === 'version') {
    writeOutput('stdout', `followups ${cliVersion()}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const asked = name === 'help' && rest[0] !== '--help' && rest[0] !== '-h' ? rest[0] : undefined;
    const entry = asked === undefined ? undefined : findCommand(asked);
    if (asked !== undefined && entry === undefined) throw new CliError(`help: unknown command "${asked}"`, EXIT_USAGE, TOOL_USAGE);
    const topic = await entry?.load();
    writeOutput('stdout', wrapText(topic ? `usage: ${topic.usage}\n\n${topic.details}\n` : toolHelp(), outputWidth('stdout')));
    return 0;
  }
  const entry = name === undefined ? undefined : findCommand(name);
  if (!entry) {
    const what = name === undefined ? 'missing command' : `unknown command "${name}"`;
    throw new CliError(what, EXIT_USAGE, TOOL_USAGE);
  }
  const command = await entry.load();
  const args = parseCommandArgs(command, rest);
  if (args === 'help') {
    writeOutput('stdout', wrapText(`${entry.summary[0]?.toUpperCase() ?? ''}${entry.summary.slice(1)}.\n\nusage: ${command.usage}\n\n${command.details}\n`, outputWidth('stdout')));
    return 0;
  }
  return command.run(args);
}

async function main(): Promise<void> {
  // Notes are untrusted text: nothing a command prints may drive the terminal (terminal-text.ts).
  // The streams are made on first use: start-up needs neither (startup/std-streams.ts).
  guardStreamsOnFirstUse((name, stream) => {
    // Piped into `head`: stop quietly when the reader goes away.
    if (name === 'stdout') {
      stream.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'EPIPE') process.exit(0);
        throw error;
      });
    }
  });

  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (thrown) {
    const error = asCliError(thrown);
    if (!(error instanceof CliError)) throw error;
    writeOutput('stderr', `${wrapText(`followups: ${error.message}`, outputWidth('stderr'))}\n${error.hint === '' ? '' : `${error.hint}\n`}`);
    process.exitCode = error.exitCode;
  }
}

void main();
