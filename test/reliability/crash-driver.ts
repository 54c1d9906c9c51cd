/**
 * The child process for the crash test: the `followups` commands (same sources as the built
 * CLI, minus its one-shot main) run in a loop over many notes in one process, so a SIGKILL can
 * land in the middle of a write instead of in Node's start-up. Prints `ready` before the loop.
 * argv: <vault> <count>; note i gets `sent --at … --force` when even, `snooze` when odd.
 */
import { join } from 'node:path';
import { CliError } from '../../src/cli/cli-error';
import type { CommandSpec } from '../../src/cli/command-spec';
import { sentCommand } from '../../src/cli/commands/sent';
import { snoozeCommand } from '../../src/cli/commands/snooze';
import { parseCommandArgs } from '../../src/cli/parse-command-args';

export const SENT_AT = '2026-11-25 10:05';
export const SNOOZE_TO = '2099-12-24'; // a day after today for years to come: snooze refuses past days

export function argvFor(vault: string, i: number): string[] {
  const note = join(vault, `note-${String(i).padStart(3, '0')}.md`);
  return i % 2 === 0 ? ['sent', note, '--at', SENT_AT, '--force'] : ['snooze', note, SNOOZE_TO];
}

const COMMANDS: readonly CommandSpec[] = [sentCommand, snoozeCommand];

function runOne(argv: string[]): number {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return 2;
  const args = parseCommandArgs(command, rest);
  if (args === 'help') return 2;
  try {
    return command.run(args);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
}

export function main(vault: string, count: number): number {
  let failures = 0;
  for (let i = 0; i < count; i++) if (runOne(argvFor(vault, i)) !== 0) failures++;
  return failures;
}

if (process.env.CRASH_DRIVER === '1') {
  const [vault, count] = process.argv.slice(2);
  process.stdout.write('ready\n');
  process.exitCode = main(vault ?? '.', Number(count)) === 0 ? 0 : 1;
}
