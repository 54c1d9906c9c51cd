/** What every subcommand declares: its flags for `parseArgs`, its positionals and its help. */
import type { ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommand {
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  positionals: string[];
}

export interface CommandSpec {
  name: string;
  /** The synopsis, exactly as in docs/design.md. */
  usage: string;
  /** Arguments and flags explained, for `<command> --help`. */
  details: string;
  options: OptionSpecs;
  positionals: { min: number; max: number };
  /** Returns the exit code; throws CliError for refusals and bad usage. */
  run(args: ParsedCommand): number;
}

/**
 * A command as the tool's help lists it, its spec loaded on first use: `followups --help` and
 * every command load only what they need, not the YAML writer, the tone rules and the rest.
 */
export interface CommandEntry {
  name: string;
  /** One line for the tool's own help (and the first line of the command's). */
  summary: string;
  load(): Promise<CommandSpec>;
}

export function stringFlag(args: ParsedCommand, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function booleanFlag(args: ParsedCommand, name: string): boolean {
  return args.values[name] === true;
}
