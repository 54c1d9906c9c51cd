/** What the commands mean, as edits: the only place that knows which key each action writes. */
import type { Day, FollowupState } from '../types';
import type { NoteEdit } from './edit-types';

/** A message sent at `at` (`YYYY-MM-DD HH:mm` or a date): one more item in `contacted`. */
export function logSent(at: string): NoteEdit {
  return { op: 'append', key: 'contacted', value: at };
}

/** A message sent at `at`, before the list's item `index`: an older message keeps `contacted` oldest first. */
export function insertSent(at: string, index: number): NoteEdit {
  return { op: 'insert', key: 'contacted', value: at, index };
}

export function setState(state: FollowupState): NoteEdit {
  return { op: 'set', key: 'followup', value: state };
}

/** Not due before `day`; null removes the snooze. */
export function snoozeUntil(day: Day | null): NoteEdit {
  return day === null ? { op: 'delete', key: 'snooze' } : { op: 'set', key: 'snooze', value: day };
}

/** The cadence in its short written form, e.g. `1w, 1w, 2w`. */
export function setCadence(short: string): NoteEdit {
  return { op: 'set', key: 'cadence', value: short };
}

/**
 * Starts following up on a note: active, first message at `at`. An existing `contacted`,
 * `context` or `topic` is kept: the user's history is never overwritten.
 */
export function startFollowUp(opts: { at: string; context?: string; topic?: string }): NoteEdit[] {
  const edits: NoteEdit[] = [setState('active'), { op: 'set', key: 'contacted', value: [opts.at], ifMissing: true }];
  if (opts.context !== undefined) edits.push({ op: 'set', key: 'context', value: opts.context, ifMissing: true });
  if (opts.topic !== undefined) edits.push({ op: 'set', key: 'topic', value: opts.topic, ifMissing: true });
  return edits;
}
