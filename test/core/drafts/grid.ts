/**
 * The draft grid (issue 14): every context × language × kind × variant × interest shape ×
 * name/topic shape × timing, planned by the real rules engine and drafted by the real code.
 * Shared by grid.test.ts (mechanical checks) and examples.test.ts (docs/examples/drafts-*.md).
 * Expected values (send day, topic phrase) are written by hand or computed with the test
 * calendar in ../builders.ts, never with the code under test.
 */
import { buildDraft, DRAFT_CONTEXTS, type DraftContext, type DraftDetails } from '../../../src/core/drafts';
import { planFollowUp } from '../../../src/core/rules';
import type { Settings } from '../../../src/core/settings';
import type { Contact, Day, Kind, Language, Plan } from '../../../src/core/types';
import { plusDays, weekdayNumber } from '../builders';
import { someSettings } from './builders';

export const KINDS: readonly Kind[] = ['follow-up', 'ask-to-stop', 'check-in'];
export const LANGUAGES: readonly Language[] = ['en', 'sv'];

export interface InterestShape {
  label: string;
  interests: string[];
  hooks: string[];
}

export const INTEREST_SHAPES: Record<Language, readonly InterestShape[]> = {
  en: [
    { label: 'none', interests: [], hooks: [] },
    { label: 'one', interests: ['pizza'], hooks: [] },
    { label: 'several', interests: ['pizza', 'jazz', 'trail running'], hooks: [] },
    { label: 'multi-word', interests: ['birdwatching in the Scottish Highlands'], hooks: [] },
    { label: 'proper nouns', interests: ['the Premier League', 'Italy'], hooks: [] },
    { label: 'hook with a placeholder', interests: ['sourdough baking'], hooks: ['Congratulations on the launch, {{firstName}}.'] },
  ],
  sv: [
    { label: 'none', interests: [], hooks: [] },
    { label: 'one', interests: ['segling'], hooks: [] },
    { label: 'several', interests: ['segling', 'jazz', 'trailrunning'], hooks: [] },
    { label: 'multi-word', interests: ['att laga mat'], hooks: [] },
    { label: 'proper nouns', interests: ['AIK', 'Italien'], hooks: [] },
    { label: 'hook with a placeholder', interests: ['surdegsbröd'], hooks: ['Grattis till lanseringen, {{firstName}}.'] },
  ],
};

export interface WhoShape {
  label: string;
  path: string;
  name: string;
  /** The topic as written in the note, and how it must read mid-sentence (null: no topic). */
  topic: Record<DraftContext, string> | null;
  expectedTopic: Record<DraftContext, string> | null;
  /** The greeting's name, or '' for a greeting without one. */
  greets: string;
}

const TOPICS: Record<Language, { written: Record<DraftContext, string>; reads: Record<DraftContext, string> }> = {
  en: {
    written: { job: 'The product designer role.', sales: 'Re: the Q1 pilot', networking: 'your talk on design systems', generic: 'The talk in March' },
    reads: { job: 'the product designer role', sales: 'the Q1 pilot', networking: 'your talk on design systems', generic: 'the talk in March' },
  },
  sv: {
    written: { job: 'Tjänsten som UX-designer.', sales: 'Ang. piloten för kundtjänst', networking: 'ditt föredrag om designsystem', generic: 'Föredraget i mars' },
    reads: { job: 'tjänsten som UX-designer', sales: 'piloten för kundtjänst', networking: 'ditt föredrag om designsystem', generic: 'föredraget i mars' },
  },
};

const perContext = (text: string): Record<DraftContext, string> => ({ job: text, sales: text, networking: text, generic: text });

export function whoShapes(language: Language): WhoShape[] {
  const t = TOPICS[language];
  const title = language === 'sv' ? 'Docent Åsa Lind' : 'Dr. Jane Smith';
  const hostile = language === 'sv' ? '<b>Piloten</b>\n### Draft — x ![[chart.png]]' : '<b>The pilot</b>\n### Draft — x ![[chart.png]]';
  // "Piloten Draft": a capital follows, so it may be a name and keeps its capital.
  const hostileReads = language === 'sv' ? 'Piloten Draft — x' : 'the pilot Draft — x';
  const first = language === 'sv' ? 'Åsa' : 'Jane';
  return [
    { label: 'title and topic', path: 'People/Lind.md', name: title, topic: t.written, expectedTopic: t.reads, greets: first },
    { label: 'file-name slug, topic', path: 'Leads/acme-corp.md', name: 'acme-corp', topic: t.written, expectedTopic: t.reads, greets: '' },
    { label: 'name, no topic', path: 'People/Priya Shah.md', name: 'Priya Shah', topic: null, expectedTopic: null, greets: 'Priya' },
    { label: 'no name, no topic', path: 'Leads/globex.md', name: 'globex', topic: null, expectedTopic: null, greets: '' },
    {
      label: 'multi-line name and topic with markup',
      path: 'People/Kim.md',
      name: 'Kim Lee\n## Follow-ups',
      topic: perContext(hostile),
      expectedTopic: perContext(hostileReads),
      greets: 'Kim',
    },
  ];
}

