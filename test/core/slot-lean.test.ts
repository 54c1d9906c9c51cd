// The planner with a learned history (src/core/slot-lean.ts through planFollowUp): rule 5 and
// rule 2 still hold whatever the history says, the opt-in off changes nothing, and the weekday
// lean's words. Expected days come from the independent calendar in builders.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNoteText } from '../../src/core/actions';
import { planFollowUp, partOfDay } from '../../src/core/rules';
import type { ReadResult } from '../../src/core/schema';
import type { Settings } from '../../src/core/settings';
import { withLearnedSlots } from '../../src/core/stats/learn-from-history';
import { MAX_WEEKDAY_SHIFT_DAYS, type LearnedSlots, type SlotTable, type Tally } from '../../src/core/stats/learned-slots';
import type { FollowupState } from '../../src/core/types';
import { contact, dayFromNumber, dayNumber, plusDays, settings, weekdayNumber } from './builders';
import { generateHistory } from './stats/history-generator';

const tallyArb: fc.Arbitrary<Tally> = fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 })).map(([a, b]) => ({ sent: Math.max(a, b), replies: Math.min(a, b) }));
const tableArb: fc.Arbitrary<SlotTable> = fc
  .record({ morning: tallyArb, midday: tallyArb, afternoon: tallyArb, weekdays: fc.array(tallyArb, { minLength: 7, maxLength: 7 }) })
  .map(({ weekdays, ...parts }) => ({ replies: 50, parts, weekdays }));
const learnedArb: fc.Arbitrary<LearnedSlots> = fc.record({ overall: tableArb, generic: fc.option(tableArb) }).map(({ overall, generic }): LearnedSlots => {
  const contexts: Record<string, SlotTable> = generic === null ? {} : { generic };
  return { kind: 'learned', overall, contexts };
});

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const START = dayNumber('2020-01-01');
const scenario = fc
  .record({
    start: fc.integer({ min: START, max: START + 3000 }),
    sent: fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.option(time)), { minLength: 1, maxLength: 6 }),
    state: fc.constantFrom<FollowupState>('active', 'active', 'active', 'replied'),
    afterReply: fc.boolean(),
    snoozeIn: fc.option(fc.integer({ min: -10, max: 40 })),
    todayIn: fc.integer({ min: -10, max: 40 }),
    skipWeekends: fc.boolean(),
    varyWeekday: fc.boolean(),
  })
  .map((s) => {
    const items = s.sent.map(([offset, t]) => `${dayFromNumber(s.start + offset)}${t === null ? '' : ` ${t}`}`);
    let b = contact().state(s.state).contacted(...items);
    const last = b.build().contacted.at(-1)!.day;
    if (s.snoozeIn !== null) b = b.snooze(plusDays(last, s.snoozeIn));
    const built = b.build();
    const c = s.state === 'replied' && s.afterReply ? { ...built, replied: last, afterReply: { amount: 1, unit: 'month' as const } } : built;
    return { contact: c, today: plusDays(last, s.todayIn), last, rules: settings({ skipWeekends: s.skipWeekends, varyWeekday: s.varyWeekday }) };
  });

const on = (rules: Settings, learned: LearnedSlots): Settings => ({ ...rules, suggestFromHistory: true, learnedSlots: learned });

