/**
 * Note text on a terminal: a name, topic or file name may hold ESC/BEL sequences that set the
 * window title, clear the screen or plant disguised links. Human output shows every control
 * character (C0, DEL, C1) and every bidi override as a `\uXXXX` escape; the same escape inside a
 * JSON string means the same character, so `--json` output keeps its values.
 */

// C0 but tab and newline, DEL, C1, and the bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One value on one line: every control character escaped, newlines and tabs too. */
export function showControls(text: string): string {
  return text.replace(CONTROL, escape).replace(/\t/g, escape);
}

// Everything the stream guard passes through: the palette's own colours (colour.ts), CRLF,
// newline and tab; any other control character is escaped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /\u001b\[(?:1|2|22|31|32|33|36|39)m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A whole block of output: lines and tabs stay, the palette's colours stay, nothing else does. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (m) => (m.length > 1 ? m : escape(m)));
}

/**
 * Every string a command writes to this stream goes through `terminalSafe`: one place, so no
 * command can forget it. Buffers pass as they are (the tool writes text only).
 */
export function guardStream(stream: { write: typeof process.stdout.write }): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const guarded = (chunk: unknown, ...rest: unknown[]): boolean => write(typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest);
  stream.write = guarded;
}
