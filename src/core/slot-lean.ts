/**
 * The opt-in "suggestions from your own history": given what the history taught (LearnedSlots),
 * should the planner's part of day or due day move, and why in words with the counts. One rule
 * for both (`beats`). The rules' own constraints are the caller's: it says which parts and days
 * are allowed.
 */
import { addDaysTo, formatShortDay, WEEKDAY_NAMES, weekdayOf } from './calendar';
import { LEAN_RATIO, MAX_WEEKDAY_SHIFT_DAYS, MIN_SENDS_TO_COMPARE, MIN_Z, type LearnedSlots, type SlotTable, type Tally } from './stats/learned-slots';
import { PARTS_OF_DAY, type Day, type PartOfDay } from './types';


const rate = (t: Tally): number => t.replies / t.sent;

export interface Lean<T> {
  value: T;
  /** Appended to the plan's `why`, starting with "; ". */
  why: string;
}

/** The contact's context's figures when it has enough replies, else every contact's. */
function tableFor(learned: LearnedSlots | undefined, context: string): { table: SlotTable; whose: string } | null {
  if (learned?.kind !== 'learned') return null;
  const own = learned.contexts[context.toLowerCase()];
  if (own === undefined) return { table: learned.overall, whose: 'all your contacts' };
  return { table: own, whose: context === 'generic' ? 'your contacts without a context' : `your ${context} contacts` };
}

/**
 * `row` beats `base` clearly enough to lean on: enough messages in both, a reply rate at least
 * LEAN_RATIO times as high (cross-multiplied: exact at the edge), and a gap chance would rarely
 * give (a two-proportion z-test, z >= MIN_Z), so a few lucky replies never steer the plan.
 */
function beats(row: Tally, base: Tally): boolean {
  if (row.sent < MIN_SENDS_TO_COMPARE || base.sent < MIN_SENDS_TO_COMPARE || row.replies === 0) return false;
  if (row.replies * base.sent < LEAN_RATIO * base.replies * row.sent) return false;
  const pooled = (row.replies + base.replies) / (row.sent + base.sent);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / row.sent + 1 / base.sent));
  return spread > 0 && (rate(row) - rate(base)) / spread >= MIN_Z;
}

/** "afternoons got 2.1x the reply rate of mornings for your sales contacts (9 of 30 vs 4 of 28)" */
function compared(better: string, base: string, b: Tally, a: Tally, whose: string): string {
  if (a.replies === 0) return `${better} got replies (${b.replies} of ${b.sent}) where ${base} got none (0 of ${a.sent}) for ${whose}`;
  const times = Math.round((rate(b) / rate(a)) * 10) / 10;
  return `${better} got ${times}x the reply rate of ${base} for ${whose} (${b.replies} of ${b.sent} vs ${a.replies} of ${a.sent})`;
}

/**
 * The part of day to suggest instead of `suggested`, or null to keep it. Rule 5 holds: never the
 * newest timed message's part (`newest`), so never the same part twice in a row.
 */
export function leanPart(suggested: PartOfDay, newest: PartOfDay | null, context: string, learned: LearnedSlots | undefined): Lean<PartOfDay> | null {
  const found = tableFor(learned, context);
  if (found === null) return null;
  const base = found.table.parts[suggested];
  let best: PartOfDay | null = null;
  for (const part of PARTS_OF_DAY) {
    if (part === suggested || part === newest) continue;
    const row = found.table.parts[part];
    if (beats(row, base) && (best === null || rate(row) > rate(found.table.parts[best]))) best = part;
  }
  if (best === null) return null;
  const words = compared(`${best}s`, `${suggested}s`, found.table.parts[best], base, found.whose);
  return { value: best, why: `; ${best} rather than ${suggested}: ${words}` };
}

/**
 * A due day up to MAX_WEEKDAY_SHIFT_DAYS later whose weekday got clearly more replies, or null
 * to keep `due`. Never earlier (rule 2); `allowed` is the caller's rules (weekends, rule 5's
 * weekday). The earliest of equally good days wins.
 */
export function leanWeekday(due: Day, allowed: (day: Day) => boolean, context: string, learned: LearnedSlots | undefined): Lean<Day> | null {
  const found = tableFor(learned, context);
  if (found === null) return null;
  const weekdays = found.table.weekdays;
  const base = weekdays[weekdayOf(due)] ?? { sent: 0, replies: 0 };
  let best: { day: Day; row: Tally } | null = null;
  for (let k = 1; k <= MAX_WEEKDAY_SHIFT_DAYS; k++) {
    const day = addDaysTo(due, k);
    if (!allowed(day)) continue;
    const row = weekdays[weekdayOf(day)] ?? { sent: 0, replies: 0 };
    if (beats(row, base) && (best === null || rate(row) > rate(best.row))) best = { day, row };
  }
  if (best === null) return null;
  const name = (d: Day): string => `${WEEKDAY_NAMES[weekdayOf(d)] ?? ''}s`;
  const words = compared(name(best.day), name(due), best.row, base, found.whose);
  return { value: best.day, why: `; moved to ${formatShortDay(best.day)}: ${words}` };
}
