/** `parseArgs` from node:util, strict, with every parse error turned into a usage error (exit 2). */
import { parseArgs } from 'node:util';
import { usageError } from './cli-error';
import type { CommandSpec, ParsedCommand } from './command-spec';

/** The first sentence of node's message: "Unknown option '--x'" without the long advice. */
function firstSentence(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\.\s/)[0] ?? text;
}

export function seeHelp(spec: CommandSpec): string {
  return `usage: ${spec.usage}\nRun \`followups ${spec.name} --help\` for details.`;
}

/** 'help' when -h/--help was given (anywhere), else the checked flags and positionals. */
export function parseCommandArgs(spec: CommandSpec, argv: string[]): ParsedCommand | 'help' {
  let parsed: ParsedCommand;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError(`${spec.name}: ${firstSentence(error)}`, seeHelp(spec));
  }
  if (parsed.values.help === true) return 'help';
  const n = parsed.positionals.length;
  if (n < spec.positionals.min) throw usageError(`${spec.name}: missing argument`, seeHelp(spec));
  if (n > spec.positionals.max) {
    throw usageError(`${spec.name}: unexpected argument "${parsed.positionals[spec.positionals.max] ?? ''}"`, seeHelp(spec));
  }
  return parsed;
}
