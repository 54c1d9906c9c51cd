/**
 * Errors that end a command with a message on stderr and a known exit code:
 * 1 = refused or problems found, 2 = bad usage (docs/design.md, "Command-line twin").
 */
import { DayOutOfRange, LAST_DAY } from '../core/calendar';

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
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

/** A command that plans one note past the calendar's end says so, like any other refusal. */
export function asCliError(thrown: unknown): unknown {
  if (!(thrown instanceof DayOutOfRange)) return thrown;
  return refusal(`the next follow-up, ${thrown.days} days after ${thrown.from}, would fall after ${LAST_DAY}, the last day that can be planned; check the note's \`contacted\` dates and cadence`);
}
