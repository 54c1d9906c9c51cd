/**
 * What a row's buttons do, as a port: the plugin wires in the note-editing actions
 * (plugin-row-actions.ts); tests pass recording fakes.
 */
import type { Day } from '../../core/types';

export interface RowActions {
  open(path: string): Promise<void>;
  /** Appends the due draft and opens the note at it. */
  draft(path: string): Promise<void>;
  logSent(path: string): Promise<void>;
  replied(path: string): Promise<void>;
  /** Asks for the reply's text, then logs it (stop, out of office or reply). */
  logReply(path: string): Promise<void>;
  snooze(path: string, until: Day): Promise<void>;
  /** Asks for a date, then snoozes. */
  pickSnoozeDate(path: string): void;
}
