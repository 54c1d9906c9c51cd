// learnFromHistory / withLearnedSlots on real note text: a generated history whose reply chances
// depend on the part of day for sales contacts only, so the expected lean and its numbers come
// from the generator's own tallies, never from the code under test.
import { describe, expect, it } from 'vitest';
import { readNoteText } from '../../../src/core/actions';
import { draftFor } from '../../../src/core/actions/append-draft';
import { planFollowUp } from '../../../src/core/rules';
import type { ReadResult } from '../../../src/core/schema';
import { learnFromHistory, withLearnedSlots } from '../../../src/core/stats/learn-from-history';
import { MIN_REPLIES_TO_LEARN } from '../../../src/core/stats/learned-slots';
import { contact, settings } from '../builders';
import { generateHistory, type TruthMessage } from './history-generator';

function readsOf(notes: Array<{ path: string; text: string }>): ReadResult[] {
  return notes.map(({ path, text }) => {
    const read = readNoteText(text, path);
    if (read.kind !== 'contact') throw new Error(`${path} did not read as a contact`);
    return { ok: true, contact: read.contact };
  });
}

/** Sales contacts answer afternoons far more often than mornings; everyone else alike. */
const SALES_AFTERNOONS = (context: string, part: string): number =>
  context === 'sales' ? ({ Afternoon: 0.45, Morning: 0.08, Midday: 0.15 }[part] ?? 0.2) : 0.2;

function tally(truth: readonly TruthMessage[], keep: (m: TruthMessage) => boolean): { sent: number; replies: number } {
  const kept = truth.filter(keep);
  return { sent: kept.length, replies: kept.filter((m) => m.answered).length };
}

const ON = settings({ suggestFromHistory: true });
const OFF = settings();
const TODAY = '2026-11-04';
/** Last message Monday midday: the rules suggest Tuesday (not Monday again) in the morning. */
const salesLead = contact('Contacts/Lead.md').context('sales').contacted('2026-11-02 12:00').build();

describe('learnFromHistory on a generated history', () => {
  const history = generateHistory(400, 20261202, SALES_AFTERNOONS);
  const reads = readsOf(history.notes);
  const learned = withLearnedSlots(ON, reads).learnedSlots;

  it('tallies parts of day and weekdays per context exactly as the generator sent them', () => {
    if (learned?.kind !== 'learned') throw new Error(`expected a learned table, got ${JSON.stringify(learned)}`);
    for (const [context, table] of Object.entries(learned.contexts)) {
      for (const [part, label] of [['morning', 'Morning'], ['midday', 'Midday'], ['afternoon', 'Afternoon']] as const) {
        expect(table.parts[part]).toEqual(tally(history.truth, (m) => m.context === context && m.part === label));
      }
      const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
      expect(table.weekdays).toEqual(names.map((d) => tally(history.truth, (m) => m.context === context && m.weekday === d)));
    }
    expect(Object.keys(learned.contexts)).toEqual(['job', 'networking', 'sales']);
    expect(learned.overall.replies).toBe(history.truth.filter((m) => m.answered).length);
  });

  it('leans a sales lead to the afternoon, saying so with the counts', () => {
    const plain = planFollowUp(salesLead, OFF, TODAY);
    expect(plain.slot).toEqual({ date: '2026-11-10', part: 'morning' });
    const plan = planFollowUp(salesLead, withLearnedSlots(ON, reads), TODAY);
    expect(plan.slot).toEqual({ date: '2026-11-10', part: 'afternoon' });
    const a = tally(history.truth, (m) => m.context === 'sales' && m.part === 'Afternoon');
    const m = tally(history.truth, (t) => t.context === 'sales' && t.part === 'Morning');
    const times = Math.round((a.replies / a.sent / (m.replies / m.sent)) * 10) / 10;
    expect(times).toBeGreaterThanOrEqual(2);
    expect(plan.why).toBe(
      `${plain.why}; afternoon rather than morning: afternoons got ${times}x the reply rate of mornings for your sales contacts (${a.replies} of ${a.sent} vs ${m.replies} of ${m.sent})`,
    );
    // Weekdays made no difference in this history: the day stays.
    expect(plan.due).toBe(plain.due);
  });

  it('keeps the rules for a context whose own figures show no clear difference (no fall back then)', () => {
    const jobLead = { ...salesLead, context: 'job' };
    expect(planFollowUp(jobLead, withLearnedSlots(ON, reads), TODAY)).toEqual(planFollowUp(jobLead, OFF, TODAY));
  });

  it('uses every contact\'s figures for a context with too few replies of its own, and says so', () => {
    const newContext = { ...salesLead, context: 'recruiter' };
    const plan = planFollowUp(newContext, withLearnedSlots(ON, reads), TODAY);
    const a = tally(history.truth, (t) => t.part === 'Afternoon');
    const m = tally(history.truth, (t) => t.part === 'Morning');
    expect(plan.slot?.part).toBe('afternoon');
    expect(plan.why).toContain(`afternoons got ${Math.round((a.replies / a.sent / (m.replies / m.sent)) * 10) / 10}x the reply rate of mornings for all your contacts (${a.replies} of ${a.sent} vs ${m.replies} of ${m.sent})`);
  });

  it('gives the draft heading the same slot as the plan, in a Swedish draft too', () => {
    const learnedSettings = withLearnedSlots(ON, reads);
    for (const language of ['en', 'sv'] as const) {
      const due = draftFor({ ...salesLead, language }, { settings: learnedSettings, now: { day: TODAY, time: '10:00' } });
      if ('type' in due) throw new Error(due.message);
      expect(due.block.heading).toBe('### Draft — follow-up 1 — 2026-11-10 (Tue afternoon)');
      expect(due.draft.language).toBe(language);
    }
  });
});

