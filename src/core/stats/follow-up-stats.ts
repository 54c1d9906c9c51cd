/**
 * Reply rates from the vault's own history: by attempt, weekday, part of day and context, how
 * long replies took, and who answered only once asked whether to stop. Small samples stay small:
 * every row carries its counts, and a rate only from `minCount` messages up.
 */
import { WEEKDAY_NAMES } from '../calendar';
import { PARTS_OF_DAY, type Contact, type PartOfDay } from '../types';
import { attemptKey, attemptsOf, type Attempt, type AttemptKey } from './attempts';

export const MIN_COUNT_FOR_RATE = 5;

export interface RateRow {
  key: string;
  label: string;
  sent: number;
  replies: number;
  /** replies / sent, or null below the minimum count. */
  rate: number | null;
}

export interface WaitBucket {
  label: string;
  /** Inclusive upper bound in days; null for the last, open bucket. */
  upTo: number | null;
  count: number;
}

export interface FollowUpStats {
  minCount: number;
  contacts: number;
  sent: number;
  replies: number;
  byAttempt: RateRow[];
  byWeekday: RateRow[];
  byPart: RateRow[];
  byContext: RateRow[];
  timeToReply: { known: number; medianDays: number | null; buckets: WaitBucket[] };
  /** Contacts who got the ask-to-stop message, and how many of them answered it or a later check-in. */
  afterAskToStop: { asked: number; answered: number };
}

const PART_LABELS: Record<PartOfDay | 'unknown', string> = { morning: 'Morning', midday: 'Midday', afternoon: 'Afternoon', unknown: 'No time logged' };
const WAITS: ReadonlyArray<[string, number | null]> = [['Same day', 0], ['1–2 days', 2], ['3–7 days', 7], ['8–14 days', 14], ['Over 2 weeks', null]];

export function attemptLabel(key: AttemptKey): string {
  if (key === 'first') return '1st message';
  if (key === 'ask-to-stop') return 'Ask to stop';
  if (key === 'check-in') return 'Check-ins';
  return `Follow-up ${key.slice('follow-up-'.length)}`;
}

function row(key: string, label: string, sent: number, replies: number, minCount: number): RateRow {
  return { key, label, sent, replies, rate: sent >= minCount ? replies / sent : null };
}

/** Counts per key, in the order of `keys`, plus keys met that the order does not name. */
function tally(attempts: readonly Attempt[], keyOf: (a: Attempt) => string, keys: readonly string[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>(keys.map((k) => [k, [0, 0]]));
  for (const a of attempts) {
    const k = keyOf(a);
    const c = counts.get(k) ?? [0, 0];
    c[0] += 1;
    if (a.answered) c[1] += 1;
    counts.set(k, c);
  }
  return counts;
}

function rows(counts: Map<string, [number, number]>, label: (key: string) => string, minCount: number): RateRow[] {
  return [...counts].map(([k, [sent, replies]]) => row(k, label(k), sent, replies, minCount));
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function followUpStats(contacts: readonly Contact[], askAfter: number, minCount = MIN_COUNT_FOR_RATE): FollowUpStats {
  const perContact = contacts.map((c) => attemptsOf(c, askAfter)).filter((a) => a.length > 0);
  const attempts = perContact.flat();

  const attemptKeys: string[] = ['first'];
  for (let s = 1; s <= askAfter; s++) attemptKeys.push(attemptKey(s, askAfter));
  attemptKeys.push('ask-to-stop', 'check-in');
  const byAttempt = rows(tally(attempts, (a) => a.key, attemptKeys), (k) => attemptLabel(k as AttemptKey), minCount);

  // Monday first, as people read a week.
  const weekdayKeys = [1, 2, 3, 4, 5, 6, 0].map(String);
  const byWeekday = rows(tally(attempts, (a) => String(a.weekday), weekdayKeys), (k) => WEEKDAY_NAMES[Number(k)] ?? k, minCount);

  const partCounts = tally(attempts, (a) => a.part ?? 'unknown', PARTS_OF_DAY);
  const byPart = rows(partCounts, (k) => PART_LABELS[k as PartOfDay | 'unknown'], minCount);

  const contextKeys = [...new Set(attempts.map((a) => a.context))].sort();
  const byContext = rows(tally(attempts, (a) => a.context, contextKeys), (k) => k[0]?.toUpperCase() + k.slice(1), minCount);

  const waits = attempts.flatMap((a) => (a.replyAfterDays === null ? [] : [a.replyAfterDays])).sort((x, y) => x - y);
  const buckets = WAITS.map(([label, upTo]) => ({ label, upTo, count: 0 }));
  for (const w of waits) {
    const b = buckets.find((x) => x.upTo === null || w <= x.upTo);
    if (b) b.count += 1;
  }

  let asked = 0;
  let answeredLate = 0;
  for (const list of perContact) {
    const firstLate = askAfter + 1;
    if (list.length <= firstLate) continue;
    asked += 1;
    if (list.some((a) => a.answered && a.step >= firstLate)) answeredLate += 1;
  }

  return {
    minCount,
    contacts: perContact.length,
    sent: attempts.length,
    replies: attempts.filter((a) => a.answered).length,
    byAttempt,
    byWeekday,
    byPart,
    byContext,
    timeToReply: { known: waits.length, medianDays: median(waits), buckets },
    afterAskToStop: { asked, answered: answeredLate },
  };
}

/** "3 of 10 (30%)", or "2 of 4" below the minimum count. */
export function describeRate(r: Pick<RateRow, 'sent' | 'replies' | 'rate'>): string {
  const counts = `${r.replies} of ${r.sent}`;
  return r.rate === null ? counts : `${counts} (${Math.round(r.rate * 100)}%)`;
}