export type Timing = 'on time' | 'overdue' | 'weekend' | 'long gap';
export const TIMINGS: readonly Timing[] = ['on time', 'overdue', 'weekend', 'long gap'];

export interface GridCase {
  language: Language;
  context: DraftContext;
  kind: Kind;
  interests: InterestShape;
  who: WhoShape;
  timing: Timing;
  /** Index within the kind's steps, so the three consecutive steps reach every variant. */
  turn: number;
  contact: Contact;
  plan: Plan;
  settings: Settings;
  today: Day;
  /** When the draft goes out, worked out by hand from `timing`. */
  sendOn: Day;
  details: DraftDetails;
}

/** Steps 1-3 are follow-ups; the ask is step askAfter + 1, so askAfter 1-3 reaches three steps of it; check-ins 5-7. */
function stepAndAskAfter(kind: Kind, turn: number): { step: number; askAfter: number } {
  if (kind === 'follow-up') return { step: turn + 1, askAfter: 3 };
  if (kind === 'ask-to-stop') return { step: turn + 2, askAfter: turn + 1 };
  return { step: turn + 5, askAfter: 3 };
}

const firstOnOrAfter = (day: Day, weekdays: readonly number[]): Day => {
  let d = day;
  while (!weekdays.includes(weekdayNumber(d))) d = plusDays(d, 1);
  return d;
};

export function gridCase(language: Language, context: DraftContext, kind: Kind, turn: number, interests: InterestShape, who: WhoShape, timing: Timing, seed: number): GridCase {
  const { step, askAfter } = stepAndAskAfter(kind, turn);
  const settings = someSettings({ askAfter, language: 'en' });
  // Histories start on different days so that due days fall across weekdays and months.
  const start = plusDays('2026-09-01', (seed * 5) % 120);
  const sent = Array.from({ length: step }, (_, i) => ({ day: plusDays(start, i * 8), time: i % 2 === 0 ? '09:30' : '14:10', raw: '' }));
  const contact: Contact = {
    // One folder per context, so the variant rotation (seeded by the path) differs between them.
    path: `${context}/${who.path.split('/').pop() ?? ''}`,
    name: who.name,
    state: 'active',
    email: null,
    context,
    topic: who.topic?.[context] ?? null,
    contacted: sent,
    cadence: null,
    interests: interests.interests,
    hooks: interests.hooks,
    snooze: null,
    language,
  };
  const due = planFollowUp(contact, settings, start).due ?? start;
  let today: Day;
  let sendOn: Day;
  if (timing === 'on time') {
    today = due;
    sendOn = due;
  } else if (timing === 'overdue') {
    today = firstOnOrAfter(plusDays(due, 3), [1, 2, 3, 4, 5]);
    sendOn = today;
  } else if (timing === 'weekend') {
    today = firstOnOrAfter(plusDays(due, 1), [6]);
    sendOn = plusDays(today, 2);
  } else {
    today = firstOnOrAfter(plusDays(due, 30), [1, 2, 3, 4, 5]);
    sendOn = today;
  }
  const plan = planFollowUp(contact, settings, today);
  const details = buildDraft(contact, plan, settings);
  if (!details) throw new Error(`no draft for ${language} ${context} ${kind} ${turn}`);
  return { language, context, kind, interests, who, timing, turn, contact, plan, settings, today, sendOn, details };
}

/** The whole grid, in a stable order. */
export function* grid(): Generator<GridCase> {
  let seed = 0;
  for (const language of LANGUAGES) {
    for (const context of DRAFT_CONTEXTS) {
      for (const kind of KINDS) {
        for (let turn = 0; turn < 3; turn++) {
          for (const interests of INTEREST_SHAPES[language]) {
            for (const who of whoShapes(language)) {
              for (const timing of TIMINGS) yield gridCase(language, context, kind, turn, interests, who, timing, seed++);
            }
          }
        }
      }
    }
  }
}