describe('learnFromHistory below the threshold', () => {
  /** n replied contacts, each answering its one afternoon message; none in the morning. */
  const replied = (n: number): ReadResult[] =>
    Array.from({ length: n }, (_, i) => ({ ok: true, contact: { ...contact(`C/${i}.md`).context('sales').contacted('2026-10-05 15:00').build(), state: 'replied', replied: '2026-10-06' } }));
  const mornings = Array.from({ length: 40 }, (_, i): ReadResult => ({ ok: true, contact: contact(`M/${i}.md`).context('sales').contacted('2026-10-05 09:00').build() }));

  it(`learns nothing before ${MIN_REPLIES_TO_LEARN} replies, and the plan and its why are the rules' own`, () => {
    const few = [...replied(MIN_REPLIES_TO_LEARN - 1), ...mornings];
    const s = withLearnedSlots(ON, few);
    expect(s.learnedSlots).toEqual({ kind: 'too-little', replies: MIN_REPLIES_TO_LEARN - 1 });
    expect(planFollowUp(salesLead, s, TODAY)).toEqual(planFollowUp(salesLead, OFF, TODAY));
  });

  it(`leans from ${MIN_REPLIES_TO_LEARN} replies on, with "none" when the suggested part got no reply`, () => {
    const enough = [...replied(MIN_REPLIES_TO_LEARN), ...mornings];
    const plan = planFollowUp(salesLead, withLearnedSlots(ON, enough), TODAY);
    expect(plan.slot?.part).toBe('afternoon');
    expect(plan.why).toContain('; afternoon rather than morning: afternoons got replies (20 of 20) where mornings got none (0 of 40) for your sales contacts');
  });

  it('counts the same attempts as the stats: nothing after the reply, nothing for never-contacted notes', () => {
    const c = { ...contact('A.md').contacted('2026-10-05 09:00', '2026-10-12 15:00', '2026-10-30 15:00').build(), state: 'replied' as const, replied: '2026-10-13' };
    const learned = learnFromHistory([c, contact('B.md').build()], { askAfter: 3 });
    expect(learned).toEqual({ kind: 'too-little', replies: 1 });
  });
});

describe('withLearnedSlots', () => {
  const history = generateHistory(60, 7, SALES_AFTERNOONS);
  const reads = readsOf(history.notes);

  it('hands back the very same settings when nothing changed, so caches keyed by them stay', () => {
    expect(withLearnedSlots(OFF, reads)).toBe(OFF);
    const once = withLearnedSlots(ON, reads);
    expect(withLearnedSlots(once, reads)).toBe(once);
    expect(withLearnedSlots(once, reads.slice(1))).not.toBe(once);
  });

  it('drops what was learned when the opt-in is turned off', () => {
    const once = withLearnedSlots(ON, reads);
    const off = withLearnedSlots({ ...once, suggestFromHistory: false }, reads);
    expect(off.learnedSlots).toBeUndefined();
    expect(off).toEqual({ ...OFF });
  });

  it('is required with the opt-in on: planning without it is an error, never a silent other plan', () => {
    expect(() => planFollowUp(salesLead, ON, TODAY)).toThrow(/withLearnedSlots/);
  });
});
