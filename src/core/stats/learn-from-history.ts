/**
 * The vault's history -> what the planner may lean on (LearnedSlots), and the one way to give
 * it to the planner: `withLearnedSlots`, which every surface calls on its settings with the
 * notes it plans from, so the agenda, the drafts and every "Next:" line plan alike.
 */
import type { ReadResult } from '../schema';
import type { Settings } from '../settings';
import type { Contact } from '../types';
import { attemptsOf, type Attempt } from './attempts';
import { MIN_CONTEXT_REPLIES, MIN_REPLIES_TO_LEARN, type LearnedSlots, type SlotTable } from './learned-slots';

function emptyTable(): SlotTable {
  return {
    replies: 0,
    parts: { morning: { sent: 0, replies: 0 }, midday: { sent: 0, replies: 0 }, afternoon: { sent: 0, replies: 0 } },
    weekdays: Array.from({ length: 7 }, () => ({ sent: 0, replies: 0 })),
  };
}

function add(table: SlotTable, a: Attempt): void {
  const got = a.answered ? 1 : 0;
  table.replies += got;
  const day = table.weekdays[a.weekday];
  if (day) {
    day.sent += 1;
    day.replies += got;
  }
  if (a.part !== null) {
    table.parts[a.part].sent += 1;
    table.parts[a.part].replies += got;
  }
}

/** Same attribution as the stats (attemptsOf): a reply counts for the message it answers. */
export function learnFromHistory(contacts: Iterable<Contact>, settings: Pick<Settings, 'askAfter'>): LearnedSlots {
  const overall = emptyTable();
  const byContext = new Map<string, SlotTable>();
  for (const c of contacts) {
    const attempts = attemptsOf(c, settings.askAfter);
    if (attempts.length === 0) continue;
    const key = c.context.toLowerCase();
    let own = byContext.get(key);
    if (own === undefined) byContext.set(key, (own = emptyTable()));
    for (const a of attempts) {
      add(overall, a);
      add(own, a);
    }
  }
  if (overall.replies < MIN_REPLIES_TO_LEARN) return { kind: 'too-little', replies: overall.replies };
  const contexts: Record<string, SlotTable> = {};
  for (const key of [...byContext.keys()].sort()) {
    const table = byContext.get(key);
    if (table && table.replies >= MIN_CONTEXT_REPLIES) contexts[key] = table;
  }
  return { kind: 'learned', overall, contexts };
}

function* contactsOf(reads: Iterable<ReadResult>): Iterable<Contact> {
  for (const r of reads) if (r.ok) yield r.contact;
}

/**
 * The settings to plan with: with `suggestFromHistory` off, the settings without anything
 * learned; on, with what `reads` teach. Returns `settings` itself when nothing changed, so a
 * cache keyed by the settings object (the plugin's plans) is kept exactly as long as it holds.
 */
export function withLearnedSlots(settings: Settings, reads: Iterable<ReadResult>): Settings {
  if (!settings.suggestFromHistory) {
    if (settings.learnedSlots === undefined) return settings;
    const { learnedSlots: _dropped, ...rest } = settings;
    return rest;
  }
  const learned = learnFromHistory(contactsOf(reads), settings);
  if (settings.learnedSlots !== undefined && JSON.stringify(settings.learnedSlots) === JSON.stringify(learned)) return settings;
  return { ...settings, learnedSlots: learned };
}