describe('planning with a learned history', () => {
  it('never suggests the newest timed message\'s part of day again (rule 5)', () => {
    let leaned = 0;
    fc.assert(
      fc.property(scenario, learnedArb, ({ contact: c, today, rules }, learned) => {
        const plan = planFollowUp(c, on(rules, learned), today);
        if (plan.slot?.part !== planFollowUp(c, rules, today).slot?.part) leaned += 1;
        const timed = c.contacted.filter((o) => o.time !== null);
        const newest = timed.at(-1);
        if (plan.slot !== null && newest?.time) expect(plan.slot.part).not.toBe(partOfDay(newest.time));
      }),
      { numRuns: 300 },
    );
    expect(leaned).toBeGreaterThan(10); // the property saw leans, not only the rules' own parts
  });

  it('moves a due day only later, by at most a few days, keeping the weekend and weekday rules (rule 2)', () => {
    let movedSome = 0;
    fc.assert(
      fc.property(scenario, learnedArb, ({ contact: c, today, rules, last }, learned) => {
        const plain = planFollowUp(c, rules, today);
        const plan = planFollowUp(c, on(rules, learned), today);
        expect(plan.state).toBe(plain.state);
        expect(plan.step).toBe(plain.step);
        if (plain.due === null || plan.due === null) {
          expect(plan.due).toBe(plain.due);
          return;
        }
        const moved = dayNumber(plan.due) - dayNumber(plain.due);
        expect(moved).toBeGreaterThanOrEqual(0);
        expect(moved).toBeLessThanOrEqual(MAX_WEEKDAY_SHIFT_DAYS);
        if (moved > 0) movedSome += 1;
        if (moved > 0 && plan.due !== c.snooze) {
          expect(plan.why).toMatch(/; moved to \w{3} \d+ \w{3}: \w+days got /);
          const wd = weekdayNumber(plan.due);
          if (rules.skipWeekends) expect([0, 6]).not.toContain(wd);
          if (rules.varyWeekday) expect(wd).not.toBe(weekdayNumber(last));
        }
      }),
      { numRuns: 300 },
    );
    expect(movedSome).toBeGreaterThan(10);
  });

  it('with the opt-in off, plans exactly as without it, whatever the history', () => {
    const histories = [3, 40, 200].map((n) => generateHistory(n, n, () => 0.5).notes.map(({ path, text }): ReadResult => {
      const read = readNoteText(text, path);
      return read.kind === 'contact' ? { ok: true, contact: read.contact } : { ok: false, problems: [] };
    }));
    fc.assert(
      fc.property(scenario, fc.constantFrom(...histories), learnedArb, ({ contact: c, today, rules }, reads, stale) => {
        const expected = planFollowUp(c, rules, today);
        expect(planFollowUp(c, withLearnedSlots(rules, reads), today)).toEqual(expected);
        // Even settings that still carry a learned table (the opt-in just turned off) plan the same.
        expect(planFollowUp(c, { ...rules, learnedSlots: stale }, today)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the weekday lean', () => {
  const flat: Tally = { sent: 40, replies: 8 };
  const table = (weekdays: Tally[]): SlotTable => ({ replies: 60, parts: { morning: flat, midday: flat, afternoon: flat }, weekdays });
  const week = (overrides: Record<number, Tally>): Tally[] => Array.from({ length: 7 }, (_, i) => overrides[i] ?? flat);
  // Last message Monday 2 Nov 2026: due Tuesday 10 Nov (not a Monday again).
  const lead = contact('Contacts/Lead.md').context('sales').contacted('2026-11-02').build();
  const learnedWith = (weekdays: Tally[]): LearnedSlots => ({ kind: 'learned', overall: table(week({})), contexts: { sales: table(weekdays) } });

  it('moves to a later weekday that clearly got more replies, and says so with the counts', () => {
    const plan = planFollowUp(lead, on(settings(), learnedWith(week({ 2: { sent: 40, replies: 4 }, 4: { sent: 40, replies: 16 } }))), '2026-11-04');
    expect(plan.due).toBe('2026-11-12');
    expect(plan.slot?.date).toBe('2026-11-12');
    expect(plan.why).toBe(
      'last message Mon 2 Nov + 1 week (follow-up 1 of 3); moved to Tue 10 Nov so it is not on a Monday again; moved to Thu 12 Nov: Thursdays got 4x the reply rate of Tuesdays for your sales contacts (16 of 40 vs 4 of 40)',
    );
  });

  it('never moves onto a weekend, never further than two days, never earlier', () => {
    // Friday due (last message a Friday): Saturday and Sunday are out; Monday is three days on.
    const friday = contact('Contacts/F.md').context('sales').contacted('2026-10-30').build();
    const best = week({ 5: { sent: 40, replies: 2 }, 6: { sent: 40, replies: 30 }, 0: { sent: 40, replies: 30 }, 1: { sent: 40, replies: 30 }, 4: { sent: 40, replies: 30 } });
    const plan = planFollowUp(friday, on(settings({ varyWeekday: false }), learnedWith(best)), '2026-11-01');
    expect(plan.due).toBe('2026-11-06');
  });

  it('does not lean on a small or unclear difference', () => {
    const cases: Array<Record<number, Tally>> = [
      { 2: { sent: 9, replies: 1 }, 4: { sent: 40, replies: 30 } }, // too few sends on the suggested day
      { 2: { sent: 40, replies: 8 }, 4: { sent: 40, replies: 11 } }, // 1.4x: below the ratio
      { 2: { sent: 12, replies: 2 }, 4: { sent: 12, replies: 5 } }, // 2.5x, but chance could give it
    ];
    for (const c of cases) expect(planFollowUp(lead, on(settings(), learnedWith(week(c))), '2026-11-04').due).toBe('2026-11-10');
  });
});
