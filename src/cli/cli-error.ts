/**
 * Errors that end a command with a message on stderr and a known exit code:
 * 1 = refused or problems found, 2 = bad usage (docs/design.md, "Command-line twin").
 */
import { DayOutOfRange, LAST_DAY } from '../core/calendar';

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/**
 * The built CLI is three files, each with its own copy of this class (esbuild.config.mjs), so
 * `instanceof` asks for this mark instead of the class: a CliError thrown by a command is one
 * to main.ts too.
 */
const CLI_ERROR = Symbol.for('followups.CliError');

export class CliError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && CLI_ERROR in value;
  }

  readonly [CLI_ERROR] = true;

  constructor(
    message: string,
    readonly exitCode: typeof EXIT_REFUSED | typeof EXIT_USAGE,
    /** Printed after the message, e.g. the command's usage. */
    readonly hint = '',
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Bad usage: the message, then the usage so the fix is in sight. */
export const usageError = (message: string, usage: string): CliError => new CliError(message, EXIT_USAGE, usage);

/** A valid request the tool will not carry out, or a note it cannot use. */
export const refusal = (message: string): CliError => new CliError(message, EXIT_REFUSED);

/** Known by its name too: each file of the built CLI has its own copy of the class. */
function dayOutOfRange(thrown: unknown): DayOutOfRange | null {
  if (thrown instanceof DayOutOfRange) return thrown;
  return thrown instanceof RangeError && thrown.name === 'DayOutOfRange' ? (thrown as DayOutOfRange) : null;
}

/** A command that plans one note past the calendar's end says so, like any other refusal. */
export function asCliError(thrown: unknown): unknown {
  const out = dayOutOfRange(thrown);
  if (out === null) return thrown;
  return refusal(`the next follow-up, ${out.days} days after ${out.from}, would fall after ${LAST_DAY}, the last day that can be planned; check the note's \`contacted\` dates and cadence`);
}
