/**
 * What the vault's own history says about when messages got replies, in the shape the planner
 * reads (plain JSON, so it can be compared and be part of a cache key), and the thresholds that
 * keep small samples from steering anything. Built by learn-from-history.ts.
 */
import type { PartOfDay } from '../types';

/** Replies over the whole vault before the history is used at all. */
export const MIN_REPLIES_TO_LEARN = 20;
/** Replies in one context before that context's own figures are used (else all contacts'). */
export const MIN_CONTEXT_REPLIES = 10;
/**
 * Messages in each of the two compared rows (parts of day, weekdays): twice the stats' minimum
 * for showing a rate (MIN_COUNT_FOR_RATE; not imported, the planner must not import the stats).
 */
export const MIN_SENDS_TO_COMPARE = 10;
/** The better row's reply rate must be at least this many times the suggested one's. */
export const LEAN_RATIO = 1.5;
/** And the difference must be this many standard errors (a two-proportion z-test, about 97.5% one-sided). */
export const MIN_Z = 1.96;
/** A weekday lean moves the due day later by at most this many days, never earlier. */
export const MAX_WEEKDAY_SHIFT_DAYS = 2;

export interface Tally {
  sent: number;
  replies: number;
}

/** Messages and replies by part of day (timed messages only) and by weekday (0 = Sunday). */
export interface SlotTable {
  replies: number;
  parts: Record<PartOfDay, Tally>;
  weekdays: Tally[];
}

export type LearnedSlots =
  /** Fewer replies than MIN_REPLIES_TO_LEARN: no lean yet. */
  | { kind: 'too-little'; replies: number }
  /** `contexts` holds only contexts with at least MIN_CONTEXT_REPLIES replies (lower case). */
  | { kind: 'learned'; overall: SlotTable; contexts: Record<string, SlotTable> };
