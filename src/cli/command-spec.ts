/** What every subcommand declares: its flags for `parseArgs`, its positionals and its help. */
import type { ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommand {
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  positionals: string[];
}

export interface CommandSpec {
  name: string;
  /** One line for the tool's own help. */
  summary: string;
  /** The synopsis, exactly as in docs/design.md. */
  usage: string;
  /** Arguments and flags explained, for `<command> --help`. */
  details: string;
  options: OptionSpecs;
  positionals: { min: number; max: number };
  /** Returns the exit code; throws CliError for refusals and bad usage. */
  run(args: ParsedCommand): number;
}

export function stringFlag(args: ParsedCommand, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function booleanFlag(args: ParsedCommand, name: string): boolean {
  return args.values[name] === true;
}
