import type { Day } from '../types';

/**
 * What a pasted reply is: a request to stop, an auto-reply (out of office, "we received your
 * message"), a real reply from the person, or too unclear to act on.
 */
export type ReplyKind = 'stop' | 'out-of-office' | 'reply' | 'unsure';

export const REPLY_KINDS: readonly ReplyKind[] = ['stop', 'out-of-office', 'reply', 'unsure'];

export interface ReplyReading {
  kind: ReplyKind;
  /** The phrase the reading rests on, as written in the reply ('' when there is none). */
  evidence: string;
  /** Why, in words: "'we've gone with someone else' reads as a no". */
  why: string;
  /** Out of office only: the last day of the absence the reply names, when it names one clearly. */
  returnDay?: Day;
}

export interface ClassifyOptions {
  /** The day the reply is read on: resolves "until 7 December", "back Monday", "t.o.m. 4/1". */
  today: Day;
}
