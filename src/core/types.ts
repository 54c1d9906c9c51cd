/**
 * The plain data the core works on and hands back. No Obsidian, no Node, no clock:
 * adapters build these from notes and pass `today` in.
 */

import type { AfterReply } from './after-reply';

/** A local calendar date, `YYYY-MM-DD`. Never a moment in time. */
export type Day = string;

export type FollowupState = 'active' | 'paused' | 'replied' | 'stopped';
export type Language = 'en' | 'sv';
export type PartOfDay = 'morning' | 'midday' | 'afternoon';
/** The parts of the day, in the day's order. */
export const PARTS_OF_DAY: readonly PartOfDay[] = ['morning', 'midday', 'afternoon'];

/** One message we sent, as the local calendar day and (when known) the local wall time. */
export interface Outreach {
  day: Day;
  /** `HH:mm`, local wall time; null when the note gave only a date. */
  time: string | null;
  /** The value as written in the note, for messages. */
  raw: string;
}

/** A contact note, validated. Built by `readContact` in schema.ts. */
export interface Contact {
  /** Vault-relative path with `/`. */
  path: string;
  /** `name` property, else the note's file name. */
  name: string;
  state: FollowupState;
  email: string | null;
  /** `job`, `sales`, `networking` or any other word (treated as generic). */
  context: string;
  topic: string | null;
  /** Every message we sent, sorted oldest first. */
  contacted: Outreach[];
  /** Gaps in days; null means the settings' default cadence. */
  cadence: number[] | null;
  interests: string[];
  /** Ready-made personal sentences for drafts. */
  hooks: string[];
  snooze: Day | null;
  language: Language | null;
  /** `replied`: the day their last answer (a reply or a stop request) was logged. */
  replied?: Day | null;
  /** `after-reply`: the light check-in after a real reply; null or absent means none. */
  afterReply?: AfterReply | null;
}

/** Why a note cannot be used: the path, the key, the value as found, and what was expected. */
export interface Problem {
  path: string;
  key: string;
  value: unknown;
  message: string;
}

export type PlanState = 'scheduled' | 'not-contacted' | 'paused' | 'replied' | 'stopped';
export type Kind = 'follow-up' | 'ask-to-stop' | 'check-in';
export type Bucket = 'overdue' | 'today' | 'week' | 'later';

export interface Slot {
  date: Day;
  part: PartOfDay;
}

/** What the rules engine says about one contact on one day. */
export interface Plan {
  state: PlanState;
  due: Day | null;
  bucket: Bucket | null;
  /** The follow-up number that is due next (1 = first follow-up after the first message). */
  step: number | null;
  kind: Kind | null;
  slot: Slot | null;
  daysSinceLast: number | null;
  reintroduce: boolean;
  /** The due date explained in plain words. */
  why: string;
  warnings: string[];
}
