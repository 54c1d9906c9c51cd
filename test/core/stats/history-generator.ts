/**
 * A seeded history of contact notes with its own ground truth: every message the generator
 * "sent", its attempt, weekday, part of day and context, and which one got the reply. The truth
 * is kept by the generator as it writes the notes (its own calendar, its own hour bands), never
 * computed by the code under test.
 */
import { seededRandom } from '../../seeded-random';

export interface TruthMessage {
  context: string;
  attempt: string;
  weekday: string;
  part: string;
  answered: boolean;
  waitDays: number | null;
}

export interface GeneratedHistory {
  notes: Array<{ path: string; text: string }>;
  truth: TruthMessage[];
  /** Contacts that got the ask-to-stop message, and how many answered it or later. */
  asked: number;
  answeredAfterAsking: number;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const ATTEMPTS = ['1st message', 'Follow-up 1', 'Follow-up 2', 'Follow-up 3', 'Ask to stop'];

/** A message's chance of an answer by its context, part of day ('Morning', … 'No time logged') and weekday. */
export type AnswerChance = (context: string, part: string, weekday: string) => number;

/**
 * askAfter is 3, the default: messages 0..3 are the first and follow-ups, 4 asks, 5+ check in.
 * `chance` replaces the per-context chance (same random draws, so the default history is unchanged).
 */
export function generateHistory(count: number, seed: number, chanceOf?: AnswerChance): GeneratedHistory {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const notes: GeneratedHistory['notes'] = [];
  const truth: TruthMessage[] = [];
  let asked = 0;
  let answeredAfterAsking = 0;
  // Each context answers with its own chance per message, so the rates differ by context.
  const chance: Record<string, number> = { job: 0.25, sales: 0.1, networking: 0.4 };

  for (let i = 0; i < count; i++) {
    const context = pick(['job', 'sales', 'networking']);
    const planned = 1 + Math.floor(random() * 7);
    let ms = Date.UTC(2025, 0, 6) + Math.floor(random() * 300) * DAY_MS;
    const sent: string[] = [];
    let answeredAt = -1;
    let repliedDay: string | null = null;
    for (let k = 0; k < planned; k++) {
      if (k > 0) ms += (7 + Math.floor(random() * 8)) * DAY_MS;
      const day = iso(ms);
      const hour = random() < 0.15 ? null : 7 + Math.floor(random() * 11);
      const part = hour === null ? 'No time logged' : hour < 11 ? 'Morning' : hour < 14 ? 'Midday' : 'Afternoon';
      sent.push(hour === null ? day : `${day} ${String(hour).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`);
      const weekday = WEEKDAYS[new Date(ms).getUTCDay()] as string;
      const answers = random() < (chanceOf ? chanceOf(context, part, weekday) : (chance[context] ?? 0));
      const wait = answers ? Math.floor(random() * 6) : null;
      truth.push({
        context,
        attempt: k < ATTEMPTS.length ? (ATTEMPTS[k] as string) : 'Check-ins',
        weekday,
        part,
        answered: answers,
        waitDays: wait,
      });
      if (answers) {
        answeredAt = k;
        repliedDay = iso(ms + (wait ?? 0) * DAY_MS);
        break;
      }
    }
    if (sent.length > 4) asked += 1;
    if (answeredAt >= 4) answeredAfterAsking += 1;
    // A light check-in after the reply: part of the conversation, not of the statistics.
    if (repliedDay !== null && random() < 0.3) sent.push(iso(Date.parse(repliedDay) + 90 * DAY_MS));
    const state = repliedDay === null ? pick(['active', 'paused', 'stopped']) : random() < 0.2 ? 'stopped' : 'replied';
    const lines = ['---', `followup: ${state}`, `context: ${context}`, 'contacted:', ...sent.map((s) => `  - ${s}`)];
    if (repliedDay !== null) lines.push(`replied: ${repliedDay}`, `reply-kind: ${state === 'stopped' ? 'stop' : 'reply'}`);
    lines.push('---', '', 'Notes.', '');
    notes.push({ path: `People/Contact ${i}.md`, text: lines.join('\n') });
  }
  return { notes, truth, asked, answeredAfterAsking };
}
