/**
 * A write command on several notes (`followups sent a.md b.md`): each note is located, locked,
 * decided and written on its own, one after another, so one refusal never stops the rest.
 * Each note gets its line (the note's path first when there are several); refusals go to
 * stderr, and the exit status is the worst one (1 when any was refused).
 */
import { asCliError, CliError } from '../cli-error';
import { terminalWidth, wrapText } from '../output/fit-width';
import { showControls } from '../output/terminal-text';
import { carryOut, locateNote, type Carried, type NoteTarget } from './contact-note';

/** What one note's run returns: the decision carried out (or only decided, on a dry run). */
export type OnNote = (target: NoteTarget, run: typeof carryOut) => Carried;

/** The lines a dry run shows: the message and the lines that would change. */
export function dryRunText({ write, before }: Carried): string {
  if (!write.changed) return `dry run: ${write.message}`;
  const a = before.split('\n');
  const b = write.text.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const lines = [...a.slice(start, endA).map((l) => `  - ${showControls(l)}`), ...b.slice(start, endB).map((l) => `  + ${showControls(l)}`)];
  return [`dry run, nothing was written: ${write.message}`, `  at line ${start + 1}:`, ...lines].join('\n');
}

export function eachNote(notes: readonly string[], dryRun: boolean, onNote: OnNote): number {
  const width = terminalWidth(process.stdout, process.env);
  const say = (stream: typeof process.stdout | typeof process.stderr, text: string): void => void stream.write(`${wrapText(text, stream === process.stdout ? width : terminalWidth(stream, process.env))}\n`);
  let code = 0;
  for (const note of notes) {
    let shown = showControls(note);
    try {
      const target = locateNote(note);
      shown = showControls(target.path);
      const carried = onNote(target, (t, action, request, env, options) => carryOut(t, action, request, env, { ...options, dryRun }));
      const text = dryRun ? dryRunText(carried) : carried.write.message;
      say(process.stdout, notes.length > 1 ? `${shown}: ${text}` : text);
    } catch (thrown) {
      const error = asCliError(thrown);
      if (!(error instanceof CliError) || notes.length === 1) throw error;
      say(process.stderr, `followups: ${shown}: ${error.message}`);
      code = Math.max(code, error.exitCode);
    }
  }
  return code;
}
